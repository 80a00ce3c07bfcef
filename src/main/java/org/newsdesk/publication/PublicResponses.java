package org.newsdesk.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
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
import java.util.LinkedHashSet;
import java.util.List;
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
    public record Rendered(HttpStatus status, MediaType type, byte[] body, List<String> tags) {

        public Rendered(HttpStatus status, MediaType type, byte[] body) {
            this(status, type, body, List.of());
        }

        /** What the response shows, when only rendering finds out (an article's id, from its address). */
        public Rendered tagged(String... more) {
            var all = new java.util.ArrayList<>(tags);
            all.addAll(List.of(more));
            return new Rendered(status, type, body, List.copyOf(all));
        }
    }

    /** What to render and how it may be cached. */
    public record Request(String variant, CacheControl cacheControl, Predicate<PublicationVersion> exists,
                          Function<PublicationVersion, Rendered> render, List<String> tags) {

        public static Request of(CacheControl cacheControl, Function<PublicationVersion, Rendered> render) {
            return new Request(null, cacheControl, v -> true, render, List.of());
        }

        public Request variant(String variant) {
            return new Request(variant, cacheControl, exists, render, tags);
        }

        /** Checked before any validator: an address that names nothing is a 404, never a 304. */
        public Request existsIf(Predicate<PublicationVersion> test) {
            return new Request(variant, cacheControl, test, render, tags);
        }

        /** What the response shows ({@link CacheTags}), so that a front cache can drop it when that changes. */
        public Request tags(String... tags) {
            return new Request(variant, cacheControl, exists, render, List.of(tags));
        }
    }

    /** A rendered response as kept: its bytes, and the same gzip-compressed once, not per request. */
    private record Kept(Rendered rendered, byte[] gzip) {
        static Kept of(Rendered r) {
            return new Kept(r, compressible(r) ? PublicResponses.gzip(r.body()) : null);
        }
    }

    /** The header that carries a response's tags to the front cache (which removes it before clients see it). */
    public static final String TAG_HEADER = "Surrogate-Key";

    private static final int MAX_CACHED_BYTES = 1_000_000;
    static final Duration SETTLED = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicResponses.class);

    private final PublicationVersions versions;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final int capacity;
    private final String release;
    private final Instant releasedAt;
    private final Map<String, Kept> rendered = new ConcurrentHashMap<>();
    private final FrontCacheProperties frontCache;
    private final CacheMetrics metrics;

    PublicResponses(PublicationVersions versions, PlatformTransactionManager transactions, Clock clock,
                    ObjectProvider<BuildProperties> build, @Value("${newsdesk.site.render-cache:2000}") int capacity,
                    FrontCacheProperties frontCache, CacheMetrics metrics) {
        this.versions = versions;
        this.frontCache = frontCache;
        this.metrics = metrics;
        this.clock = clock;
        this.capacity = capacity;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        BuildProperties info = build.getIfAvailable();
        // The release is part of every validator: new templates must not be answered with a 304.
        this.releasedAt = info != null && info.getTime() != null ? info.getTime() : Instant.now();
        this.release = Long.toString(releasedAt.toEpochMilli(), 36);
    }

    /**
     * The response for this request under the current version: 304, cached bytes, or freshly rendered.
     * When the database cannot be reached, what is already rendered is still served (the version stays
     * in memory); anything else is a 503 with Retry-After, at once rather than after a long wait.
     */
    public ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, Request r) {
        try {
            return respondOrFail(request, response, r);
        } catch (DataAccessException | TransactionException e) {
            response.setHeader(HttpHeaders.ETAG, null);
            response.setHeader(HttpHeaders.LAST_MODIFIED, null);
            response.setHeader(HttpHeaders.CACHE_CONTROL, null);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
            log.warn("Database unavailable for {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable", e);
        }
    }

    private ResponseEntity<byte[]> respondOrFail(HttpServletRequest request, HttpServletResponse response, Request r) {
        // The hot path (304s and responses already rendered) is one read of the version.
        PublicationVersion version = versions.current();
        if (!r.exists().test(version)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String etag = "W/\"" + release + "-" + version.token()
                + (r.variant() == null ? "" : "-" + DigestUtils.md5DigestAsHex(r.variant().getBytes(StandardCharsets.UTF_8)).substring(0, 8))
                + "\"";
        Instant lastModified = later(version.lastModified(), releasedAt);
        // Also on 304s: a cache must know how long the revalidated copy may be reused, and what it shows.
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(r.cacheControl()));
        boolean tagged = frontCache.shared() && isPublic(r.cacheControl());
        boolean settled = !lastModified.isAfter(clock.instant().minus(SETTLED));
        var web = new ServletWebRequest(request, response);
        if (settled ? web.checkNotModified(etag, lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli())
                : web.checkNotModified(etag)) {
            metrics.notModified(request);
            return null;
        }
        String key = etag + " " + request.getRequestURI() + "?" + request.getQueryString();
        Kept kept = rendered.get(key);
        if (kept == null) {
            long start = System.nanoTime();
            Rendered result;
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
            kept = Kept.of(result);
            remember(key, kept);
            metrics.rendered(request, System.nanoTime() - start);
        } else {
            metrics.hit(request);
        }
        Rendered result = kept.rendered();
        var answer = ResponseEntity.status(result.status()).contentType(result.type());
        if (tagged) {
            var tags = new LinkedHashSet<>(r.tags());
            tags.addAll(result.tags());
            tags.add(CacheTags.ALL);
            answer.header(TAG_HEADER, String.join(" ", tags));
        }
        if (kept.gzip() != null) {
            // Compressed once when rendered; the server's own compression leaves an encoded response alone.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request)) {
                return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(kept.gzip());
            }
        }
        return answer.body(result.body());
    }

    /** The response's Cache-Control: as given, plus what a shared front cache may do when there is one. */
    String cacheControl(CacheControl given) {
        String value = given.getHeaderValue();
        if (!frontCache.shared() || !isPublic(given)) {
            return value;
        }
        // "no-cache" would keep a front cache from storing at all; s-maxage governs it, purges keep it right.
        return value.replace("no-cache", "max-age=0")
                + ", s-maxage=" + frontCache.sharedMaxAge().toSeconds()
                + ", stale-while-revalidate=" + frontCache.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + frontCache.staleIfError().toSeconds();
    }

    private static boolean isPublic(CacheControl cc) {
        String v = cc.getHeaderValue();
        return v != null && v.contains("public");
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        var encodings = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (encodings != null && encodings.hasMoreElements()) {
            for (String part : encodings.nextElement().split(",")) {
                String[] coding = part.strip().split(";");
                if (coding[0].strip().equalsIgnoreCase("gzip")) {
                    return !(coding.length > 1 && coding[1].replace(" ", "").matches("q=0(\\.0*)?"));
                }
            }
        }
        return false;
    }

    private static boolean compressible(Rendered r) {
        return r.body().length >= 256;
    }

    static byte[] gzip(byte[] body) {
        var out = new java.io.ByteArrayOutputStream(body.length / 3 + 64);
        try (var gz = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private void remember(String key, Kept response) {
        if (response.rendered().body().length > MAX_CACHED_BYTES || capacity <= 0) {
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
