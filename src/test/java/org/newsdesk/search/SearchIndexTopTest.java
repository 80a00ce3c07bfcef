package org.newsdesk.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking and totals straight on an index: exact counts up to a bound, the best page always right. */
class SearchIndexTopTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aBroadPrefixIsCountedUpToTheBoundAndItsWholeWordMatchesStillComeFirst() throws Exception {
        int many = SearchIndex.EXACT_TOTAL_UP_TO + 2_000;
        try (var dir = new ByteBuffersDirectory();
             var writer = new IndexWriter(dir, SearchIndex.config())) {
            for (long id = 1; id <= many; id++) {
                // Every text shares the prefix "sha"; one in a thousand has the whole word "sha".
                String word = id % 1000 == 0 ? "sha" : "shabe" + id;
                writer.addDocument(SearchIndex.document(new SearchFeed.Row(id, "fr", "Titre " + id,
                        "Titre " + id + "\n" + word + " au port", T0.plusSeconds(id), null)));
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                var broad = SearchIndex.top(searcher, SearchIndex.query("fr", List.of("sha"), T0.plusSeconds(many + 1)), 0, 20);
                assertThat(broad.exact()).as("counted exactly only up to the bound").isFalse();
                assertThat(broad.total()).isGreaterThanOrEqualTo(SearchIndex.EXACT_TOTAL_UP_TO).isLessThanOrEqualTo(many);
                // The twelve whole-word matches first, newest first; then the newest that only share the prefix.
                List<Long> whole = LongStream.iterate(12_000, id -> id >= 1000, id -> id - 1000).boxed().toList();
                assertThat(broad.ids().subList(0, 12)).isEqualTo(whole);
                assertThat(broad.ids().subList(12, 20)).containsExactly(11_999L, 11_998L, 11_997L, 11_996L, 11_995L,
                        11_994L, 11_993L, 11_992L);

                var narrow = SearchIndex.top(searcher, SearchIndex.query("fr", List.of("shabe123"), T0.plusSeconds(many + 1)), 0, 20);
                assertThat(narrow.exact()).isTrue();
                assertThat(narrow.total()).as("shabe123, and shabe1230 to shabe1239").isEqualTo(11);
                assertThat(narrow.ids().getFirst()).as("the whole word first").isEqualTo(123L);

                // Page 1 of "sha" (20 a page) ends 8 into the prefix-only matches; page 2 follows on from there.
                var second = SearchIndex.top(searcher, SearchIndex.query("fr", List.of("sha"), T0.plusSeconds(many + 1)), 20, 20);
                assertThat(second.ids()).isEqualTo(LongStream.iterate(11_991, id -> id - 1).filter(id -> id % 1000 != 0)
                        .limit(20).boxed().toList());
            }
        }
    }

    @Test
    void pagesRunFromTheWholeWordMatchesIntoThePrefixOnlyOnesWithExactTotals() throws Exception {
        try (var dir = new ByteBuffersDirectory();
             var writer = new IndexWriter(dir, SearchIndex.config())) {
            // 30 texts: every third has the whole word "port", the others "portail"; added oldest last to show
            // that the order shown is the publication time's, not the order of writing.
            for (long id = 30; id >= 1; id--) {
                String word = id % 3 == 0 ? "port" : "portail";
                writer.addDocument(SearchIndex.document(new SearchFeed.Row(id, "fr", "Titre " + id,
                        "Titre " + id + "\n" + word, T0.plusSeconds(id), null)));
                if (id % 7 == 0) {
                    writer.commit(); // several segments
                }
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                var query = SearchIndex.query("fr", List.of("port"), T0.plusSeconds(100));
                var pages = new java.util.ArrayList<Long>();
                for (int offset = 0; offset < 30; offset += 4) {
                    var page = SearchIndex.top(searcher, query, offset, 4);
                    assertThat(page.total()).isEqualTo(30);
                    assertThat(page.exact()).isTrue();
                    pages.addAll(page.ids());
                }
                var wholeFirst = new java.util.ArrayList<Long>();
                LongStream.iterate(30, id -> id >= 1, id -> id - 1).filter(id -> id % 3 == 0).forEach(wholeFirst::add);
                LongStream.iterate(30, id -> id >= 1, id -> id - 1).filter(id -> id % 3 != 0).forEach(wholeFirst::add);
                assertThat(pages).isEqualTo(wholeFirst);

                var prefixOnly = SearchIndex.top(searcher, SearchIndex.query("fr", List.of("portai"), T0.plusSeconds(100)), 0, 50);
                assertThat(prefixOnly.total()).as("only prefix matches").isEqualTo(20);
                assertThat(prefixOnly.ids()).hasSize(20).doesNotContain(3L, 6L);
            }
        }
    }
}
