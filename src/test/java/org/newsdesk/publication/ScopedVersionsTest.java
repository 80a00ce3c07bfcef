package org.newsdesk.publication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.TranslationSets;
import org.newsdesk.support.ConditionalGet;
import org.newsdesk.support.ConnectionCounter;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finer publication versions: a publication invalidates what it changes, not everything; other nodes'
 * changes travel by the poll; what a change shows is rendered again before readers ask.
 */
@IntegrationTest
class ScopedVersionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    TestClock clock;

    @Autowired
    PublicationVersions versions;

    @Autowired
    PublicResponses responses;

    @Autowired
    CacheMetrics metrics;

    @Autowired
    TranslationSets translations;

    @Autowired
    JdbcClient jdbc;

    @Value("${newsdesk.publication.poll-interval:200ms}")
    Duration pollInterval;

    final List<TestEdition> desks = new ArrayList<>();
    final List<Long> translated = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (long id : translated) {
            newsroom.as("editor", () -> newsroom.service().kill(id, "Test over."));
        }
        desks.forEach(TestEdition::cleanUp);
        clock.reset();
    }

    TestEdition desk() {
        var desk = newsroom.newEdition();
        desks.add(desk);
        return desk;
    }

    static String path(DispatchDetails d) {
        return "/" + d.draft().language() + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC)
                .format(d.firstPublishedAt()) + "/" + d.slug();
    }

    /** Requests every path once more; returns how many were served from memory. */
    long hitsOf(List<String> paths) throws Exception {
        long before = metrics.hits.sum();
        for (String p : paths) {
            mvc.perform(get(p)).andExpect(status().isOk());
        }
        return metrics.hits.sum() - before;
    }

    @Test
    void aPublicationInOneEditionLeavesTheOtherEditionsPagesCached() throws Exception {
        var fr = desk();
        var az = desk();
        // Both editions exist and are listed before the pages are cached: the navigation stays the same.
        az.publish(az.draft(Unique.unique("Birinci"), "politics"));
        List<String> frPages = new ArrayList<>(List.of("/" + fr.edition + "/", "/" + fr.edition + "/politics/",
                "/" + fr.edition + "/economy/", "/" + fr.edition + "/rss.xml", "/" + fr.edition + "/atom.xml",
                "/" + fr.edition + "/politics/rss.xml", "/api/ninjs?lang=" + fr.edition));
        for (int i = 0; i < 13; i++) {
            frPages.add(path(fr.publish(fr.draft(Unique.unique("Page " + i), i % 2 == 0 ? "politics" : "economy"))));
        }
        ConditionalGet.passAllChanges(clock, versions);
        for (String p : frPages) {
            mvc.perform(get(p)).andExpect(status().isOk());
        }
        assertThat(hitsOf(frPages)).as("all cached").isEqualTo(frPages.size());

        az.publish(az.draft(Unique.unique("İkinci"), "politics"));

        long hits = hitsOf(frPages);
        assertThat(hits).as("%s of %s fr pages still served from memory after a publication in az", hits, frPages.size())
                .isGreaterThanOrEqualTo((long) Math.ceil(frPages.size() * 0.95));
        // And the hot path still borrows no connection.
        assertThat(ConnectionCounter.borrowedDuring(() -> hitsOf(frPages))).isZero();
    }

    @Test
    void aCorrectionMissesItsOwnPagesAndItsTranslationsButNotItsNeighbours() throws Exception {
        var fr = desk();
        var source = fr.publish(fr.draft(Unique.unique("Source"), "politics"));
        var neighbour = fr.publish(fr.draft(Unique.unique("Voisin"), "economy"));
        var english = newsroom.as("editor", () -> translations.translate(source.id(), "en"));
        translated.add(english.id());
        var published = newsroom.as("editor", () -> newsroom.service().publish(english.id()));
        ConditionalGet.passAllChanges(clock, versions);
        String frArticle = path(source), enArticle = path(published),
                frNeighbour = path(neighbour), frEconomy = "/" + fr.edition + "/economy/";
        List<String> all = List.of(frArticle, enArticle, frNeighbour, frEconomy);
        for (String p : all) {
            mvc.perform(get(p)).andExpect(status().isOk());
        }
        assertThat(mvc.perform(get(enArticle)).andReturn().getResponse().getContentAsString())
                .as("the translation links to its source").contains(frArticle);
        Object frKept = keptNow(frArticle), enKept = keptNow(enArticle);

        fr.as("editor", () -> fr.service().correct(source.id(), "Rectifié."));

        // Missed: what was kept is no longer served (the background may already have rendered it again).
        assertThat(held(frArticle) && keptNow(frArticle) == frKept).as("the corrected article").isFalse();
        assertThat(held(enArticle) && keptNow(enArticle) == enKept).as("its translation, which links to it").isFalse();
        assertThat(held(frNeighbour)).as("an article in another section").isTrue();
        assertThat(held(frEconomy)).as("another section's page").isTrue();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anotherNodesChangeOfAnEditionIsSeenWithinThePollInterval() {
        String scope = CacheTags.edition("xx-" + Unique.marker().toLowerCase().replaceAll("[^a-z0-9]", "").substring(0, 6));
        long before = versions.current().version(scope);
        // Another node's commit: the site counter and the scope, written as its projection writes them — in one
        // transaction (written apart, a poll between the two saw the counter without the scope, and never again).
        var now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long counter = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = :now WHERE id = 1").param("now", now).update();
            long bumped = jdbc.sql("SELECT version FROM site_version WHERE id = 1").query(Long.class).single();
            jdbc.sql("INSERT INTO published_scope_version (scope, version, changed_at) VALUES (:scope, :version, :now)")
                    .param("scope", scope).param("version", bumped).param("now", now).update();
            return bumped;
        });
        long start = System.nanoTime();
        awaitTrue(() -> versions.current().version(scope) != before, Duration.ofSeconds(5));
        Duration seen = Duration.ofNanos(System.nanoTime() - start);
        assertThat(versions.current().version(scope)).isEqualTo(counter);
        assertThat(seen).as("time until the change was seen").isLessThan(pollInterval.plusMillis(300));
    }

    @Test
    void afterAPublicationTheFirstReaderOfItsPagesGetsARenderedPage() throws Exception {
        var fr = desk();
        fr.publish(fr.draft(Unique.unique("Déjà là"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        List<String> lists = List.of("/" + fr.edition + "/", "/" + fr.edition + "/politics/", "/" + fr.edition + "/rss.xml",
                "/" + fr.edition + "/politics/atom.xml");
        for (String p : lists) {
            mvc.perform(get(p)).andExpect(status().isOk());
        }

        var fresh = fr.publish(fr.draft(Unique.unique("Toute fraîche"), "politics"));
        awaitTrue(() -> responses.warmingNow() == 0, Duration.ofSeconds(10));

        List<String> pages = new ArrayList<>(lists);
        pages.add(path(fresh));
        long missesBefore = metrics.misses.sum();
        assertThat(hitsOf(pages)).as("the new article, its section, edition front page and feeds").isEqualTo(pages.size());
        assertThat(metrics.misses.sum()).isEqualTo(missesBefore);
        assertThat(mvc.perform(get("/" + fr.edition + "/politics/")).andReturn().getResponse().getContentAsString())
                .contains("Toute fraîche");
    }

    /** Kept and valid, whether pages vary with the request's base URL or not. */
    Object keptNow(String path) {
        Object kept = responses.kept(null, path);
        return kept != null ? kept : responses.kept("http://localhost", path);
    }

    boolean held(String path) {
        return responses.holds(null, path) || responses.holds("http://localhost", path);
    }

    /** Waits for something another thread does, without sleeping a fixed time. */
    static void awaitTrue(BooleanSupplier condition, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not true within " + atMost);
            }
            Thread.onSpinWait();
        }
    }
}
