package org.newsdesk.publication;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestClock;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one response cache of the public side, without a database: versions are set by the test. */
class PublicResponsesTest {

    final TestClock clock = new TestClock();
    final AtomicInteger renders = new AtomicInteger();
    PublicationVersion version;
    PublicResponses responses;

    @BeforeEach
    void setUp() {
        version = new PublicationVersion(7, clock.instant().minus(Duration.ofMinutes(5)), null);
        responses = responses(3);
        // Without build information the release counts from now: let it settle.
        clock.advance(Duration.ofSeconds(10));
    }

    final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

    PublicResponses responses(int capacity) {
        return responses(capacity, FrontCacheProperties.none());
    }

    PublicResponses responses(int capacity, FrontCacheProperties frontCache) {
        var versions = new PublicationVersions(null, clock, new StaticListableBeanFactory().getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class)) {
            @Override
            public PublicationVersion current() {
                return version;
            }
        };
        return new PublicResponses(versions, clock,
                new StaticListableBeanFactory().getBeanProvider(BuildProperties.class), capacity, frontCache,
                new CacheMetrics(new StaticListableBeanFactory(java.util.Map.of("meters", meters)).getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class)),
                v -> "", turns);
    }

    RenderTurns turns = new RenderTurns(2, Duration.ofSeconds(2), meters);

    PublicResponses.Request page(String text) {
        return PublicResponses.Request.of(CacheControl.noCache().cachePublic(), v -> {
            renders.incrementAndGet();
            return new PublicResponses.Rendered(HttpStatus.OK, MediaType.TEXT_HTML,
                    (text + " v" + v.counter()).getBytes(StandardCharsets.UTF_8));
        });
    }

    record Answer(int status, String body, MockHttpServletResponse response, HttpHeaders entityHeaders, byte[] bytes) {
        String header(String name) {
            String h = entityHeaders.getFirst(name);
            return h != null ? h : response.getHeader(name);
        }
    }

    Answer get(String uri, PublicResponses.Request request, String ifNoneMatch, String ifModifiedSince) {
        return get(uri, request, ifNoneMatch, ifModifiedSince, null);
    }

    Answer get(String uri, PublicResponses.Request request, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        var servletRequest = new MockHttpServletRequest("GET", uri);
        if (acceptEncoding != null) {
            servletRequest.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        if (ifNoneMatch != null) {
            servletRequest.addHeader(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            servletRequest.addHeader(HttpHeaders.IF_MODIFIED_SINCE, ifModifiedSince);
        }
        var servletResponse = new MockHttpServletResponse();
        ResponseEntity<byte[]> entity = responses.respond(servletRequest, servletResponse, request);
        if (entity == null) {
            return new Answer(servletResponse.getStatus(), "", servletResponse, new HttpHeaders(), new byte[0]);
        }
        return new Answer(entity.getStatusCode().value(), new String(entity.getBody(), StandardCharsets.UTF_8), servletResponse,
                entity.getHeaders(), entity.getBody());
    }

    static String http(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US).format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(java.time.ZoneOffset.UTC));
    }

    @Test
    void rendersOnceAndAnswersConditionalRequestsUnderTheSameVersion() {
        Answer first = get("/fr/", page("Une"), null, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("Une v7");
        assertThat(first.header(HttpHeaders.ETAG)).startsWith("W/\"");
        assertThat(first.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");

        assertThat(get("/fr/", page("Une"), null, null).body()).isEqualTo("Une v7");
        assertThat(renders).hasValue(1);
        assertThat(get("/fr/", page("Une"), first.header(HttpHeaders.ETAG), null).status()).isEqualTo(304);
        assertThat(get("/fr/", page("Une"), null, first.header(HttpHeaders.LAST_MODIFIED)).status()).isEqualTo(304);
        assertThat(renders).hasValue(1);
    }

    @Test
    void aNewVersionIsNeverAnsweredFromTheOldOne() {
        Answer first = get("/fr/", page("Une"), null, null);
        version = new PublicationVersion(8, clock.instant().minus(Duration.ofSeconds(3)), null);
        Answer second = get("/fr/", page("Une"), first.header(HttpHeaders.ETAG), first.header(HttpHeaders.LAST_MODIFIED));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("Une v8");
        assertThat(second.header(HttpHeaders.ETAG)).isNotEqualTo(first.header(HttpHeaders.ETAG));
    }

    @Test
    void anEmbargoLiftedSinceIsANewVersion() {
        get("/fr/", page("Une"), null, null);
        clock.advance(Duration.ofSeconds(5));
        version = new PublicationVersion(7, version.changedAt(), clock.instant().minusSeconds(2));
        Answer after = get("/fr/", page("Une"), null, null);
        assertThat(renders).as("rendered again after the lift").hasValue(2);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header(HttpHeaders.LAST_MODIFIED))
                .isEqualTo(http(version.lastEmbargoLifted()));
    }

    @Test
    void lastModifiedWaitsUntilTheChangeIsASecondOld() {
        version = new PublicationVersion(9, clock.instant().minusMillis(200), null);
        Answer fresh = get("/fr/", page("Une"), null, null);
        assertThat(fresh.header(HttpHeaders.LAST_MODIFIED)).isNull();
        assertThat(fresh.header(HttpHeaders.ETAG)).isNotNull();
        // An If-Modified-Since of this very second must not earn a 304: a second change could still follow in it.
        String thisSecond = http(clock.instant());
        assertThat(get("/fr/", page("Une"), null, thisSecond).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(2));
        assertThat(get("/fr/", page("Une"), null, null).header(HttpHeaders.LAST_MODIFIED)).isNotNull();
    }

    @Test
    void variantsAreSeparateResponses() {
        Answer a = get("/fr/rss.xml", page("Flux A").variant("https://a.example"), null, null);
        Answer b = get("/fr/rss.xml", page("Flux B").variant("https://b.example"), a.header(HttpHeaders.ETAG), null);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.header(HttpHeaders.ETAG)).isNotEqualTo(a.header(HttpHeaders.ETAG));
        assertThat(renders).hasValue(2);
    }

    @Test
    void anAddressThatNamesNothingIsA404EvenWithAMatchingValidator() {
        Answer ok = get("/xx/", page("Rien"), null, null);
        var missing = page("Rien").existsIf(v -> false);
        assertThatThrownBy(() -> get("/xx/", missing, ok.header(HttpHeaders.ETAG), null))
                .isInstanceOf(ResponseStatusException.class)
                .satisfies(e -> assertThat(((ResponseStatusException) e).getStatusCode().value()).isEqualTo(404));
    }

    @Test
    void aFailedRenderCarriesNoValidatorsAndIsNotCached() {
        var failing = PublicResponses.Request.of(CacheControl.noCache(), v -> {
            renders.incrementAndGet();
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        var response = new MockHttpServletResponse();
        assertThatThrownBy(() -> responses.respond(new MockHttpServletRequest("GET", "/fr/gone"), response, failing))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).isNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isNull();
        assertThatThrownBy(() -> responses.respond(new MockHttpServletRequest("GET", "/fr/gone"), new MockHttpServletResponse(), failing))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(renders).hasValue(2);
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 10; i++) {
            get("/fr/" + i, page("P" + i), null, null);
            assertThat(responses.size()).isLessThanOrEqualTo(3);
        }
        assertThat(responses(0)).satisfies(r -> {
            responses = r;
            get("/fr/", page("Une"), null, null);
            get("/fr/", page("Une"), null, null);
            assertThat(r.size()).isZero();
        });
    }

    @Test
    void outputsThatChangeWithTimeGetAnETagFromTheirBytes() {
        var rendered = new PublicResponses.Rendered(HttpStatus.OK, MediaType.APPLICATION_XML, "<urlset/>".getBytes(StandardCharsets.UTF_8));
        var same = responses.respondUncached(rendered, clock.instant().minusSeconds(10), CacheControl.noCache());
        var again = responses.respondUncached(rendered, clock.instant().minusSeconds(10), CacheControl.noCache());
        var other = responses.respondUncached(new PublicResponses.Rendered(HttpStatus.OK, MediaType.APPLICATION_XML,
                "<urlset></urlset>".getBytes(StandardCharsets.UTF_8)), Instant.EPOCH, CacheControl.noCache());
        assertThat(same.getHeaders().getETag()).isEqualTo(again.getHeaders().getETag()).isNotEqualTo(other.getHeaders().getETag());
        assertThat(same.getHeaders().getLastModified()).isPositive();
        assertThat(responses.respondUncached(rendered, clock.instant(), CacheControl.noCache()).getHeaders().getLastModified())
                .as("not yet settled").isEqualTo(-1);
    }

    @Test
    void compressedOnceWhenRenderedAndServedToClientsThatAcceptGzip() throws Exception {
        String text = "Le président azerbaïdjanais Ilham Aliyev a reçu le directeur général de l’OIM. ".repeat(20);
        var request = page(text);
        Answer plain = get("/fr/long", request, null, null, null);
        assertThat(plain.header(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(plain.response().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
        Answer zipped = get("/fr/long", request, null, null, "br, gzip;q=0.8, deflate");
        assertThat(zipped.header(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(zipped.bytes().length).isLessThan(plain.bytes().length / 5);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.bytes()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(get("/fr/long", request, null, null, "gzip;q=0").header(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(renders).as("rendered and compressed once").hasValue(1);
    }

    @Test
    void whenEveryRenderTurnIsTakenKeptPagesStillAnswerAndANewOneIsABusy503() throws Exception {
        turns = new RenderTurns(1, Duration.ofMillis(200), meters);
        responses = responses(10);
        assertThat(get("/fr/", page("Une"), null, null).status()).isEqualTo(200);
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var slow = PublicResponses.Request.of(CacheControl.noCache().cachePublic(), v -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new PublicResponses.Rendered(HttpStatus.OK, MediaType.TEXT_HTML, "Lent".getBytes(StandardCharsets.UTF_8));
        });
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var first = reader.submit(() -> get("/fr/lent", slow, null, null));
            assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            assertThat(get("/fr/", page("Une"), null, null).body()).as("kept: no turn needed").isEqualTo("Une v7");
            var servletResponse = new MockHttpServletResponse();
            assertThatThrownBy(() -> responses.respond(new MockHttpServletRequest("GET", "/fr/autre"), servletResponse, page("Autre")))
                    .isInstanceOfSatisfying(org.springframework.web.server.ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            assertThat(servletResponse.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
            assertThat(servletResponse.getHeader(HttpHeaders.ETAG)).isNull();

            release.countDown();
            assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("Lent");
            assertThat(get("/fr/autre", page("Autre"), null, null).body()).as("once a turn is free").isEqualTo("Autre v7");
        } finally {
            release.countDown();
            reader.shutdownNow();
        }
    }

    @Test
    void aFrontCacheGetsSharedDirectivesAndTheTagsOfWhatAResponseShows() {
        responses = responses(10, new FrontCacheProperties(null, Duration.ofMinutes(5), Duration.ofSeconds(30),
                Duration.ofDays(1), null));
        var request = page("Une").tags(CacheTags.edition("fr"));
        Answer a = get("/fr/", request, null, null);
        assertThat(a.header(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("max-age=0, public, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400");
        assertThat(a.header(PublicResponses.TAG_HEADER)).isEqualTo("edition-fr all");
        // Tags found while rendering (an article's id) join them.
        var article = PublicResponses.Request.of(CacheControl.noCache().cachePublic(),
                v -> new PublicResponses.Rendered(HttpStatus.OK, MediaType.TEXT_HTML, new byte[0]).tagged(CacheTags.article(42)));
        assertThat(get("/fr/2023/03/01/x", article.tags(CacheTags.edition("fr")), null, null).header(PublicResponses.TAG_HEADER))
                .isEqualTo("edition-fr article-42 all");
        // What depends on a token is nobody else's: no shared directives, no tags.
        var privateOne = PublicResponses.Request.of(CacheControl.noCache().cachePrivate(),
                v -> new PublicResponses.Rendered(HttpStatus.OK, MediaType.APPLICATION_JSON, new byte[0])).tags(CacheTags.article(1));
        Answer p = get("/api/ninjs/1", privateOne, null, null);
        assertThat(p.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, private");
        assertThat(p.header(PublicResponses.TAG_HEADER)).isNull();
    }

    @Test
    void withoutAFrontCacheResponsesSayOnlyWhatBrowsersNeed() {
        Answer a = get("/fr/", page("Une").tags(CacheTags.edition("fr")), null, null);
        assertThat(a.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");
        assertThat(a.header(PublicResponses.TAG_HEADER)).isNull();
    }

    @Test
    void hitsMissesAndNotModifiedAreCountedPerKindOfPage() {
        Answer first = get("/fr/2023/03/01/titre", page("Article"), null, null);
        get("/fr/2023/03/01/titre", page("Article"), null, null);
        get("/fr/2023/03/01/titre", page("Article"), first.header(HttpHeaders.ETAG), null);
        get("/fr/rss.xml", page("Flux"), null, null);
        assertThat(meters.counter("newsdesk.public.responses", "kind", "article", "outcome", "miss").count()).isEqualTo(1);
        assertThat(meters.counter("newsdesk.public.responses", "kind", "article", "outcome", "hit").count()).isEqualTo(1);
        assertThat(meters.counter("newsdesk.public.responses", "kind", "article", "outcome", "not-modified").count()).isEqualTo(1);
        assertThat(meters.counter("newsdesk.public.responses", "kind", "feed", "outcome", "miss").count()).isEqualTo(1);
        assertThat(meters.timer("newsdesk.public.render", "kind", "article").count()).isEqualTo(1);
    }
}
