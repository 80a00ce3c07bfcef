package org.newsdesk.publication;

import org.newsdesk.section.Sections;
import org.newsdesk.text.Datelines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What machines get — feeds, sitemaps and the ninjs API — over the projected tables only, like
 * {@link PublishedDispatches}. The public view is what readers see ({@link Visibility#PUBLIC}); the
 * partner view adds dispatches under embargo and killed ones (with their notice, never their text).
 */
@Service
public class SyndicatedDispatches {

    /** Who is asking: the public sees usable items only; authenticated partners also withheld and canceled ones. */
    public enum Audience { PUBLIC, PARTNER }

    /** A list request of the ninjs API; null filters mean "any". */
    public record Query(String language, String section, Instant since, int offset, int limit, Audience audience) {
    }

    /** Published rows and killed rows in one shape; {@code listed_at} is when the item last changed for its readers. */
    private static final String PUBLISHED_ROWS = """
            SELECT p.dispatch_id, p.language, p.slug, p.revision_no, p.headline, p.slugline, p.dateline_place,
                   p.dateline_date, p.byline, p.lead, p.body, p.section_code, p.keywords, p.urgency, p.correction_note,
                   FALSE AS killed, p.first_published_at, p.published_at, p.published_at AS changed_at, p.embargo_until,
                   NULL AS notice, p.translation_set,
                   CASE WHEN p.embargo_until > p.published_at AND p.embargo_until <= :now THEN p.embargo_until
                        ELSE p.published_at END AS listed_at
            FROM published_dispatch p""";
    private static final String KILLED_ROWS = """
            SELECT k.dispatch_id, k.language, k.slug, k.revision_no, k.headline, k.slugline, k.dateline_place,
                   k.dateline_date, k.byline, NULL, NULL, k.section_code, k.keywords, k.urgency, NULL,
                   TRUE, k.first_published_at, k.published_at, k.killed_at, k.embargo_until,
                   k.notice, k.translation_set, k.killed_at
            FROM killed_dispatch k""";
    private static final String ARTICLE_LINK = "SELECT p.dispatch_id, p.language, p.slug, p.headline, p.first_published_at, "
            + "p.published_at FROM published_dispatch p WHERE " + Visibility.PUBLIC;

    private final JdbcClient jdbc;
    private final Datelines datelines;
    private final Sections sections;
    private final Clock clock;

    SyndicatedDispatches(JdbcClient jdbc, Datelines datelines, Sections sections, Clock clock) {
        this.jdbc = jdbc;
        this.datelines = datelines;
        this.sections = sections;
        this.clock = clock;
    }

    /** The latest publicly visible items of an edition (or of one of its sections when section is not null), newest first. */
    public List<SyndicatedDispatch> latest(String language, String section, int limit) {
        String sql = PUBLISHED_ROWS + " WHERE " + Visibility.PUBLIC + " AND p.language = :language"
                + (section == null ? "" : " AND p.section_code = :section")
                + " ORDER BY p.first_published_at DESC, p.dispatch_id DESC LIMIT :limit";
        var spec = jdbc.sql(sql).param("now", now()).param("language", language).param("limit", limit);
        if (section != null) {
            spec = spec.param("section", section);
        }
        return map(spec);
    }

    /** One item as the audience may see it; empty if it does not exist for them. */
    public Optional<SyndicatedDispatch> find(long id, Audience audience) {
        String sql = audience == Audience.PARTNER
                ? "SELECT * FROM (" + PUBLISHED_ROWS + " WHERE p.dispatch_id = :id UNION ALL " + KILLED_ROWS
                  + " WHERE k.dispatch_id = :id) x"
                : PUBLISHED_ROWS + " WHERE " + Visibility.PUBLIC + " AND p.dispatch_id = :id";
        return map(jdbc.sql(sql).param("now", now()).param("id", id)).stream().findFirst();
    }

    /** A page of the API's list: most recently changed first ({@code listed_at}). */
    public List<SyndicatedDispatch> list(Query q) {
        StringBuilder filter = new StringBuilder(" WHERE 1 = 1");
        if (q.language() != null) {
            filter.append(" AND x.language = :language");
        }
        if (q.section() != null) {
            filter.append(" AND x.section_code = :section");
        }
        if (q.since() != null) {
            filter.append(" AND x.listed_at >= :since");
        }
        String rows = q.audience() == Audience.PARTNER ? PUBLISHED_ROWS + " UNION ALL " + KILLED_ROWS
                : PUBLISHED_ROWS + " WHERE " + Visibility.PUBLIC;
        var spec = jdbc.sql("SELECT * FROM (" + rows + ") x" + filter + " ORDER BY x.listed_at DESC, x.dispatch_id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("now", now()).param("limit", q.limit()).param("offset", q.offset());
        if (q.language() != null) {
            spec = spec.param("language", q.language());
        }
        if (q.section() != null) {
            spec = spec.param("section", q.section());
        }
        if (q.since() != null) {
            spec = spec.param("since", Rows.utc(q.since()));
        }
        return map(spec);
    }

    /** How many articles readers can open now (for the sitemap index). */
    public long publicArticleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM published_dispatch p WHERE " + Visibility.PUBLIC)
                .param("now", now()).query(Long.class).single();
    }

    /**
     * For each page of {@code pageSize} public articles (oldest first, as {@link #articles} pages
     * them), the latest (re)publication on it: the sitemap index's {@code lastmod}. Empty when nothing
     * is public.
     */
    public List<Instant> articlePagesLastModified(int pageSize) {
        return jdbc.sql("""
                        SELECT page, MAX(published_at) AS last_modified FROM (
                            SELECT FLOOR((ROW_NUMBER() OVER (ORDER BY p.first_published_at, p.dispatch_id) - 1) / :size) AS page,
                                   p.published_at
                            FROM published_dispatch p WHERE\s""" + Visibility.PUBLIC + """
                        ) pages GROUP BY page ORDER BY page""")
                .param("now", now()).param("size", pageSize)
                .query((rs, n) -> Rows.utc(rs.getTimestamp("last_modified"))).list();
    }

    /**
     * Public articles oldest first, so that a page of the sitemap keeps its content while new
     * articles go to the last page.
     */
    public List<ArticleLink> articles(long offset, int limit) {
        return jdbc.sql(ARTICLE_LINK + " ORDER BY p.first_published_at, p.dispatch_id LIMIT :limit OFFSET :offset")
                .param("now", now()).param("limit", limit).param("offset", offset)
                .query(SyndicatedDispatches::link).list();
    }

    /** Public articles first published at or after {@code since}, newest first (the Google News sitemap). */
    public List<ArticleLink> articlesFirstPublishedSince(Instant since, int limit) {
        return jdbc.sql(ARTICLE_LINK + " AND p.first_published_at >= :since"
                        + " ORDER BY p.first_published_at DESC, p.dispatch_id DESC LIMIT :limit")
                .param("now", now()).param("since", Rows.utc(since)).param("limit", limit)
                .query(SyndicatedDispatches::link).list();
    }

    /**
     * The latest instant at which a public article left a window of the given length ending now: the
     * Google News sitemap changes then although nothing was published. Null when none has.
     */
    public Instant lastLeftWindow(java.time.Duration window) {
        Instant now = clock.instant();
        Instant latest = jdbc.sql("SELECT MAX(p.first_published_at) FROM published_dispatch p WHERE " + Visibility.PUBLIC
                        + " AND p.first_published_at < :start")
                .param("now", now()).param("start", Rows.utc(now.minus(window)))
                .query((rs, n) -> Rows.utc(rs.getTimestamp(1))).single();
        return latest == null ? null : latest.plus(window);
    }

    private java.time.LocalDateTime now() {
        return Rows.utc(clock.instant());
    }

    private List<SyndicatedDispatch> map(JdbcClient.StatementSpec spec) {
        // Section names: one query per language in the result, the one rule of Sections.
        Map<String, Map<String, String>> labels = new HashMap<>();
        return spec.query((rs, n) -> map(rs, labels)).list();
    }

    private SyndicatedDispatch map(ResultSet rs, Map<String, Map<String, String>> labels) throws SQLException {
        String language = rs.getString("language");
        String place = rs.getString("dateline_place");
        LocalDate datelineDate = rs.getObject("dateline_date", LocalDate.class);
        String section = rs.getString("section_code");
        String sectionLabel = section == null ? null
                : labels.computeIfAbsent(language, sections::labels).getOrDefault(section, section);
        return new SyndicatedDispatch(rs.getLong("dispatch_id"), language, rs.getString("slug"), rs.getInt("revision_no"),
                rs.getString("headline"), rs.getString("slugline"), place, datelineDate,
                datelines.print(place, datelineDate, language), rs.getString("byline"), rs.getString("lead"),
                rs.getString("body"), section, sectionLabel, rs.getString("keywords"), rs.getInt("urgency"),
                rs.getString("correction_note"), rs.getBoolean("killed"),
                Rows.utc(rs.getTimestamp("first_published_at")), Rows.utc(rs.getTimestamp("published_at")),
                Rows.utc(rs.getTimestamp("changed_at")), Rows.utc(rs.getTimestamp("embargo_until")),
                rs.getString("notice"), (Long) rs.getObject("translation_set", Long.class));
    }

    private static ArticleLink link(ResultSet rs, int row) throws SQLException {
        return new ArticleLink(rs.getLong("dispatch_id"), rs.getString("language"), rs.getString("slug"), rs.getString("headline"),
                Rows.utc(rs.getTimestamp("first_published_at")), Rows.utc(rs.getTimestamp("published_at")));
    }
}
