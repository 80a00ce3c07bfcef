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
            "language", "d.language",
            // When it goes public: the later of schedule and embargo end; rows without either sort last.
            "goesOut", "COALESCE(GREATEST(d.scheduled_at, d.embargo_until), d.scheduled_at, d.embargo_until)");

    private final JdbcClient jdbc;

    DispatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DispatchRow> search(DispatchFilter filter, Pageable page) {
        List<Object[]> params = new ArrayList<>();
        String where = where(filter, params, commonWords(filter.text()));
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : page.getSort()) {
            String column = SORTS.get(o.getProperty());
            if (column != null) {
                order.append(order.isEmpty() ? " ORDER BY " : ", ");
                if (o.getProperty().equals("goesOut")) {
                    order.append(column).append(" IS NULL, ");
                }
                order.append(column).append(o.isAscending() ? " ASC" : " DESC");
            }
        }
        order.append(order.isEmpty() ? " ORDER BY d.updated_at DESC, d.id DESC" : ", d.id DESC");
        // No join here: with one, MariaDB may start from the accounts and sort a million rows.
        // The page's few author names are looked up afterwards.
        var spec = jdbc.sql(ROW_COLUMNS + " FROM dispatch d" + where + order + " LIMIT :limit OFFSET :offset");
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return withAuthorNames(spec.param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(DispatchQueries::row).list());
    }

    private static final String ROW_COLUMNS =
            "SELECT d.id, d.headline, d.slugline, d.state, d.language, d.section_code, d.urgency, d.created_by, d.updated_at,"
            + " d.scheduled_at, d.embargo_until";

    private static DispatchRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DispatchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                org.newsdesk.workflow.DispatchState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getLong(8), null, rs.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC),
                utc(rs.getTimestamp(10)), utc(rs.getTimestamp(11)));
    }

    private static java.time.Instant utc(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** The page's author names, with one small query. */
    private List<DispatchRow> withAuthorNames(List<DispatchRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(DispatchRow::authorId).distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, display_name FROM staff_account WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return rows.stream().map(r -> r.withAuthorName(names.getOrDefault(r.authorId(), "?"))).toList();
    }

    /** The dashboard's lists of one person's own dispatches (a change elsewhere leaves them as they are). */
    public DashboardData.Own dashboardOwn(long accountId, java.time.Instant now, int rows) {
        return new DashboardData.Own(
                section("d.state = 'DRAFT' AND d.created_by = :me", accountId, now, rows, "d.updated_at DESC"),
                section("d.state = 'RETURNED' AND d.created_by = :me", accountId, now, rows, "d.updated_at DESC"));
    }

    /** The dashboard's lists that are the same for everyone. */
    public DashboardData.Shared dashboardShared(java.time.Instant now, int rows) {
        return new DashboardData.Shared(
                section("d.state = 'SUBMITTED'", 0, now, rows, "d.urgency ASC, d.updated_at ASC"),
                section("(d.state = 'SCHEDULED' OR (d.embargo_until IS NOT NULL AND d.embargo_until > :now"
                        + " AND d.state NOT IN ('KILLED', 'SPIKED')))", 0, now, rows, "COALESCE(d.scheduled_at, d.embargo_until) ASC"),
                section("d.state = 'PUBLISHED'", 0, now, rows, "d.published_at DESC"));
    }

    /** Who created these dispatches: whose own dashboard lists a change to them can touch. */
    public java.util.Set<Long> authorsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT created_by FROM dispatch WHERE id IN (:ids)")
                .param("ids", ids).query(Long.class).list());
    }

    private DashboardData.Section section(String condition, long me, java.time.Instant now, int rows, String order) {
        var nowUtc = java.time.LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        long count = jdbc.sql("SELECT COUNT(*) FROM dispatch d WHERE " + condition)
                .param("me", me).param("now", nowUtc).query(Long.class).single();
        List<DispatchRow> list = withAuthorNames(jdbc.sql(ROW_COLUMNS + " FROM dispatch d WHERE " + condition
                        + " ORDER BY " + order + ", d.id DESC LIMIT :rows")
                .param("me", me).param("now", nowUtc).param("rows", rows)
                .query(DispatchQueries::row).list());
        return new DashboardData.Section(count, list);
    }

    public long count(DispatchFilter filter) {
        List<Object[]> params = new ArrayList<>();
        var spec = jdbc.sql("SELECT COUNT(*) FROM dispatch d" + where(filter, params, false));
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query(Long.class).single();
    }

    /** Above this many matching rows a word is common enough that scanning in list order is faster. */
    static final long COMMON_WORD_ROWS = 20_000;

    /**
     * Whether the words are so common that the FULLTEXT index would hand back tens of thousands of
     * rows to fetch and sort: then walking the list's own index in order and checking each row finds
     * a page of matches sooner. Counting FULLTEXT matches needs no row reads, so the check is cheap.
     */
    private boolean commonWords(String text) {
        String words = text == null ? null : fulltextQuery(text);
        if (words == null) {
            return false;
        }
        long matches = jdbc.sql("SELECT COUNT(*) FROM dispatch WHERE MATCH(headline, slugline) AGAINST (:w IN BOOLEAN MODE)")
                .param("w", words).query(Long.class).single();
        return matches > COMMON_WORD_ROWS;
    }

    private static String where(DispatchFilter f, List<Object[]> params, boolean scanInOrder) {
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
            String words = fulltextQuery(f.text(), f.language());
            if (words != null && scanInOrder) {
                // Common words: every word as a substring, checked row by row along the sort index.
                int i = 0;
                for (String term : words.split(" ")) {
                    String word = term.substring(1, term.length() - 1);
                    clauses.add("(d.headline LIKE :w" + i + " OR d.slugline LIKE :w" + i + ")");
                    params.add(new Object[] {"w" + i, "%" + escapeLike(word) + "%"});
                    i++;
                }
            } else if (words != null) {
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
        return fulltextQuery(text, null);
    }

    /**
     * As {@link #fulltextQuery(String)}, lower-casing by the rules of the dispatch language searched in
     * (Azerbaijani "İLHAM" → "ilham", not "i̇lham"); text with ı or İ is Azerbaijani or Turkish whatever the filter.
     */
    static String fulltextQuery(String text, String language) {
        java.util.Locale locale = text.indexOf('ı') >= 0 || text.indexOf('İ') >= 0
                ? java.util.Locale.forLanguageTag("az") : org.newsdesk.base.i18n.LocaleText.locale(language);
        List<String> terms = new ArrayList<>();
        for (String word : org.newsdesk.base.i18n.LocaleText.lower(text, locale).split("[^\\p{L}\\p{N}]+")) {
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
