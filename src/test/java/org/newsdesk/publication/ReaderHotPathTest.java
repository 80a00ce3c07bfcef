package org.newsdesk.publication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.support.ConditionalGet;
import org.newsdesk.support.ConnectionCounter;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The readers' hot path: cached responses and 304s borrow no database connection; versions travel between nodes. */
@IntegrationTest
class ReaderHotPathTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    TestClock clock;

    @Autowired
    PublicationVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Value("${newsdesk.publication.poll-interval:200ms}")
    Duration pollInterval;

    TestEdition desk;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (desk != null) {
            desk.cleanUp();
        }
    }

    @Test
    void aBurstOfCachedRequestsAndConditionalRequestsBorrowsNoConnection() throws Exception {
        desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Chaud"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        String article = "/" + desk.edition + "/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                .withZone(ZoneOffset.UTC).format(d.firstPublishedAt()) + "/" + d.slug();
        String[] paths = {article, "/" + desk.edition + "/", "/" + desk.edition + "/politics/", "/" + desk.edition + "/rss.xml",
                "/" + desk.edition + "/atom.xml", "/sitemap.xml", "/sitemaps/articles-1.xml", "/api/ninjs/" + d.id()};
        for (String path : paths) {
            mvc.perform(get(path)).andExpect(status().isOk()); // rendered once: this may read the database
        }
        int borrowed = ConnectionCounter.borrowedDuring(() -> {
            for (int i = 0; i < 50; i++) {
                for (String path : paths) {
                    var first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
                    mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)))
                            .andExpect(status().isNotModified());
                }
            }
        });
        assertThat(borrowed).as("connections borrowed by 800 cached requests and 304s").isZero();
        // The counter does count: an address nobody asked for before renders, and reads the database.
        // (Not a search: the search index may answer a query that finds nothing without the database.)
        assertThat(ConnectionCounter.borrowedDuring(() -> mvc.perform(get(article + "?r=" + Unique.marker()))
                .andExpect(status().isOk()))).isPositive();
    }

    @Test
    void renderingAnArticleTakesFewRoundTrips() throws Exception {
        desk = newsroom.newEdition();
        var d = desk.publish(desk.draft(Unique.unique("Peu de requêtes"), "politics"));
        desk.publish(desk.draft(Unique.unique("Voisin de rubrique"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        String article = desk.path(d);
        mvc.perform(get(article)).andExpect(status().isOk());
        // A query string never seen before: the page renders again (the first reader after a change).
        int trips = ConnectionCounter.roundTripsDuring(() -> mvc.perform(get(article + "?r=" + Unique.marker()))
                .andExpect(status().isOk()));
        // Its row, with flags saying it has no correction, translation or picture to fetch; the edition's sections
        // and the section's latest were read for this version by the first render. No transaction around them.
        assertThat(trips).as("round trips to render an article again").isEqualTo(1);
    }

    @Autowired
    io.micrometer.observation.ObservationRegistry observations;

    @Test
    void requestsAreObservedButNotEachSecurityFilter() {
        assertThat(io.micrometer.observation.Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(io.micrometer.observation.Observation.start("http.server.requests", observations).isNoop()).isFalse();
    }

    @Test
    void thisNodesOwnChangeIsSeenBeforeTheWritersRequestReturns() {
        desk = newsroom.newEdition();
        long before = versions.current().counter();
        desk.publish(desk.draft(Unique.unique("Tout de suite"), "politics"));
        assertThat(versions.current().counter()).isGreaterThan(before);
    }

    @Test
    void anotherNodesChangeIsSeenWithinThePollInterval() throws Exception {
        long before = versions.current().counter();
        // Another node's commit: a write this node's code did not make.
        jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = :now WHERE id = 1")
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        long start = System.nanoTime();
        while (versions.current().counter() == before && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
            Thread.onSpinWait();
        }
        Duration seen = Duration.ofNanos(System.nanoTime() - start);
        assertThat(versions.current().counter()).isGreaterThan(before);
        // The poll interval plus scheduling slack on a busy two-core machine.
        assertThat(seen).as("time until the change was seen").isLessThan(pollInterval.plusMillis(300));
    }

    @Test
    void anEmbargoLiftsInMemoryAtItsInstant() {
        desk = newsroom.newEdition();
        var d = desk.create(desk.draft(Unique.unique("Embargo en mémoire"), "politics"));
        var until = clock.instant().plus(Duration.ofHours(1));
        desk.as("editor", () -> desk.service().setEmbargo(d.id(), until));
        desk.as("editor", () -> desk.service().publish(d.id()));
        var lifted = until.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        clock.advance(Duration.ofHours(1).minusSeconds(1));
        var before = versions.current();
        assertThat(before.lastEmbargoLifted()).isNotEqualTo(lifted);
        clock.advance(Duration.ofSeconds(2));
        // No write happened: the lift is computed from the instant held in memory.
        assertThat(versions.current().lastEmbargoLifted()).isEqualTo(lifted);
        assertThat(versions.current().token()).isNotEqualTo(before.token());
    }
}
