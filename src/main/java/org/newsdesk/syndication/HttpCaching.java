package org.newsdesk.syndication;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Conditional GET for every machine output, never stale:
 * <ul>
 *   <li>the ETag is a hash of the bytes just generated, so it changes exactly when the content does;</li>
 *   <li>Last-Modified is the database's latest change (see {@code SyndicatedDispatches.lastChange()}),
 *       sent only once it is at least a second old, so that a change within the same second (HTTP
 *       dates have no fractions) can never hide behind an If-Modified-Since.</li>
 * </ul>
 * Spring MVC answers 304 itself when the request's If-None-Match / If-Modified-Since match.
 */
final class HttpCaching {

    /** Shared caches may keep outputs but must revalidate each time: a 304 is cheap, a kill is seen at once. */
    static final CacheControl PUBLIC = CacheControl.noCache().cachePublic();
    /** What an API client sees depends on its token. */
    static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

    private HttpCaching() {
    }

    static ResponseEntity<byte[]> ok(byte[] body, MediaType type, Instant lastChange, Instant now, CacheControl cache) {
        return ok(new OutputCache.Output(body, etag(body)), type, lastChange, now, cache);
    }

    static ResponseEntity<byte[]> ok(OutputCache.Output output, MediaType type, Instant lastChange, Instant now,
                                     CacheControl cache) {
        byte[] body = output.body();
        var response = ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cache)
                .eTag(output.etag());
        if (lastChange != null && !lastChange.isAfter(now.minus(Duration.ofSeconds(1)))) {
            response.lastModified(lastChange.truncatedTo(ChronoUnit.SECONDS));
        }
        return response.body(body);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
