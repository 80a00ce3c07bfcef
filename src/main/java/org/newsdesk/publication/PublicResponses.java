package org.newsdesk.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one caching mechanism of the public side — pages, feeds, sitemaps and the APIs: rendered bytes kept
 * in memory with the versions of what they show.
 * <ul>
 *   <li>A response depends on the scopes its tags name ({@link CacheTags}: its article, section, edition,
 *       translation set, or {@code index} for what spans editions) and on the navigation (the editions
 *       offered). It is kept under its address and variant (what else it depends on: the base URL when it
 *       comes from the request, the API audience) with the {@link PublicationVersion#version(String) versions}
 *       of those scopes when it was rendered; it is served while none of them changed and no embargo in them
 *       lifted — all checked in memory. A publication in {@code az} leaves the {@code fr} pages served from memory.</li>
 *   <li>The ETag is a digest of the bytes (weak: gzip or not), the same on every node for the same content;
 *       a conditional GET that matches a kept response gets a 304 without rendering, one that matches a
 *       fresh render a 304 too.</li>
 *   <li>Last-Modified is the latest change of the scopes shown, sent only once it is at least a second
 *       old: HTTP dates have no fractions, so a change within the same second could otherwise hide behind an
 *       If-Modified-Since.</li>
 *   <li>No node serves a response older than the versions it read: rendering happens in one read-only
 *       snapshot at least as new as those versions.</li>
 *   <li>After a change, the kept responses that show it are rendered again in the background ({@link Request#warm}),
 *       and a new article's page for the first time ({@link NewPages}), so that the first reader gets a
 *       rendered page.</li>
 * </ul>
 */
@Component
public class PublicResponses {

    /** A rendered response: status, content type, the bytes, and what it shows beyond what was known before rendering. */
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

    /**
     * What to render and how it may be cached.
     *
     * @param warmable whether the response may be rendered again in the background after a change: its
     *             rendering must not read the servlet request (the base URL comes from {@link RenderContext})
     */
    public record Request(String variant, CacheControl cacheControl, Predicate<PublicationVersion> exists,
                          Function<PublicationVersion, Rendered> render, List<String> tags, boolean warmable) {

        public static Request of(CacheControl cacheControl, Function<PublicationVersion, Rendered> render) {
            return new Request(null, cacheControl, v -> true, render, List.of(), false);
        }

        public Request variant(String variant) {
            return new Request(variant, cacheControl, exists, render, tags, warmable);
        }

        /** Checked before any validator: an address that names nothing is a 404, never a 304. */
        public Request existsIf(Predicate<PublicationVersion> test) {
            return new Request(variant, cacheControl, test, render, tags, warmable);
        }

        /**
         * What the response shows ({@link CacheTags}), so that a front cache can drop it when that changes,
         * and this cache keep it while that does not. Without tags a response depends on everything.
         */
        public Request tags(String... tags) {
            return new Request(variant, cacheControl, exists, render, List.of(tags), warmable);
        }

        /** Its rendering reads nothing from the servlet request: it may be rendered again in the background. */
        public Request warm() {
            return new Request(variant, cacheControl, exists, render, tags, true);
        }
    }

    /**
     * A rendered response as kept: its bytes, the same gzip-compressed once, its validators, the scope
     * versions it showed, and how to render it again.
     */
    private record Kept(Rendered rendered, Gzipped gzip, String etag, Instant lastModified, Map<String, Long> scopes,
                        Object navigation, Instant renderedAt, Request request, String baseUrl, String path, String query) {

        boolean dependsOnAny(Set<String> changed) {
            for (String scope : scopes.keySet()) {
                if (changed.contains(scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A kept body's gzip, made once: when rendered ahead of readers (in the background), at once; when a reader's
     * request rendered it, by the first reader who accepts gzip — a response asked for once (a search with its
     * own words) is not compressed at the best level for nobody.
     */
    private static final class Gzipped {
        private final byte[] plain;
        private volatile byte[] bytes;

        Gzipped(byte[] plain, boolean now) {
            this.plain = plain;
            this.bytes = now ? gzip(plain) : null;
        }

        byte[] bytes() {
            byte[] b = bytes;
            if (b == null) {
                // Two first readers at once both compress: the same bytes, and cheaper than a lock on every read.
                b = gzip(plain);
                bytes = b;
            }
            return b;
        }
    }

    /** The header that carries a response's tags to the front cache (which removes it before clients see it). */
    public static final String TAG_HEADER = "Surrogate-Key";

    private static final int MAX_CACHED_BYTES = 1_000_000;
    /** Background renders waiting at most; beyond, a change's pages are rendered when a reader asks. */
    private static final int WARM_QUEUE = 2_000;
    static final Duration SETTLED = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(2);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicResponses.class);

    private final PublicationVersions versions;
    private final Clock clock;
    private final int capacity;
    private final String release;
    private final Instant releasedAt;
    private final Map<String, Kept> rendered = new ConcurrentHashMap<>();
    private final FrontCacheProperties frontCache;
    private final CacheMetrics metrics;
    private final Function<PublicationVersion, Object> navigation;
    private final RenderTurns turns;
    private final Set<String> warming = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
    private volatile ThreadPoolExecutor warmer;
    /** Looked up when needed: the site that offers them depends on this class. */
    private volatile ObjectProvider<NewPages> newPages;

    @Autowired
    PublicResponses(PublicationVersions versions, Clock clock,
                    ObjectProvider<BuildProperties> build, @Value("${newsdesk.site.render-cache:2000}") int capacity,
                    FrontCacheProperties frontCache, CacheMetrics metrics, Editions editions,
                    ObjectProvider<NewPages> newPages, @Value("${newsdesk.site.warm-threads:1}") int warmThreads,
                    RenderTurns turns) {
        this(versions, clock, build, capacity, frontCache, metrics, editions::listed, turns);
        this.newPages = newPages;
        if (warmThreads > 0) {
            var pool = new ThreadPoolExecutor(warmThreads, warmThreads, 30, TimeUnit.SECONDS,
                    new java.util.concurrent.LinkedBlockingQueue<>(WARM_QUEUE),
                    Thread.ofPlatform().daemon().name("public-render-", 0).factory(), new ThreadPoolExecutor.DiscardPolicy());
            pool.prestartAllCoreThreads();
            this.warmer = pool;
            versions.listen(this::changed);
        }
    }

    PublicResponses(PublicationVersions versions, Clock clock,
                    ObjectProvider<BuildProperties> build, int capacity, FrontCacheProperties frontCache,
                    CacheMetrics metrics, Function<PublicationVersion, ?> navigation, RenderTurns turns) {
        this.versions = versions;
        this.turns = turns;
        this.frontCache = frontCache;
        this.metrics = metrics;
        this.clock = clock;
        this.capacity = capacity;
        this.navigation = navigation::apply;
        BuildProperties info = build.getIfAvailable();
        // The release is part of every validator: new templates must not be answered with a 304.
        this.releasedAt = info != null && info.getTime() != null ? info.getTime() : Instant.now();
        this.release = Long.toString(releasedAt.toEpochMilli(), 36);
    }

    @PreDestroy
    void stopWarming() {
        if (warmer != null) {
            warmer.shutdownNow();
        }
    }

    /**
     * The response for this request under the current versions: 304, kept bytes, or freshly rendered.
     * When the database cannot be reached, what is already rendered is still served (the versions stay
     * in memory); anything else is a 503 with Retry-After, at once rather than after a long wait.
     */
    public ResponseEntity<byte[]> respond(HttpServletRequest request, HttpServletResponse response, Request r) {
        try {
            return respondOrFail(request, response, r);
        } catch (DataAccessException | TransactionException e) {
            throw unavailable(request, response, e);
        }
    }

    /**
     * {@link #respond} with the answer written to the response here, not by Spring MVC's return-value
     * handling: for kept bytes, that handling (content negotiation, a second conditional check, the message
     * converter) cost more CPU than everything else the app does for a cached page. Always returns null
     * (the request is handled); callers that post-process the answer use {@link #respond}.
     */
    public ResponseEntity<byte[]> serve(HttpServletRequest request, HttpServletResponse response, Request r) {
        try {
            Answer answer = answer(request, response, r);
            write(answer.kept(), answer.hit(), r, request, response);
            if (isPublic(r.cacheControl())) {
                request.setAttribute(SERVED, new Served(answer.key(), r));
            }
        } catch (DataAccessException | TransactionException e) {
            throw unavailable(request, response, e);
        }
        return null;
    }

    /** Set on a request whose whole answer {@link #serve} wrote from a public kept response ({@link KeptShortcuts} learns it). */
    static final String SERVED = PublicResponses.class.getName() + ".served";

    /** Which kept response answered a request, and the request that describes it (its checks, tags, caching). */
    record Served(String key, Request request) {
    }

    /**
     * Answers from what is kept, with no rendering: true when the response kept under {@code served} is still
     * valid and was written (or a 304), false when the request must go the whole way. Only ever what
     * {@link #serve} would have written for the same request at this moment.
     */
    boolean serveKept(Served served, List<Map.Entry<String, String>> chainHeaders, HttpServletRequest request,
                      HttpServletResponse response) {
        Kept kept = rendered.get(served.key());
        if (kept == null) {
            return false;
        }
        try {
            PublicationVersion version = versions.current();
            if (!valid(kept, version, clock.instant()) || !served.request().exists().test(version)) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        for (var header : chainHeaders) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(served.request().cacheControl()));
        write(kept, true, served.request(), request, response);
        return true;
    }

    private record Answer(String key, Kept kept, boolean hit) {
    }

    private static void withoutValidators(HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, null);
        response.setHeader(HttpHeaders.LAST_MODIFIED, null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, null);
    }

    private ResponseStatusException unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
        withoutValidators(response);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        Throwable cause = e instanceof DataAccessException d ? d.getMostSpecificCause() : e;
        log.warn("Database unavailable for {}: {}", request.getRequestURI(), cause.getMessage());
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable", e);
    }

    /** Writes a kept response itself — 304, or status, validators, tags, encoding and bytes — as Spring MVC would have. */
    private void write(Kept kept, boolean hit, Request r, HttpServletRequest request, HttpServletResponse response) {
        if (notModified(kept, hit, request, response)) {
            return;
        }
        Rendered result = kept.rendered();
        response.setStatus(result.status().value());
        response.setContentType(result.type().toString());
        if (frontCache.shared() && isPublic(r.cacheControl())) {
            response.setHeader(TAG_HEADER, tags(r, result));
        }
        byte[] body = body(kept, request, response);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (java.io.IOException e) {
            // The reader went away; nothing to tell them.
            log.debug("Response to {} not written: {}", request.getRequestURI(), e.getMessage());
        }
    }

    /**
     * The bytes for this reader: the gzip (made once, see {@link Gzipped}) when they accept it (Content-Encoding set;
     * the server's own compression leaves an encoded response alone), else the plain bytes.
     */
    private static byte[] body(Kept kept, HttpServletRequest request, HttpServletResponse response) {
        if (kept.gzip() == null) {
            return kept.rendered().body();
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (!acceptsGzip(request)) {
            return kept.rendered().body();
        }
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        return kept.gzip().bytes();
    }

    /** Sets the validators; true (and a 304) when the client's copy is current. Counts what a kept response answered. */
    private boolean notModified(Kept kept, boolean hit, HttpServletRequest request, HttpServletResponse response) {
        Instant lastModified = later(kept.lastModified(), releasedAt);
        boolean settled = !lastModified.isAfter(clock.instant().minus(SETTLED));
        var web = new ServletWebRequest(request, response);
        boolean current = settled ? web.checkNotModified(kept.etag(), lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli())
                : web.checkNotModified(kept.etag());
        if (hit) {
            if (current) {
                metrics.notModified(request.getRequestURI());
            } else {
                metrics.hit(request.getRequestURI());
            }
        }
        return current;
    }

    private static String tags(Request r, Rendered result) {
        var tags = new LinkedHashSet<>(r.tags());
        tags.addAll(result.tags());
        tags.add(CacheTags.ALL);
        return String.join(" ", tags);
    }

    private ResponseEntity<byte[]> respondOrFail(HttpServletRequest request, HttpServletResponse response, Request r) {
        Answer answer = answer(request, response, r);
        Kept kept = answer.kept();
        if (notModified(kept, answer.hit(), request, response)) {
            return null;
        }
        Rendered result = kept.rendered();
        var entity = ResponseEntity.status(result.status()).contentType(result.type());
        if (frontCache.shared() && isPublic(r.cacheControl())) {
            entity.header(TAG_HEADER, tags(r, result));
        }
        return entity.body(body(kept, request, response));
    }

    /** The kept response for this request under the current versions, rendered now if there is none valid. */
    private Answer answer(HttpServletRequest request, HttpServletResponse response, Request r) {
        // The hot path (304s and responses already rendered) reads only memory.
        PublicationVersion version = versions.current();
        if (!r.exists().test(version)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // Also on 304s: a cache must know how long the revalidated copy may be reused, and what it shows.
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(r.cacheControl()));
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String key = key(r.variant(), path, query);
        Instant now = clock.instant();
        Kept kept = rendered.get(key);
        boolean hit = kept != null && valid(kept, version, now);
        if (!hit) {
            // Render time counts from the turn, not from the wait for it (newsdesk.public.render.waiting shows that).
            long[] start = new long[1];
            try {
                String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
                kept = turns.take(() -> {
                    start[0] = System.nanoTime();
                    return render(r, version, now, baseUrl, path, query, false);
                });
            } catch (RenderTurns.Busy e) {
                withoutValidators(response);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_AFTER.toSeconds()));
                log.debug("No render turn for {}: {}", path, e.getMessage());
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many pages being rendered", e);
            } catch (RuntimeException e) {
                // Error responses (a 404 for an unpublished article, say) carry no validators.
                withoutValidators(response);
                throw e;
            }
            remember(key, kept, version, now);
            metrics.rendered(path, System.nanoTime() - start[0]);
        }
        return new Answer(key, kept, hit);
    }

    private static String key(String variant, String path, String query) {
        return (variant == null ? "" : variant) + " " + path + (query == null ? "" : "?" + query);
    }

    /** Kept while none of the scopes it showed changed, no embargo in them lifted since, and the navigation is the same. */
    private boolean valid(Kept kept, PublicationVersion version, Instant now) {
        if (now.isBefore(kept.renderedAt()) || !Objects.equals(kept.navigation(), navigation.apply(version))) {
            return false;
        }
        for (var scope : kept.scopes().entrySet()) {
            if (version.version(scope.getKey()) != scope.getValue() || version.liftedBetween(scope.getKey(), kept.renderedAt(), now)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Renders with plain statements, no transaction: each reads the latest committed rows, so what it shows
     * is as new as the versions read before it or newer (never older), and a response kept under those
     * versions is never behind them. (A change landing mid-render bumps a version the response names, so
     * it is rendered again at the next request.) A read-only transaction cost three round trips and an
     * entity manager per render, for a snapshot the pages do not need.
     */
    private Kept render(Request r, PublicationVersion version, Instant now, String baseUrl, String path, String query,
                        boolean ahead) {
        Object nav = navigation.apply(version);
        Rendered result = RenderContext.with(baseUrl, () -> r.render().apply(version));
        Map<String, Long> scopes = new HashMap<>();
        Instant lastModified = Instant.EPOCH;
        for (String tag : concat(r.tags(), result.tags())) {
            if (!CacheTags.ALL.equals(tag)) {
                scopes.put(tag, version.version(tag));
                lastModified = later(lastModified, version.lastModified(tag, now));
            }
        }
        if (scopes.isEmpty()) {
            // Nothing named: it depends on everything.
            scopes.put(CacheTags.INDEX, version.counter());
            lastModified = version.lastModified();
        }
        return new Kept(result, compressible(result) ? new Gzipped(result.body(), ahead) : null, etag(result, r.variant()), lastModified,
                Map.copyOf(scopes), nav, now, r.warmable() ? r : null, baseUrl, path, query);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The variant counts too: the same bytes for a partner and for everyone are still two representations. */
    private String etag(Rendered r, String variant) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((r.status().value() + " " + r.type() + " " + variant + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest(r.body());
            return "W/\"" + release + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a change: render again, in the background, the kept responses that show it, and a new article's page. */
    private void changed(PublicationVersion version, Set<String> scopes, boolean lift) {
        ThreadPoolExecutor pool = warmer;
        if (pool == null || pool.isShutdown()) {
            return;
        }
        Set<String> baseUrls = new LinkedHashSet<>();
        Set<String> shown = new java.util.HashSet<>();
        rendered.forEach((key, kept) -> {
            if (kept.request() != null) {
                baseUrls.add(kept.baseUrl());
                if (kept.dependsOnAny(scopes)) {
                    shown.addAll(kept.scopes().keySet());
                    warm(pool, key, kept.request(), kept.baseUrl(), kept.path(), kept.query());
                }
            }
        });
        List<NewPages> offered = newPages == null ? List.of() : newPages.orderedStream().toList();
        if (baseUrls.isEmpty() || offered.isEmpty()) {
            return;
        }
        for (String scope : scopes) {
            if (scope.startsWith("article-") && !shown.contains(scope)) {
                long id = Long.parseLong(scope.substring("article-".length()));
                for (String baseUrl : baseUrls) {
                    submit(pool, () -> RenderContext.with(baseUrl, () -> {
                        for (NewPages pages : offered) {
                            pages.ofArticle(id).forEach((path, request) -> warm(pool, key(request.variant(), path, null),
                                    request, baseUrl, path, null));
                        }
                        return null;
                    }));
                }
            }
        }
    }

    private void warm(ThreadPoolExecutor pool, String key, Request request, String baseUrl, String path, String query) {
        if (!warming.add(key)) {
            return;
        }
        boolean queued = submit(pool, () -> {
            try {
                warmNow(key, request, baseUrl, path, query);
            } finally {
                warming.remove(key);
            }
        });
        if (!queued) {
            warming.remove(key);
        }
    }

    /** Queues a background task; false when the queue is full (the reader who asks renders it then). */
    private boolean submit(ThreadPoolExecutor pool, Runnable task) {
        pending.incrementAndGet();
        Runnable counted = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.debug("Background render failed: {}", e.toString());
            } finally {
                pending.decrementAndGet();
            }
        };
        try {
            if (!pool.isShutdown() && pool.getQueue().offer(counted)) {
                return true;
            }
        } catch (RuntimeException e) {
            // shut down
        }
        pending.decrementAndGet();
        return false;
    }

    private void warmNow(String key, Request request, String baseUrl, String path, String query) {
        try {
            PublicationVersion version = versions.current();
            Instant now = clock.instant();
            Kept kept = rendered.get(key);
            if (kept != null && valid(kept, version, now) || !request.exists().test(version)) {
                return;
            }
            long start = System.nanoTime();
            remember(key, render(request, version, now, baseUrl, path, query, true), version, now);
            metrics.warmed(path, System.nanoTime() - start);
        } catch (RuntimeException e) {
            // Gone, or the database is away: the next reader's request renders (or explains) it.
            rendered.remove(key);
            log.debug("Background render of {} skipped: {}", path, e.toString());
        }
    }

    /** Background renders waiting or running (for tests and the benchmark). */
    int warmingNow() {
        return pending.get();
    }

    /** What is kept for this address (no query), valid or not, to compare identities: for tests. */
    Object kept(String variant, String path) {
        return rendered.get(key(variant, path, null));
    }

    /** Whether this address (no query, no variant) is kept and valid now: for tests. */
    boolean holds(String variant, String path) {
        Kept kept = rendered.get(key(variant, path, null));
        return kept != null && valid(kept, versions.current(), clock.instant());
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

    private void remember(String key, Kept response, PublicationVersion version, Instant now) {
        if (response.rendered().body().length > MAX_CACHED_BYTES || capacity <= 0) {
            return;
        }
        if (rendered.size() >= capacity) {
            // Responses of older versions are dead weight: drop them first; if that is not enough, start over.
            rendered.values().removeIf(k -> !valid(k, version, now));
            if (rendered.size() >= capacity) {
                rendered.clear();
            }
        }
        rendered.put(key, response);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
