package org.newsdesk.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine decision in numbers (docs/benchmarks.md, docs/search.md): on the database NEWSDESK_DB_URL names
 * (filled by ReaderDataBenchmark), the FULLTEXT query shape the site ran (COUNT + ranked page) timed in SQL,
 * then a Lucene index built from the same rows and the same queries against it. Reports, asserts nothing.
 * <pre>
 * ./mvnw -Pbenchmark test -Dtest=SearchEngineBenchmark -Dbench.language=fr
 * </pre>
 */
class SearchEngineBenchmark {

    @Test
    void fulltextAgainstLucene() throws Exception {
        String url = System.getenv("NEWSDESK_DB_URL");
        if (url == null || url.isBlank()) {
            System.out.println("NEWSDESK_DB_URL is not set: nothing to measure");
            return;
        }
        var ds = new DriverManagerDataSource(url, System.getenv().getOrDefault("NEWSDESK_DB_USER", "root"),
                System.getenv().getOrDefault("NEWSDESK_DB_PASSWORD", ""));
        JdbcClient jdbc = JdbcClient.create(ds);
        String language = System.getProperty("bench.language", "fr");
        SearchFeed feed = new SearchFeed(jdbc);
        long published = jdbc.sql("SELECT COUNT(*) FROM published_dispatch").query(Long.class).single();
        long inEdition = jdbc.sql("SELECT COUNT(*) FROM published_dispatch WHERE language = :l").param("l", language).query(Long.class).single();
        System.out.printf("load average %s; %,d published, %,d in %s%n", Files.readString(Path.of("/proc/loadavg")).strip(),
                published, inEdition, language);

        // 1. Build the index from the database, as the application does.
        String kept = System.getProperty("bench.index", "");
        Path dir = kept.isBlank() ? Files.createTempDirectory("search-bench") : Files.createDirectories(Path.of(kept));
        long t0 = System.nanoTime();
        long count = 0;
        if (!kept.isBlank() && DirectoryReader.indexExists(FSDirectory.open(dir))) {
            System.out.println("Lucene: reusing the index in " + dir);
        } else try (var directory = FSDirectory.open(dir);
             var writer = new IndexWriter(directory, SearchIndex.config())) {
            long after = 0;
            List<SearchFeed.Row> rows;
            do {
                rows = feed.after(after, 5_000);
                for (SearchFeed.Row row : rows) {
                    writer.addDocument(SearchIndex.document(row));
                }
                count += rows.size();
                if (!rows.isEmpty()) {
                    after = rows.getLast().id();
                }
            } while (rows.size() == 5_000);
            writer.forceMerge(1);
            writer.commit();
        }
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long bytes;
        try (var files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("Lucene build: %,d documents in %,d ms (%,d docs/s), %,d MB on disk%n", count, buildMs,
                count * 1000 / Math.max(1, buildMs), bytes >> 20);

        try (var directory = FSDirectory.open(dir); var reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // 2. Queries chosen from the data: a rare word, the commonest word, a 3-letter prefix, two words.
            String field = SearchText.field(language);
            String rare = null, common = null;
            int commonDf = 0;
            int rareDf = 0;
            TermsEnum terms = MultiTerms.getTerms(reader, field).iterator();
            for (var term = terms.next(); term != null; term = terms.next()) {
                int df = terms.docFreq();
                String text = term.utf8ToString();
                if (text.length() >= 6 && text.chars().allMatch(Character::isLetter)) {
                    if (df >= 3 && (rare == null || df < rareDf)) {
                        rare = text;
                        rareDf = df;
                    }
                    if (df > commonDf) {
                        common = text;
                        commonDf = df;
                    }
                }
            }
            Map<String, List<String>> queries = new LinkedHashMap<>();
            queries.put("rare word " + rare, List.of(rare));
            queries.put("common word " + common, List.of(common));
            queries.put("two words " + common + " " + rare.substring(0, 4), List.of(common, rare.substring(0, 4)));
            queries.put("two common words", List.of(common, "баку"));
            queries.put("3-letter prefix sha", List.of("sha"));
            queries.put("place name Баку", List.of("баку"));

            System.out.println();
            System.out.println("| query | hits | FULLTEXT COUNT ms | FULLTEXT page ms | Lucene ms (count + top 20) | Lucene CPU ms p50 | Lucene hits |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            Instant now = Instant.now();
            for (int warm = 0; warm < 20; warm++) {
                for (var q : queries.values()) {
                    SearchIndex.top(searcher, SearchIndex.query(language, q, now), 0, 20);
                }
            }
            for (var q : queries.entrySet()) {
                String booleanQuery = String.join(" ", q.getValue().stream().map(w -> "+" + w + "*").toList());
                String match = " FROM published_dispatch p WHERE (p.embargo_until IS NULL OR p.embargo_until <= NOW())"
                        + " AND p.language = :l AND MATCH (p.headline, p.lead, p.body) AGAINST (:q IN BOOLEAN MODE)";
                boolean sql = !Boolean.getBoolean("bench.skipSql");
                long[] countMs = new long[3];
                long[] pageMs = new long[3];
                long hits = 0;
                for (int i = 0; sql && i < 3; i++) {
                    long s = System.nanoTime();
                    hits = jdbc.sql("SELECT COUNT(*)" + match).param("l", language).param("q", booleanQuery).query(Long.class).single();
                    countMs[i] = (System.nanoTime() - s) / 1_000_000;
                    s = System.nanoTime();
                    jdbc.sql("SELECT p.dispatch_id" + match + " ORDER BY MATCH (p.headline, p.lead, p.body) AGAINST (:q IN BOOLEAN MODE) DESC,"
                                    + " p.first_published_at DESC, p.dispatch_id DESC LIMIT 20")
                            .param("l", language).param("q", booleanQuery).query(Long.class).list();
                    pageMs[i] = (System.nanoTime() - s) / 1_000_000;
                }
                var query = SearchIndex.query(language, q.getValue(), now);
                long luceneHits = 0;
                double[] luceneMs = new double[50];
                double[] cpuMs = new double[50];
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = 0; i < luceneMs.length; i++) {
                    long s = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    luceneHits = SearchIndex.top(searcher, query, 0, 20).total();
                    cpuMs[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                    luceneMs[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(cpuMs);
                Arrays.sort(countMs);
                Arrays.sort(pageMs);
                Arrays.sort(luceneMs);
                System.out.printf("| %s | %,d | %d | %d | %.1f (p50 of 50; p95 %.1f) | %.1f | %,d |%n", q.getKey(), hits, countMs[1], pageMs[1],
                        luceneMs[25], luceneMs[47], cpuMs[25], luceneHits);
            }
        } finally {
            if (!kept.isBlank()) {
                return;
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
