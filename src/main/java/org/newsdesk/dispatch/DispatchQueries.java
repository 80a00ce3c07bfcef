package org.newsdesk.dispatch;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The newsroom's dispatch list: filtered, sorted and paged in the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DispatchQueries {

    /** Sortable columns: UI property → SQL column (never user text in SQL). */
    private static final Map<String, String> SORTS = Map.of(
            "updatedAt", "d.updated_at", "headline", "d.headline", "urgency", "d.urgency", "state", "d.state",
            "language", "d.language");

    private final JdbcClient jdbc;

    DispatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DispatchRow> search(DispatchFilter filter, Pageable page) {
        List<Object[]> params = new ArrayList<>();
        String where = where(filter, params);
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : page.getSort()) {
            String column = SORTS.get(o.getProperty());
            if (column != null) {
                order.append(order.isEmpty() ? " ORDER BY " : ", ").append(column).append(o.isAscending() ? " ASC" : " DESC");
            }
        }
        order.append(order.isEmpty() ? " ORDER BY d.updated_at DESC, d.id DESC" : ", d.id DESC");
        var spec = jdbc.sql("""
                SELECT d.id, d.headline, d.slugline, d.state, d.language, d.section_code, d.urgency, a.display_name, d.updated_at
                FROM dispatch d JOIN staff_account a ON a.id = d.created_by""" + where + order + " LIMIT :limit OFFSET :offset");
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new DispatchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        org.newsdesk.workflow.DispatchState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                .list();
    }

    /** The dashboard's five lists for the current viewer. */
    public DashboardData dashboard(long accountId, java.time.Instant now, int rows) {
        return new DashboardData(
                section("d.state = 'DRAFT' AND d.created_by = :me", accountId, now, rows, "d.updated_at DESC"),
                section("d.state = 'RETURNED' AND d.created_by = :me", accountId, now, rows, "d.updated_at DESC"),
                section("d.state = 'SUBMITTED'", accountId, now, rows, "d.urgency ASC, d.updated_at ASC"),
                section("(d.state = 'SCHEDULED' OR (d.embargo_until IS NOT NULL AND d.embargo_until > :now"
                        + " AND d.state NOT IN ('KILLED', 'SPIKED')))", accountId, now, rows, "COALESCE(d.scheduled_at, d.embargo_until) ASC"),
                section("d.state = 'PUBLISHED'", accountId, now, rows, "d.published_at DESC"));
    }

    private DashboardData.Section section(String condition, long me, java.time.Instant now, int rows, String order) {
        var nowUtc = java.time.LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        long count = jdbc.sql("SELECT COUNT(*) FROM dispatch d WHERE " + condition)
                .param("me", me).param("now", nowUtc).query(Long.class).single();
        List<DispatchRow> list = jdbc.sql("""
                        SELECT d.id, d.headline, d.slugline, d.state, d.language, d.section_code, d.urgency, a.display_name, d.updated_at
                        FROM dispatch d JOIN staff_account a ON a.id = d.created_by WHERE """ + " " + condition
                        + " ORDER BY " + order + ", d.id DESC LIMIT :rows")
                .param("me", me).param("now", nowUtc).param("rows", rows)
                .query((rs, n) -> new DispatchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        org.newsdesk.workflow.DispatchState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                .list();
        return new DashboardData.Section(count, list);
    }

    public long count(DispatchFilter filter) {
        List<Object[]> params = new ArrayList<>();
        var spec = jdbc.sql("SELECT COUNT(*) FROM dispatch d" + where(filter, params));
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query(Long.class).single();
    }

    private static String where(DispatchFilter f, List<Object[]> params) {
        List<String> clauses = new ArrayList<>();
        if (f.state() != null) {
            clauses.add("d.state = :state");
            params.add(new Object[] {"state", f.state().name()});
        }
        if (f.language() != null && !f.language().isBlank()) {
            clauses.add("d.language = :language");
            params.add(new Object[] {"language", f.language()});
        }
        if (f.sectionCode() != null && !f.sectionCode().isBlank()) {
            clauses.add("d.section_code = :section");
            params.add(new Object[] {"section", f.sectionCode()});
        }
        if (f.authorId() != null) {
            clauses.add("d.created_by = :author");
            params.add(new Object[] {"author", f.authorId()});
        }
        if (f.urgency() != null) {
            clauses.add("d.urgency = :urgency");
            params.add(new Object[] {"urgency", f.urgency()});
        }
        if (f.text() != null && !f.text().isBlank()) {
            String words = fulltextQuery(f.text());
            if (words != null) {
                // Every word, as a word prefix, through the FULLTEXT index: fast on millions of rows.
                clauses.add("MATCH(d.headline, d.slugline) AGAINST (:words IN BOOLEAN MODE)");
                params.add(new Object[] {"words", words});
            } else {
                // Only short words or stopwords: a plain substring match (slower, rare).
                clauses.add("(d.headline LIKE :text OR d.slugline LIKE :text)");
                params.add(new Object[] {"text", "%" + escapeLike(f.text().strip()) + "%"});
            }
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** InnoDB's default FULLTEXT stopwords: a required stopword would match nothing. */
    private static final java.util.Set<String> STOPWORDS = java.util.Set.of("a", "about", "an", "are", "as", "at", "be",
            "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the",
            "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /**
     * "+word1* +word2*" from what the user typed: letters and digits only (no operator survives),
     * words shorter than InnoDB's 3-character minimum and stopwords left out; null if none remain.
     */
    static String fulltextQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= 3 && !STOPWORDS.contains(word) && terms.size() < 10) {
                terms.add("+" + word + "*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    /** LIKE wildcards in what the user typed are literal characters. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
