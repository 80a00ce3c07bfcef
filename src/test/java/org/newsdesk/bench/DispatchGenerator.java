package org.newsdesk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the dispatch table with realistic rows, server-side (MariaDB's SEQUENCE engine), in chunks:
 * four languages, the workflow's states in newsroom proportions (mostly published), urgency mostly
 * normal, headlines of 8–10 words from a vocabulary of 8,000 made-up words plus common place
 * names, bodies of 4–6 paragraphs (1.5–3 KB), three years of timestamps.
 */
final class DispatchGenerator {

    static final String[] SYLLABLES = {"ba", "ko", "ri", "ta", "me", "su", "la", "vi", "no", "de",
            "sha", "gu", "ze", "lo", "ny", "pa", "ki", "ro", "ma", "te"};
    static final int CHUNK = 50_000;

    private DispatchGenerator() {
    }

    /** The made-up word number n (0–7999), as the SQL below spells it. */
    static String word(int n) {
        return SYLLABLES[n % 20] + SYLLABLES[(n / 20) % 20] + SYLLABLES[(n / 400) % 20];
    }

    private static String wordSql(String seed) {
        String list = String.join("','", SYLLABLES);
        return "CONCAT(ELT(1 + (%1$s %% 20), '%2$s'), ELT(1 + ((%1$s DIV 20) %% 20), '%2$s'), ELT(1 + ((%1$s DIV 400) %% 20), '%2$s'))"
                .formatted(seed, list);
    }

    /** Adds rows until the table holds {@code target} dispatches; returns how many it added. */
    static int fill(JdbcClient jdbc, int target) {
        long have = jdbc.sql("SELECT COUNT(*) FROM dispatch").query(Long.class).single();
        long author = jdbc.sql("SELECT MIN(id) FROM staff_account").query(Long.class).single();
        int added = 0;
        while (have + added < target) {
            int n = (int) Math.min(CHUNK, target - have - added);
            long offset = have + added;
            // Word seeds differ per position so that headlines vary.
            String headline = "CONCAT_WS(' ', %s, %s, IF(s.seq %% 7 = 0, ELT(1 + (s.seq %% 4), 'Bakou', 'Baku', 'Bakı', 'Баку'), %s), %s, %s, %s, %s, %s)"
                    .formatted(wordSql("((s.seq * 7919 + @o) % 8000)"), wordSql("((s.seq * 104729 + @o) % 8000)"),
                            wordSql("((s.seq * 1299709 + @o) % 8000)"), wordSql("((s.seq * 15485863 + @o) % 8000)"),
                            wordSql("((s.seq * 32452843 + @o) % 8000)"), wordSql("((s.seq * 49979687 + @o) % 8000)"),
                            wordSql("((s.seq * 67867967 + @o) % 8000)"), wordSql("((s.seq * 86028121 + @o) % 8000)"));
            String paragraph = "REPEAT(CONCAT(%s, ' ', %s, ' ', %s, ' ', %s, ' ', %s, '. '), 8)";
            String body = "CONCAT_WS('\\n\\n', " + String.join(", ", java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> paragraph.formatted(wordSql("((s.seq * " + (31 + i) + ") % 8000)"),
                            wordSql("((s.seq * " + (37 + i) + ") % 8000)"), wordSql("((s.seq * " + (41 + i) + ") % 8000)"),
                            wordSql("((s.seq * " + (43 + i) + ") % 8000)"), wordSql("((s.seq * " + (47 + i) + ") % 8000)")))
                    .toList()) + ")";
            jdbc.sql("SET @o = " + offset).update();
            jdbc.sql("""
                    INSERT INTO dispatch (language, slug, headline, slugline, dateline_place, dateline_date, byline, lead, body,
                        section_code, keywords, urgency, state, created_by, created_at, updated_at, published_at,
                        first_published_at, latest_revision, published_revision, version)
                    SELECT ELT(1 + (s.seq %% 4), 'az', 'ru', 'en', 'fr'),
                           CONCAT('bench-', @o + s.seq),
                           LEFT(%s, 200),
                           CONCAT('BENCH-', @o + s.seq),
                           'Bakou', CURRENT_DATE, NULL, NULL,
                           %s,
                           ELT(1 + (s.seq %% 6), 'politics', 'economy', 'society', 'culture', 'sports', 'world'),
                           NULL,
                           CASE WHEN s.seq %% 50 = 0 THEN 1 WHEN s.seq %% 10 = 0 THEN 3 WHEN s.seq %% 7 = 0 THEN 8 ELSE 5 END,
                           CASE WHEN (s.seq * 37) %% 100 < 72 THEN 'PUBLISHED' WHEN (s.seq * 37) %% 100 < 82 THEN 'DRAFT'
                                WHEN (s.seq * 37) %% 100 < 89 THEN 'SUBMITTED' WHEN (s.seq * 37) %% 100 < 92 THEN 'RETURNED'
                                WHEN (s.seq * 37) %% 100 < 94 THEN 'SCHEDULED' WHEN (s.seq * 37) %% 100 < 98 THEN 'SPIKED'
                                ELSE 'KILLED' END,
                           %d,
                           NOW(6) - INTERVAL ((@o + s.seq) * 97 %% 1576800) MINUTE,
                           NOW(6) - INTERVAL ((@o + s.seq) * 97 %% 1576800) MINUTE,
                           NOW(6) - INTERVAL ((@o + s.seq) * 97 %% 1576800) MINUTE,
                           NOW(6) - INTERVAL ((@o + s.seq) * 97 %% 1576800) MINUTE,
                           1, 1, 0
                    FROM seq_1_to_%d s""".formatted(headline, body, author, n)).update();
            added += n;
            System.out.printf("generated %,d / %,d%n", have + added, target);
        }
        return added;
    }

    /** Readers' rows: a revision and a public row for every generated published dispatch; then a new publication version. */
    static void publishGenerated(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO dispatch_revision (dispatch_id, revision_no, headline, slug, slugline, dateline_place, dateline_date,
                       byline, lead, body, section_code, keywords, urgency, created_by, created_at)
                SELECT d.id, 1, d.headline, d.slug, d.slugline, d.dateline_place, d.dateline_date, d.byline, d.lead, d.body,
                       d.section_code, d.keywords, d.urgency, d.created_by, d.created_at
                FROM dispatch d LEFT JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = 1
                WHERE d.slug LIKE 'bench-%' AND r.dispatch_id IS NULL""").update();
        jdbc.sql("""
                INSERT INTO published_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at,
                       embargo_until, urgency, section_code, headline, slugline, dateline_place, dateline_date, byline, lead, body, keywords)
                SELECT d.id, d.language, d.slug, 1, d.first_published_at, d.published_at, NULL, r.urgency, r.section_code,
                       r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline, r.lead, r.body, r.keywords
                FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = 1
                LEFT JOIN published_dispatch p ON p.dispatch_id = d.id
                WHERE d.state = 'PUBLISHED' AND d.slug LIKE 'bench-%' AND p.dispatch_id IS NULL""").update();
        jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1").update();
    }
}
