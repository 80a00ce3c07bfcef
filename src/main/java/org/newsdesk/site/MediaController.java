package org.newsdesk.site;

import org.newsdesk.media.MediaStore;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.PublishedPictures;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Picture renditions for the public, at content-hashed addresses: {@code /media/{sha256}.{jpg|webp}}.
 * The bytes at an address never change, so they are cached for a year, immutable; whether the public
 * may have them (published, not under embargo, not killed) is answered from memory keyed by the
 * publication version — no query per request. A file that is not public is a 404, like anything unpublished;
 * the front cache drops it with its dispatch's tag when that dispatch is killed.
 */
@Controller
class MediaController {

    private final PublishedPictures pictures;
    private final MediaStore media;

    MediaController(PublishedPictures pictures, MediaStore media) {
        this.pictures = pictures;
        this.media = media;
    }

    @GetMapping("/media/{key:[0-9a-f]+\\.(?:jpg|webp)}")
    ResponseEntity<InputStreamResource> rendition(@PathVariable String key,
                                                  @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws IOException {
        if (!MediaStore.validKey(key)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        var access = pictures.access(key);
        if (!access.visible()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        String etag = "\"" + key.substring(0, 32) + "\"";
        String tags = access.dispatchIds().stream().map(CacheTags::article).collect(Collectors.joining(" "));
        var cache = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .header(PublicResponses.TAG_HEADER, tags).build();
        }
        var in = media.open(key);
        if (in.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(access.mediaType())).contentLength(media.size(key))
                .eTag(etag).cacheControl(cache).header(PublicResponses.TAG_HEADER, tags)
                .body(new InputStreamResource(in.get()));
    }
}
