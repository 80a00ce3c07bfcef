package org.newsdesk.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsdesk.publication.PublicationVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This node's Lucene index of what is published: it proposes ids, never content — readers' rows still
 * come from {@code published_dispatch} through the visibility rule, so a lagging index can hide nothing
 * and show nothing it should not. It is a cache of the database:
 * <ul>
 *   <li>missing or empty → built in the background from {@code published_dispatch} (FULLTEXT answers
 *       meanwhile); the counter it was built at is stored in its commit, so a restart only catches up;</li>
 *   <li>changes by any node are caught up from the projection's change feed ({@link SearchFeed}) whenever
 *       this node sees the publication version move (after its own commits at once, others' within a poll);</li>
 *   <li>{@link #holds(long)} tells whether it has caught up with a publication version: searches answered
 *       against a newer version go to FULLTEXT, so no cached search page is older than its version.</li>
 * </ul>
 * All writes happen on one thread, so a rebuild and a catch-up never interleave.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String COUNTER = "newsdesk.counter";
    /**
     * The index's layout, stored with each commit; an index written in another layout is rebuilt at start.
     * 2: segments sorted newest first, so matches that only share a prefix are read in the order shown.
     */
    static final String FORMAT = "newsdesk.format";
    static final String FORMAT_VERSION = "2";
    static final String MERGED = "newsdesk.merged";
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String PUBLISHED = "published";
    private static final String EMBARGO = "embargo";
    private static final int REBUILD_CHUNK = 5_000;
    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(PUBLISHED, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG, true));
    /** The index's own order: a search in this order stops after the page (and the count) instead of reading every match. */
    private static final Sort NEWEST = new Sort(
            new SortField(PUBLISHED, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG, true));

    /** Ids of one page in order, and how many match in all ({@code exact} false: at least that many). */
    record Hits(List<Long> ids, long total, boolean exact) {
    }

    /**
     * Matches are counted exactly up to this many; beyond, Lucene may skip documents that cannot make the page
     * (those that only share a prefix with a word once enough whole-word matches are queued). A 3-letter prefix
     * matching a quarter of an edition was the slowest query; readers are told "more than 10,000".
     */
    static final int EXACT_TOTAL_UP_TO = 10_000;

    private final SearchFeed feed;
    private final SearchProperties properties;
    private final PublicationVersions versions;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("search-index").factory());
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Whether the index was merged after its last rebuild (stored with each commit; a start finishes an abandoned merge). */
    private volatile boolean merged;
    /** The publication counter the searchable snapshot holds everything up to; -1 while there is none. */
    private volatile long holds = -1;

    SearchIndex(SearchFeed feed, SearchProperties properties, PublicationVersions versions, ObjectProvider<MeterRegistry> meters) {
        this.feed = feed;
        this.properties = properties;
        this.versions = versions;
        meters.ifAvailable(registry -> Gauge.builder("newsdesk.search.index.counter", this, i -> i.holds)
                .description("The publication counter this node's search index has caught up with (-1: not built, FULLTEXT answers)")
                .register(registry));
    }

    @PostConstruct
    void open() {
        if (!properties.index()) {
            return;
        }
        Map<String, String> stored;
        try {
            directory = properties.directory().isEmpty() ? new ByteBuffersDirectory()
                    : FSDirectory.open(Files.createDirectories(Path.of(properties.directory())));
            stored = commitData();
            if (!stored.isEmpty() && !FORMAT_VERSION.equals(stored.get(FORMAT))) {
                // An older layout cannot be reopened with this one's order: start empty, FULLTEXT answers meanwhile.
                log.info("Search index in '{}' has layout {}, this version writes {}: rebuilding", properties.directory(),
                        stored.get(FORMAT), FORMAT_VERSION);
                stored = Map.of();
            }
            writer = new IndexWriter(directory, config().setOpenMode(stored.isEmpty()
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            // Another process holding the directory, a read-only disk: search still works, on FULLTEXT.
            log.warn("Search index unavailable in '{}', searching with FULLTEXT: {}", properties.directory(), e.toString());
            close();
            writer = null;
            return;
        }
        String counter = stored.get(COUNTER);
        if (counter == null) {
            rebuild();
        } else {
            holds = Long.parseLong(counter);
            merged = stored.containsKey(MERGED);
            log.info("Search index opened at publication counter {}: catching up", holds);
            catchUp();
            if (!merged) {
                // Built, but stopped before its merge was done.
                writerThread.execute(() -> mergeIntoOne(holds));
            }
        }
        versions.listen((version, scopes, lift) -> {
            // An embargo lift writes nothing: the query compares the embargo with the clock.
            if (!lift) {
                catchUp();
            }
        });
    }

    @PreDestroy
    void close() {
        writerThread.shutdownNow();
        try {
            // The writer is used by that thread alone: let it stop (a merge stops at the interrupt) before closing.
            if (!writerThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("Search index writer still busy at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                // Every change was committed when it was made; what is left is at most a merge, abandoned here
                // (close() would wait for it) and done again at the next start.
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the search index: {}", e.toString());
        }
    }

    /** Whether the searchable index holds every change up to this publication counter. */
    boolean holds(long counter) {
        return writer != null && holds >= counter;
    }

    long counter() {
        return holds;
    }

    /** Whether the index was merged into one segment since it was last rebuilt. */
    boolean merged() {
        return merged;
    }

    /** Re-reads everything from the database in the background; searches use the old snapshot (or FULLTEXT) meanwhile. */
    CompletableFuture<Void> rebuild() {
        if (writer == null || writerThread.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(this::rebuildNow, writerThread);
    }

    /** Applies what changed since the counter held (coalesced: one queued catch-up at most). */
    CompletableFuture<Void> catchUp() {
        if (writer == null || writerThread.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        if (!catchUpQueued.compareAndSet(false, true)) {
            return CompletableFuture.runAsync(() -> { }, writerThread);
        }
        return CompletableFuture.runAsync(() -> {
            catchUpQueued.set(false);
            catchUpNow();
        }, writerThread);
    }

    private void rebuildNow() {
        long started = System.nanoTime();
        try {
            // Changes after this counter are applied by the catch-up that follows (rows read later are
            // simply read again): no long transaction over a million rows.
            long counter = feed.counter();
            writer.deleteAll();
            long after = 0;
            long count = 0;
            List<SearchFeed.Row> rows;
            do {
                rows = feed.after(after, REBUILD_CHUNK);
                for (SearchFeed.Row row : rows) {
                    writer.addDocument(document(row));
                }
                count += rows.size();
                if (!rows.isEmpty()) {
                    after = rows.getLast().id();
                }
            } while (rows.size() == REBUILD_CHUNK);
            merged = false;
            commit(counter, false);
            holds = counter;
            log.info("Search index rebuilt: {} published dispatches in {} ms (publication counter {})", count,
                    (System.nanoTime() - started) / 1_000_000, counter);
            mergeIntoOne(counter);
            catchUpNow();
        } catch (IOException | RuntimeException e) {
            // Nothing half-built is committed or searched; rebuild() (or a restart) tries again.
            log.warn("Search index rebuild failed, searching with FULLTEXT: {}", e.toString());
            holds = -1;
        }
    }

    /**
     * Searches pay per segment (term lookups, scorers, sorts), and a rebuild leaves one per flush: merged into
     * one while the unmerged snapshot answers. Catch-ups wait that long (FULLTEXT answers newer versions meanwhile).
     */
    private void mergeIntoOne(long counter) {
        long started = System.nanoTime();
        try {
            writer.forceMerge(1);
            // Said merged only once the commit that records it is on disk: a close right after must find it there.
            commit(counter, true);
            merged = true;
            log.info("Search index merged into one segment in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // Still a whole index, only slower to search.
            log.warn("Search index merge failed: {}", e.toString());
        }
    }

    private void catchUpNow() {
        long held = holds;
        if (held < 0) {
            return;
        }
        try {
            SearchFeed.Changes changes = feed.changesSince(held);
            if (!changes.changed().isEmpty()) {
                for (long id : changes.changed()) {
                    writer.deleteDocuments(new Term(KEY, Long.toString(id)));
                }
                for (SearchFeed.Row row : changes.rows()) {
                    writer.updateDocument(new Term(KEY, Long.toString(row.id())), document(row));
                }
                commit(changes.counter(), merged);
            }
            holds = Math.max(held, changes.counter());
        } catch (IOException | RuntimeException e) {
            // Searches keep going to FULLTEXT for newer versions; the next version change tries again.
            log.warn("Search index catch-up failed: {}", e.toString());
        }
    }

    /** How this index is written (tests and the engine benchmark write theirs the same way). */
    static IndexWriterConfig config() {
        return new IndexWriterConfig(SearchText.analyzer()).setIndexSort(NEWEST).setRAMBufferSizeMB(64);
    }

    private void commit(long counter, boolean inOneSegment) throws IOException {
        Map<String, String> data = new java.util.HashMap<>(Map.of(COUNTER, Long.toString(counter), FORMAT, FORMAT_VERSION));
        if (inOneSegment) {
            data.put(MERGED, "true");
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(SearchFeed.Row row) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(row.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, row.id()));
        doc.add(new NumericDocValuesField(PUBLISHED, micros(row.firstPublishedAt())));
        if (row.embargoUntil() != null) {
            doc.add(new LongPoint(EMBARGO, micros(row.embargoUntil())));
        }
        doc.add(new TextField(SearchText.field(row.language()), row.text(), Field.Store.NO));
        doc.add(new TextField(SearchText.headlineField(row.language()), row.headline(), Field.Store.NO));
        return doc;
    }

    /**
     * A reader's words as two queries that rank them together. Every word is required as a prefix (a filter:
     * no score, and Lucene's query cache keeps the bitsets of frequent ones).
     *
     * @param whole      the matches where at least one word occurs whole, scored by BM25 (how often, how rare) —
     *                   so a text about "migration" ranks above one that only has "migrations"; a word found whole
     *                   in the headline counts twice more, as FULLTEXT's ranking did
     * @param prefixOnly the matches that only share prefixes: all would score 0, so they come after the others,
     *                   newest first — the index's own order, in which Lucene stops after the page
     */
    record Ranked(Query whole, Query prefixOnly) {
    }

    static Ranked query(String language, List<String> words, Instant now) {
        String field = SearchText.field(language);
        String headline = SearchText.headlineField(language);
        BooleanQuery.Builder whole = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder prefixOnly = new BooleanQuery.Builder();
        for (String word : words) {
            String term = SearchText.fold(word);
            Query prefix = new PrefixQuery(new Term(field, term));
            whole.add(prefix, Occur.FILTER);
            whole.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            whole.add(new BoostQuery(new TermQuery(new Term(headline, term)), 2f), Occur.SHOULD);
            prefixOnly.add(prefix, Occur.FILTER);
            // The text includes the headline: a word whole in the headline is whole in the text too.
            prefixOnly.add(new TermQuery(new Term(field, term)), Occur.MUST_NOT);
        }
        Query embargoed = LongPoint.newRangeQuery(EMBARGO, micros(now) + 1, Long.MAX_VALUE);
        whole.add(embargoed, Occur.MUST_NOT);
        prefixOnly.add(embargoed, Occur.MUST_NOT);
        return new Ranked(whole.build(), prefixOnly.build());
    }

    /** One page of ids, most relevant first, then newest; {@code null} when the index cannot answer. */
    Hits find(String language, List<String> words, Instant now, int offset, int limit) {
        if (writer == null || holds < 0) {
            return null;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return top(searcher, query(language, words, now), offset, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index query failed, answering with FULLTEXT: {}", e.toString());
            return null;
        }
    }

    /**
     * The ids of hits {@code offset} to {@code offset + limit} in ranking order — whole-word matches by score
     * then date, then prefix-only matches by date — and the total, exact up to {@link #EXACT_TOTAL_UP_TO}.
     * The prefix-only matches are read in index order and counted only up to the bound, so a prefix that
     * matches a quarter of an edition costs a page and a count, not a visit to each match.
     */
    static Hits top(IndexSearcher searcher, Ranked query, int offset, int limit) throws IOException {
        int wanted = Math.max(1, offset + limit);
        TopDocs whole = searcher.search(query.whole(),
                new TopFieldCollectorManager(RELEVANCE_THEN_NEWEST, wanted, null, EXACT_TOTAL_UP_TO));
        // Fewer than wanted: all of them were collected, so their number is exact whatever the count said.
        boolean allWhole = whole.scoreDocs.length < wanted;
        long total = allWhole ? whole.scoreDocs.length : whole.totalHits.value();
        boolean exact = allWhole || whole.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        List<ScoreDoc> page = new ArrayList<>(limit);
        for (int i = offset; i < whole.scoreDocs.length; i++) {
            page.add(whole.scoreDocs[i]);
        }
        if (exact) {
            // A count of one is enough to know whether "exactly N" is still true past the bound.
            int countUpTo = (int) Math.max(1, EXACT_TOTAL_UP_TO - total);
            TopDocs rest = searcher.search(query.prefixOnly(),
                    new TopFieldCollectorManager(NEWEST, Math.max(1, wanted - whole.scoreDocs.length), null, countUpTo));
            for (int i = (int) Math.max(0, offset - total); i < rest.scoreDocs.length && page.size() < limit; i++) {
                page.add(rest.scoreDocs[i]);
            }
            total += rest.totalHits.value();
            exact = rest.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        }
        List<Long> ids = new ArrayList<>(page.size());
        var leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : page) {
            var leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues id = leaf.reader().getNumericDocValues(ID);
            if (id != null && id.advanceExact(hit.doc - leaf.docBase)) {
                ids.add(id.longValue());
            }
        }
        return new Hits(ids, total, exact);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
