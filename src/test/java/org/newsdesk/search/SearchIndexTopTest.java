package org.newsdesk.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
             var writer = new IndexWriter(dir, new IndexWriterConfig(SearchText.analyzer()))) {
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
            }
        }
    }
}
