package org.newsdesk.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Data for scripts/bench-readers.sh: migrates the database NEWSDESK_DB_URL names (demo content
 * included) and fills it up to {@code bench.published} published dispatches. Not a measurement itself.
 */
@SpringBootTest(properties = "logging.level.root=WARN")
@ActiveProfiles("test")
class ReaderDataBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Test
    void fill() {
        int target = Integer.getInteger("bench.published", 100_000);
        long published = jdbc.sql("SELECT COUNT(*) FROM published_dispatch").query(Long.class).single();
        if (published < target * 0.95) {
            // About 72 % of generated dispatches are published.
            DispatchGenerator.fill(jdbc, (int) (target / 0.72) + 1);
            DispatchGenerator.publishGenerated(jdbc);
            jdbc.sql("ANALYZE TABLE published_dispatch").query().listOfRows();
        }
        System.out.printf("published dispatches: %,d%n", jdbc.sql("SELECT COUNT(*) FROM published_dispatch").query(Long.class).single());
    }
}
