package org.newsdesk.search;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.publication.PublishedDispatches;
import org.newsdesk.publication.SearchResults;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reader search on this node's Lucene index: it finds what is published, never shows what readers may
 * not see (even when the index still holds it), catches up with other nodes' changes, rebuilds from the
 * database, and answers any input. Each test writes in an edition of its own.
 */
@IntegrationTest
class ReaderSearchTest {

    @Autowired
    ReaderSearch search;
    @Autowired
    SearchIndex index;
    @Autowired
    SearchFeed feed;
    @Autowired
    PublicationVersions versions;
    @Autowired
    PublishedDispatches published;
    @Autowired
    Newsroom newsroom;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectProvider<MeterRegistry> meters;

    TestEdition desk;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (desk != null) {
            desk.cleanUp();
        }
    }

    @Test
    void findsAPublishedDispatchByItsWordsAsPrefixesInAnyCaseWithOrWithoutAccents() throws Exception {
        desk = newsroom.newEdition();
        var azertac = desk.publish(desk.azertac());
        // At once, through the site: the index may still be catching up, FULLTEXT answers meanwhile.
        assertThat(mvc.perform(get("/" + desk.edition + "/search").param("q", "OIM migrations")).andReturn().getResponse()
                .getContentAsString()).contains("<mark>OIM</mark>");

        for (String q : List.of("OIM migrations", "migration", "PRÉSIDENT", "president", "MIGRATIONS oim")) {
            SearchResults results = byIndex(q);
            assertThat(ids(results)).as(q).containsExactly(azertac.id());
            assertThat(results.total()).as(q).isEqualTo(1);
        }
        assertThat(byIndex("migrations introuvablemot").items()).isEmpty();
        assertThat(byIndex("OIM").total()).isEqualTo(1);
    }

    @Test
    void mostRelevantFirstThenNewestAndPagesAsOnFulltext() {
        desk = newsroom.newEdition();
        String marker = word();
        var older = desk.publish(desk.draft("Port " + marker + " calme", "economy"));
        var weak = desk.publish(desk.draft("Port " + marker + " tranquille", "economy"));
        var strong = desk.publish(new org.newsdesk.dispatch.DispatchDraft(desk.edition, marker + " record " + marker, "S",
                new org.newsdesk.text.Dateline("Bakou", java.time.LocalDate.of(2026, 11, 27)), null, marker + " " + marker,
                marker + " " + marker + " " + marker + " cargo.", "economy", null, 5, null));
        SearchResults results = byIndex(marker);
        assertThat(ids(results)).containsExactly(strong.id(), weak.id(), older.id());
        assertThat(results.total()).isEqualTo(3);
        // Pages of two: the second holds the oldest; a page past the end shows the last.
        SearchResults second = byIndex(marker, 2, 2);
        assertThat(ids(second)).containsExactly(older.id());
        assertThat(second.page()).isEqualTo(2);
        assertThat(ids(byIndex(marker, 99, 2))).containsExactly(older.id());
        // The FULLTEXT path finds the same set (its relevance formula differs, so not necessarily the order).
        assertThat(ids(published.search(desk.edition, marker, 1, 20))).containsExactlyInAnyOrder(strong.id(), weak.id(), older.id());
    }

    @Test
    void aWordInTheHeadlineRanksAboveTheSameWordOnlyInTheText() {
        desk = newsroom.newEdition();
        String marker = word();
        var inHeadline = desk.publish(new org.newsdesk.dispatch.DispatchDraft(desk.edition, "Port " + marker, "S",
                new org.newsdesk.text.Dateline("Bakou", java.time.LocalDate.of(2026, 11, 27)), null, null,
                "Le " + marker + " du port.", "economy", null, 5, null));
        // Newer, with the word as often in its text: without the headline counting more, it would come first.
        var inTextOnly = desk.publish(new org.newsdesk.dispatch.DispatchDraft(desk.edition, "Port calme", "S",
                new org.newsdesk.text.Dateline("Bakou", java.time.LocalDate.of(2026, 11, 27)), null, null,
                "Le " + marker + " du port, le " + marker + " encore, le " + marker + " toujours, " + marker + " et " + marker + " et " + marker + ".", "economy", null, 5, null));
        assertThat(ids(byIndex(marker))).containsExactly(inHeadline.id(), inTextOnly.id());
    }

    @Test
    void neverShowsUnpublishedEmbargoedOrKilledDispatches() {
        desk = newsroom.newEdition();
        String marker = word();
        desk.create(desk.draft("Brouillon " + marker, "politics"));
        var embargoed = desk.create(desk.draft("Sous embargo " + marker, "politics"));
        var until = clock.instant().plus(Duration.ofHours(1));
        desk.as("editor", () -> desk.service().setEmbargo(embargoed.id(), until));
        desk.as("editor", () -> desk.service().publish(embargoed.id()));
        var killed = desk.publish(desk.draft("Retiré " + marker, "politics"));
        caughtUp();
        assertThat(index.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids()).as("indexed before the kill")
                .containsExactly(killed.id());
        desk.as("editor", () -> desk.service().kill(killed.id(), "Retiré : erreur."));

        SearchResults results = byIndex(marker);
        assertThat(results.items()).isEmpty();
        assertThat(results.total()).isZero();

        // The embargo lifts with the clock, without a write.
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(ids(byIndex(marker))).containsExactly(embargoed.id());
    }

    @Test
    void whatTheIndexStillHoldsButReadersMayNotSeeIsNeverShown() {
        desk = newsroom.newEdition();
        String marker = word();
        var gone = desk.publish(desk.draft("Disparu " + marker, "politics"));
        var hidden = desk.publish(desk.draft("Caché " + marker, "politics"));
        caughtUp();
        // Behind the index's back (no change recorded): as if a kill or an embargo had not reached it yet.
        jdbc.sql("DELETE FROM published_dispatch WHERE dispatch_id = :id").param("id", gone.id()).update();
        jdbc.sql("UPDATE published_dispatch SET embargo_until = :until WHERE dispatch_id = :id")
                .param("until", LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .param("id", hidden.id()).update();
        assertThat(index.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids()).as("the stale index")
                .containsExactlyInAnyOrder(gone.id(), hidden.id());

        SearchResults results = byIndex(marker);
        assertThat(results.items()).isEmpty();
        assertThat(results.total()).isZero();
        // Put the projection back as the workflow has it, so that clean-up finds what it expects.
        desk.as("editor", () -> desk.service().correct(hidden.id(), "Rétabli."));
        desk.as("editor", () -> desk.service().correct(gone.id(), "Rétabli."));
    }

    @Test
    void aChangeAnotherNodeMadeIsFoundOnceThisNodeCatchesUp() {
        desk = newsroom.newEdition();
        String marker = word();
        DispatchDetails draft = desk.create(desk.draft("Brouillon ailleurs", "politics"));
        caughtUp();
        long before = versions.current().counter();
        // Another node's projection: the public row, the site counter and the article's scope, in one transaction.
        var now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO published_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at,
                               urgency, section_code, headline, body)
                        VALUES (:id, :language, :slug, 1, :now, :now, 5, 'politics', :headline, 'Publié par un autre nœud.')""")
                .param("id", draft.id()).param("language", desk.edition).param("slug", "ailleurs-" + draft.id())
                .param("now", now).param("headline", "Nouvelle " + marker + " d’ailleurs").update();
        otherNodeBumps(draft.id(), now);

        awaitTrue(() -> versions.current().counter() > before && index.holds(versions.current().counter()), Duration.ofSeconds(5));
        assertThat(ids(byIndex(marker))).containsExactly(draft.id());

        // And its removal.
        jdbc.sql("DELETE FROM published_dispatch WHERE dispatch_id = :id").param("id", draft.id()).update();
        otherNodeBumps(draft.id(), now);
        caughtUp();
        assertThat(index.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids()).isEmpty();
    }

    @Test
    void rebuildsFromTheDatabaseInTheBackgroundAndReopensWithoutRebuilding(@TempDir Path dir) {
        desk = newsroom.newEdition();
        String marker = word();
        var first = desk.publish(desk.draft("Premier " + marker, "politics"));
        var properties = new SearchProperties(true, dir.toString());

        SearchIndex fresh = new SearchIndex(feed, properties, versions, meters);
        fresh.open();
        awaitTrue(() -> fresh.holds(versions.current().counter()), Duration.ofSeconds(30));
        assertThat(fresh.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids()).containsExactly(first.id());
        long builtAt = fresh.counter();
        fresh.close();

        // Published while the node was down: the reopened index starts from its stored counter and catches up.
        var second = desk.publish(desk.draft("Second " + marker, "politics"));
        SearchIndex reopened = new SearchIndex(feed, properties, versions, meters);
        try {
            reopened.open();
            assertThat(reopened.counter()).as("opened at its stored counter, not rebuilt").isGreaterThanOrEqualTo(builtAt);
            reopened.catchUp().join();
            assertThat(reopened.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids())
                    .containsExactlyInAnyOrder(first.id(), second.id());

            // An explicit rebuild gives the same answer.
            reopened.rebuild().join();
            assertThat(reopened.holds(versions.current().counter())).isTrue();
            assertThat(reopened.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids())
                    .containsExactlyInAnyOrder(first.id(), second.id());
        } finally {
            reopened.close();
        }

        // No index (disabled, or not built yet): FULLTEXT answers the same.
        var withoutIndex = new SearchIndex(feed, new SearchProperties(false, ""), versions, meters);
        withoutIndex.open();
        var fulltextOnly = new ReaderSearch(withoutIndex, published, versions, clock, meters);
        assertThat(ids(fulltextOnly.search(desk.edition, marker, 1, 20))).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void anIndexWrittenInAnOlderLayoutIsRebuiltNotReopened(@TempDir Path dir) throws Exception {
        desk = newsroom.newEdition();
        String marker = word();
        var item = desk.publish(desk.draft("Ancien " + marker, "politics"));
        // What the previous version left: unsorted segments, a counter, no layout.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var old = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(SearchText.analyzer()))) {
            old.addDocument(SearchIndex.document(new SearchFeed.Row(item.id(), desk.edition, "Ancien " + marker,
                    "Ancien " + marker, clock.instant(), null)));
            old.setLiveCommitData(java.util.Map.of(SearchIndex.COUNTER, Long.toString(versions.current().counter())).entrySet());
            old.commit();
        }

        SearchIndex upgraded = new SearchIndex(feed, new SearchProperties(true, dir.toString()), versions, meters);
        try {
            upgraded.open();
            awaitTrue(() -> upgraded.holds(versions.current().counter()), Duration.ofSeconds(30));
            assertThat(upgraded.find(desk.edition, List.of(marker), clock.instant(), 0, 10).ids()).containsExactly(item.id());
            awaitTrue(upgraded::merged, Duration.ofSeconds(30));
        } finally {
            upgraded.close();
        }
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry(SearchIndex.FORMAT, SearchIndex.FORMAT_VERSION)
                    .as("merged after the rebuild").containsEntry(SearchIndex.MERGED, "true");
            assertThat(reader.leaves()).allSatisfy(leaf -> assertThat(leaf.reader().getMetaData().sort()).isNotNull());
        }
    }

    @Test
    void anyInputGivesAResultNeverAnError() {
        desk = newsroom.newEdition();
        String marker = word();
        desk.create(desk.draft("Brouillon " + marker, "politics"));
        var live = desk.publish(desk.draft("OIM " + marker + " Bakı İstanbul", "politics"));
        caughtUp();
        List<String> queries = new ArrayList<>(List.of("", " ", "\"", "'", "+-*@()<>~", "*", "a", "ab", "\"OIM", "OIM*",
                "+OIM -migrations", "(OIM)", "title:OIM", "OIM AND NOT x", "OIM~2", "OI?", "/re.*/", "[a TO z]", "\\", "%", "_",
                "' OR 1=1 --", "\"; DROP TABLE dispatch; --", "\u0000", "<script>alert(1)</script>", "${7*7}", "🙂🙂🙂",
                "x".repeat(10_000), "OIM ".repeat(2_000), "é", "ə", "Bakı", "BAKI", "istanbul", "İSTANBUL", marker));
        for (String q : queries) {
            SearchResults results = search.search(desk.edition, q, 1, 20);
            assertThat(results.items()).as(q.length() > 30 ? q.substring(0, 30) : q)
                    .allSatisfy(d -> assertThat(d.id()).isEqualTo(live.id()));
        }
        assertThat(ids(byIndex("Bakı"))).containsExactly(live.id());
        assertThat(ids(byIndex("İSTANBUL"))).as("İ folds to i").containsExactly(live.id());
        assertThat(ids(byIndex("\"OIM " + marker + "\""))).containsExactly(live.id());
        assertThat(byIndex("ab").items()).as("too short for either engine").isEmpty();
    }

    /** A search answered by the index (after it has caught up with this node's version). */
    SearchResults byIndex(String q) {
        return byIndex(q, 1, 20);
    }

    SearchResults byIndex(String q, int page, int size) {
        caughtUp();
        double before = search.answeredByIndex();
        SearchResults results = search.search(desk.edition, q, page, size);
        if (!results.terms().isEmpty()) {
            assertThat(search.answeredByIndex()).as("answered by the index").isEqualTo(before + 1);
        }
        return results;
    }

    void caughtUp() {
        index.catchUp().join();
        awaitTrue(() -> index.holds(versions.current().counter()), Duration.ofSeconds(5));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** As another node's projection writes a change: counter and scope in one transaction. */
    void otherNodeBumps(long id, LocalDateTime now) {
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = :now WHERE id = 1").param("now", now).update();
            long counter = jdbc.sql("SELECT version FROM site_version WHERE id = 1").query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO published_scope_version (scope, version, changed_at) VALUES (:scope, :version, :now)
                            ON DUPLICATE KEY UPDATE version = VALUES(version), changed_at = VALUES(changed_at)""")
                    .param("scope", "article-" + id).param("version", counter).param("now", now).update();
        });
    }

    static List<Long> ids(SearchResults results) {
        return results.items().stream().map(PublishedDispatch::id).toList();
    }

    /** A word no other test writes. */
    static String word() {
        return "mot" + Unique.marker();
    }

    static void awaitTrue(BooleanSupplier condition, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not true within " + atMost);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
