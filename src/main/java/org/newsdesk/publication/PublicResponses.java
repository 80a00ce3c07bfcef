package org.newsdesk.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one caching mechanism of the public side — pages, feeds, sitemaps and the APIs: validators and
 * rendered bytes derived from the {@link PublicationVersion}.
 * <ul>
 *   <li>The ETag is the release, the version and the variant (what else the response depends on
 *       besides its URL: the base URL when it comes from the request, the API audience). A conditional
 *       GET that still matches gets a 304 without rendering.</li>
 *   <li>Last-Modified is the version's, sent only once it is at least a second old: HTTP dates have no
 *       fractions, so a change within the same second could otherwise hide behind an If-Modified-Since.</li>
 *   <li>Rendered responses are kept in memory under their ETag. A new version simply stops matching the
 *       old entries: nothing to invalidate, and no node can serve a response older than the version it
 *       read (rendering happens in one read-only snapshot at least as new as that version).</li>
 * </ul>
 */
@Component
public class PublicResponses {

    /** A rendered response: status, content type and the bytes. */
    public record Rendered(HttpStatus status, MediaType type, byte[] body) {
    }

    /** What to render and how it may be cached. */
    public record Request(String variant, CacheControl cacheControl, Predicate<PublicationVersion> exists,
                          Function<PublicationVersion, Rendered> render) {

        public static Request of(CacheControl cacheControl, Function<PublicationVersion, Rendered> render) {
            return new Request(null, cacheControl, v -> true, render);
        }

        public Request variant(String variant) {
            return new Request(variant, cacheControl, exists, render);
        }

        /** Checked before any validator: an address that names nothing is a 404, never a 304. */
        public Request existsIf(Predicate<PublicationVersion> test) {
            return new Request(variant, cacheControl, test, render);
        }
    }

    private static final int MAX_CACHED_BYTES = 1_000_000;
    static final Duration SETTLED = Duration.ofSeconds(1);

    private final PublicationVersions versions;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final int capacity;
    private final String release;
    private final Instant releasedAt;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    PublicResponses(PublicationVersions versions, PlatformTransactionManager transactions, Clock clock,
                    ObjectProvider<BuildProperties> build, @Value("${newsdesk.site.render-cache:2000}") int capacity) {
        this.versions = versions;
        this.clock = clock;
        this.capacity = capacity;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        BuildProperties info = build.getIfAvailable();
        // The release is part of every validator: new templates must not be answered with a 304.
        this.releasedAt = info != null && info.getTime() != null ? info.getTime() : Instant.now();
        this.release = Long.toString(releasedAt.toEpochMilli(), 36);
    }

    /** The response for this request under the current version: 304, cached bytes, or freshly rendered. */
    public ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, Request r) {
        // The hot path (304s and responses already rendered) is one read of the version.
        PublicationVersion version = versions.current();
        if (!r.exists().test(version)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String etag = "W/\"" + release + "-" + version.token()
                + (r.variant() == null ? "" : "-" + DigestUtils.md5DigestAsHex(r.variant().getBytes(StandardCharsets.UTF_8)).substring(0, 8))
                + "\"";
        Instant lastModified = later(version.lastModified(), releasedAt);
        // Also on 304s: a cache must know how long the revalidated copy may be reused.
        response.setHeader(HttpHeaders.CACHE_CONTROL, r.cacheControl().getHeaderValue());
        boolean settled = !lastModified.isAfter(clock.instant().minus(SETTLED));
        var web = new ServletWebRequest(request, response);
        if (settled ? web.checkNotModified(etag, lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli())
                : web.checkNotModified(etag)) {
            return null;
        }
        String key = etag + " " + request.getRequestURI() + "?" + request.getQueryString();
        Rendered result = rendered.get(key);
        if (result == null) {
            try {
                // The response's queries share one snapshot. It can only be as new as the version or newer
                // (never older), so a response cached under this version is never behind it.
                result = readOnly.execute(status -> r.render().apply(version));
            } catch (RuntimeException e) {
                // Error responses (a 404 for an unpublished article, say) carry no validators of this version.
                response.setHeader(HttpHeaders.ETAG, null);
                response.setHeader(HttpHeaders.LAST_MODIFIED, null);
                response.setHeader(HttpHeaders.CACHE_CONTROL, null);
                throw e;
            }
            remember(key, result);
        }
        return ResponseEntity.status(result.status()).contentType(result.type()).body(result.body());
    }

    /**
     * For outputs that change with time itself (the news sitemap's two-day window): rendered on every
     * request, ETag from the bytes, Last-Modified as given (the latest change, including time's).
     */
    public ResponseEntity<byte[]> respondUncached(Rendered rendered, Instant lastModified, CacheControl cacheControl) {
        var response = ResponseEntity.status(rendered.status()).contentType(rendered.type()).cacheControl(cacheControl)
                .eTag(etag(rendered.body()));
        if (lastModified != null && !lastModified.isAfter(clock.instant().minus(SETTLED))) {
            response.lastModified(lastModified.truncatedTo(ChronoUnit.SECONDS));
        }
        return response.body(rendered.body());
    }

    /** The current version, for outputs that need it beside {@link #respond} (the news sitemap's Last-Modified). */
    public PublicationVersion version() {
        return versions.current();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int size() {
        return rendered.size();
    }

    private void remember(String key, Rendered response) {
        if (response.body().length > MAX_CACHED_BYTES || capacity <= 0) {
            return;
        }
        if (rendered.size() >= capacity) {
            // Entries of older versions are dead weight; emptying is simpler than LRU and as correct.
            rendered.clear();
        }
        rendered.put(key, response);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
