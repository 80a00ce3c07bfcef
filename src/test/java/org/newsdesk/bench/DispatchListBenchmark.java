package org.newsdesk.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.dispatch.DispatchFilter;
import org.newsdesk.dispatch.DispatchQueries;
import org.newsdesk.workflow.DispatchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Not a test: measures the newsroom list on N generated dispatches (default 1,000,000) and writes
 * the numbers to target/benchmarks/dispatch-list.md. Run with
 * {@code ./mvnw -Pbenchmark test -Dbench.dispatches=1000000}. Its own embedded database
 * (data/mariadb-bench) keeps the generated rows between runs.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=",
        "newsdesk.embedded-db.data-dir=data/mariadb-bench",
        "newsdesk.embedded-db.database=newsdesk_bench",
        "newsdesk.embedded-db.fresh=false",
        "newsdesk.embedded-db.buffer-pool=4G"})
@ActiveProfiles("test")
class DispatchListBenchmark {

    static final int RUNS = 25;
    /** In the generated data, French rows carry this spelling of Baku (one in seven headlines). */
    static final String COMMON_FR = "Баку";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DispatchQueries queries;

    @Test
    @WithUserDetails("editor")
    void measure() throws Exception {
        int target = Integer.getInteger("bench.dispatches", 1_000_000);
        long start = System.nanoTime();
        int generated = DispatchGenerator.fill(jdbc, target);
        long genSeconds = (System.nanoTime() - start) / 1_000_000_000;
        jdbc.sql("ANALYZE TABLE dispatch").query().listOfRows();
        long total = jdbc.sql("SELECT COUNT(*) FROM dispatch").query(Long.class).single();
        String rare = DispatchGenerator.word(4242);

        var page = PageRequest.of(0, 50, Sort.by(Sort.Order.desc("updatedAt")));
        Map<String, Supplier<?>> cases = new LinkedHashMap<>();
        cases.put("first page, no filter", () -> queries.search(DispatchFilter.none(), page));
        cases.put("page 200, no filter", () -> queries.search(DispatchFilter.none(), PageRequest.of(200, 50, page.getSort())));
        cases.put("state PUBLISHED + language fr", () -> queries.search(
                new DispatchFilter(DispatchState.PUBLISHED, "fr", null, null, null, null), page));
        cases.put("state SUBMITTED + language az, by urgency", () -> queries.search(
                new DispatchFilter(DispatchState.SUBMITTED, "az", null, null, null, null),
                PageRequest.of(0, 50, Sort.by(Sort.Order.asc("urgency")))));
        cases.put("state + language + text (rare word: " + rare + ")", () -> queries.search(
                new DispatchFilter(DispatchState.PUBLISHED, "fr", null, null, null, rare), page));
        // The generator puts the city's name in one headline in seven, spelled per language position.
        cases.put("state + language + text (common word: " + COMMON_FR + ")", () -> queries.search(
                new DispatchFilter(DispatchState.PUBLISHED, "fr", null, null, null, COMMON_FR), page));
        cases.put("count: state + language", () -> queries.count(
                new DispatchFilter(DispatchState.PUBLISHED, "fr", null, null, null, null)));
        cases.put("count: state + language + rare text", () -> queries.count(
                new DispatchFilter(DispatchState.PUBLISHED, "fr", null, null, null, rare)));

        StringBuilder report = new StringBuilder();
        report.append("| query | median ms | p95 ms | max ms | rows |\n|---|---:|---:|---:|---:|\n");
        for (var c : cases.entrySet()) {
            for (int i = 0; i < 3; i++) {
                c.getValue().get();
            }
            List<Double> times = new ArrayList<>();
            Object result = null;
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                result = c.getValue().get();
                times.add((System.nanoTime() - t) / 1e6);
            }
            times.sort(Double::compare);
            String rows = result instanceof List<?> l ? String.valueOf(l.size()) : String.valueOf(result);
            report.append("| %s | %.1f | %.1f | %.1f | %s |%n".formatted(c.getKey(), times.get(RUNS / 2),
                    times.get((int) Math.ceil(RUNS * 0.95) - 1), times.getLast(), rows));
        }
        String header = "%d dispatches in the table (%d generated in %d s); %d runs per query after 3 warm-ups; "
                .formatted(total, generated, genSeconds, RUNS) + "embedded MariaDB 11.4 (4 GB buffer pool) on this machine (2 cores).\n\n";
        String explain = explain("SELECT d.id FROM dispatch d WHERE d.state = 'PUBLISHED' AND d.language = 'fr' "
                + "AND MATCH(d.headline, d.slugline) AGAINST ('+" + rare + "*' IN BOOLEAN MODE) ORDER BY d.updated_at DESC LIMIT 50")
                + explain("SELECT d.id FROM dispatch d WHERE d.state = 'PUBLISHED' AND d.language = 'fr' ORDER BY d.updated_at DESC LIMIT 50")
                + explain("SELECT d.id FROM dispatch d ORDER BY d.updated_at DESC, d.id DESC LIMIT 50");
        Path out = Path.of("target/benchmarks/dispatch-list.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, header + report + "\n" + explain);
        System.out.println("\n" + header + report + "\n" + explain);
    }

    String explain(String sql) {
        var rows = jdbc.sql("EXPLAIN " + sql).query().listOfRows();
        StringBuilder s = new StringBuilder("`" + sql + "`\n\n");
        for (var r : rows) {
            s.append("    type=").append(r.get("type")).append(" key=").append(r.get("key")).append(" rows=")
                    .append(r.get("rows")).append(" extra=").append(r.get("Extra")).append('\n');
        }
        return s.append('\n').toString();
    }
}
