package org.newsdesk.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the index is fed from: the public read model only ({@code published_dispatch}), and its change
 * feed — the projection marks every dispatch it changes in {@code published_scope_version} (scope
 * {@code article-<id>}) at the site counter of its transaction, and counters are handed out in commit
 * order, so "articles above the counter the index holds" names every change any node made since.
 */
@Component
class SearchFeed {

    static final String ARTICLE = "article-";

    /** A published row as the index needs it; embargoed rows are indexed too, with their embargo. */
    record Row(long id, String language, String headline, String text, Instant firstPublishedAt, Instant embargoUntil) {
    }

    /** The counter read in the same snapshot as the changes: the index holds everything up to it afterwards. */
    record Changes(long counter, List<Long> changed, List<Row> rows) {
    }

    private static final String ROW = """
            SELECT dispatch_id, language, headline, lead, body, first_published_at, embargo_until FROM published_dispatch""";

    private final JdbcClient jdbc;

    SearchFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long counter() {
        return jdbc.sql("SELECT version FROM site_version WHERE id = 1").query(Long.class).single();
    }

    /** One consistent snapshot: the counter, the dispatches changed after {@code held}, and their rows now. */
    @Transactional(readOnly = true)
    public Changes changesSince(long held) {
        long counter = counter();
        List<Long> changed = new ArrayList<>();
        jdbc.sql("SELECT scope FROM published_scope_version WHERE version > :held AND scope LIKE 'article-%'")
                .param("held", held)
                .query(rs -> {
                    changed.add(Long.parseLong(rs.getString(1).substring(ARTICLE.length())));
                });
        List<Row> rows = changed.isEmpty() ? List.of()
                : jdbc.sql(ROW + " WHERE dispatch_id IN (:ids)").param("ids", changed).query(this::row).list();
        return new Changes(counter, changed, rows);
    }

    /** Every published row with an id above {@code afterId}, up to {@code limit}, in id order (for a rebuild). */
    List<Row> after(long afterId, int limit) {
        return jdbc.sql(ROW + " WHERE dispatch_id > :after ORDER BY dispatch_id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(this::row).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String text = String.join("\n", nonNull(rs.getString("headline")), nonNull(rs.getString("lead")),
                nonNull(rs.getString("body")));
        return new Row(rs.getLong("dispatch_id"), rs.getString("language"), nonNull(rs.getString("headline")), text,
                utc(rs.getTimestamp("first_published_at")), utc(rs.getTimestamp("embargo_until")));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Instant utc(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
