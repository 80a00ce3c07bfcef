package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Read side for machines: feeds, sitemaps and the ninjs API. Like {@link PublishedDispatches} it only
 * ever reads the published revision. The public view is what readers see (published, no running
 * embargo); the partner view adds dispatches under embargo and killed ones (with their notice).
 */
@Service
@Transactional(readOnly = true)
public class SyndicatedDispatches {

    /** Who is asking: the public sees usable items only; authenticated partners also withheld and canceled ones. */
    public enum Audience { PUBLIC, PARTNER }

    /** A list request of the ninjs API; null filters mean "any". */
    public record Query(String language, String section, Instant since, int offset, int limit, Audience audience) {
    }

    private static final String PUBLIC_FILTER =
            "d.state = 'PUBLISHED' AND (d.embargo_until IS NULL OR d.embargo_until <= :now)";
    private static final String PARTNER_FILTER =
            "(d.state = 'PUBLISHED' OR (d.state = 'KILLED' AND d.published_revision IS NOT NULL))";

    /**
     * When the item last changed for its readers: the kill, the end of an embargo that outlasted the
     * publication, or else the latest (re)publication. The API's {@code since} and its order use it.
     */
    private static final String LISTED_AT = """
            (CASE WHEN d.state = 'KILLED' THEN d.updated_at
                  WHEN d.embargo_until IS NOT NULL AND d.embargo_until > d.published_at AND d.embargo_until <= :now
                       THEN d.embargo_until
                  ELSE d.published_at END)""";

    private static final String SELECT = """
            SELECT d.id, d.language, d.state, d.published_revision, d.first_published_at, d.published_at, d.updated_at,
                   d.embargo_until, d.kill_notice,
                   r.slug, r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline, r.lead, r.body,
                   r.section_code, COALESCE(l.label, p.label, en.label, r.section_code) AS section_label, r.keywords, r.urgency,
                   r.correction_note
            FROM dispatch d
            JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
            LEFT JOIN section_label l ON l.section_code = r.section_code AND l.language = d.language
            LEFT JOIN section_label p ON p.section_code = r.section_code AND p.language = SUBSTRING_INDEX(d.language, '-', 1)
            LEFT JOIN section_label en ON en.section_code = r.section_code AND en.language = 'en'
            WHERE\s""";

    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final Clock clock;

    SyndicatedDispatches(JdbcClient jdbc, AgencyProperties agency, Clock clock) {
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
    }

    /** The latest publicly visible items of an edition (or of one of its sections when section is not null), newest first. */
    public List<SyndicatedDispatch> latest(String language, String section, int limit) {
        String sql = SELECT + PUBLIC_FILTER + " AND d.language = :language"
                + (section == null ? "" : " AND r.section_code = :section")
                + " ORDER BY d.first_published_at DESC, d.id DESC LIMIT :limit";
        var spec = jdbc.sql(sql).param("now", utc(clock.instant())).param("language", language).param("limit", limit);
        if (section != null) {
            spec = spec.param("section", section);
        }
        return spec.query(this::map).list();
    }

    /** One item as the audience may see it; empty if it does not exist for them. */
    public Optional<SyndicatedDispatch> find(long id, Audience audience) {
        return jdbc.sql(SELECT + filter(audience) + " AND d.id = :id")
                .param("now", utc(clock.instant())).param("id", id)
                .query(this::map).optional();
    }

    /** A page of the API's list: most recently changed first (see {@link #LISTED_AT}). */
    public List<SyndicatedDispatch> list(Query q) {
        StringBuilder sql = new StringBuilder(SELECT).append(filter(q.audience()));
        if (q.language() != null) {
            sql.append(" AND d.language = :language");
        }
        if (q.section() != null) {
            sql.append(" AND r.section_code = :section");
        }
        if (q.since() != null) {
            sql.append(" AND ").append(LISTED_AT).append(" >= :since");
        }
        sql.append(" ORDER BY ").append(LISTED_AT).append(" DESC, d.id DESC LIMIT :limit OFFSET :offset");
        var spec = jdbc.sql(sql.toString()).param("now", utc(clock.instant()))
                .param("limit", q.limit()).param("offset", q.offset());
        if (q.language() != null) {
            spec = spec.param("language", q.language());
        }
        if (q.section() != null) {
            spec = spec.param("section", q.section());
        }
        if (q.since() != null) {
            spec = spec.param("since", utc(q.since()));
        }
        return spec.query(this::map).list();
    }

    /** How many articles readers can open now (for the sitemap index). */
    public long publicArticleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch d WHERE " + PUBLIC_FILTER)
                .param("now", utc(clock.instant())).query(Long.class).single();
    }

    /**
     * For each page of {@code pageSize} public articles (oldest first, as {@link #articles} pages
     * them), the latest (re)publication on it: the sitemap index's {@code lastmod}. Empty when nothing
     * is public.
     */
    public List<Instant> articlePagesLastModified(int pageSize) {
        return jdbc.sql("""
                        SELECT page, MAX(published_at) AS last_modified FROM (
                            SELECT FLOOR((ROW_NUMBER() OVER (ORDER BY d.first_published_at, d.id) - 1) / :size) AS page,
                                   d.published_at
                            FROM dispatch d WHERE\s""" + PUBLIC_FILTER + """
                        ) pages GROUP BY page ORDER BY page""")
                .param("now", utc(clock.instant())).param("size", pageSize)
                .query((rs, n) -> instant(rs.getTimestamp("last_modified"))).list();
    }

    /**
     * Public articles oldest first, so that a page of the sitemap keeps its content while new
     * articles go to the last page.
     */
    public List<ArticleLink> articles(long offset, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.language, r.slug, r.headline, d.first_published_at, d.published_at
                        FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        WHERE\s""" + PUBLIC_FILTER + " ORDER BY d.first_published_at, d.id LIMIT :limit OFFSET :offset")
                .param("now", utc(clock.instant())).param("limit", limit).param("offset", offset)
                .query(SyndicatedDispatches::link).list();
    }

    /** Public articles first published at or after {@code since}, newest first (the Google News sitemap). */
    public List<ArticleLink> articlesFirstPublishedSince(Instant since, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.language, r.slug, r.headline, d.first_published_at, d.published_at
                        FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        WHERE\s""" + PUBLIC_FILTER + """
                         AND d.first_published_at >= :since ORDER BY d.first_published_at DESC, d.id DESC LIMIT :limit""")
                .param("now", utc(clock.instant())).param("since", utc(since)).param("limit", limit)
                .query(SyndicatedDispatches::link).list();
    }

    /**
     * The latest instant at which any machine output may have changed: the latest change to any
     * dispatch, or the latest embargo that has ended. Any publication, correction, kill or embargo
     * end moves it forward, so a Last-Modified derived from it is never older than the content.
     */
    public Instant lastChange() {
        Instant now = clock.instant();
        var row = jdbc.sql("SELECT MAX(updated_at), (SELECT MAX(embargo_until) FROM dispatch WHERE embargo_until <= :now) FROM dispatch")
                .param("now", utc(now))
                .query((rs, n) -> new Instant[] {instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))}).single();
        Instant latest = Instant.EPOCH;
        for (Instant i : row) {
            if (i != null && i.isAfter(latest)) {
                latest = i;
            }
        }
        return latest;
    }

    /** An edition exists once something in its language has been published (it may be empty now). */
    public boolean isEdition(String language) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dispatch WHERE language = :language AND first_published_at IS NOT NULL)")
                .param("language", language).query(Boolean.class).single();
    }

    /** The section's name in the language (else in its primary language, e.g. fr for fr-CA; else English; else the code); empty if there is no such active section. */
    public Optional<String> sectionLabel(String section, String language) {
        return jdbc.sql("""
                        SELECT COALESCE(l.label, p.label, en.label, s.code) FROM section s
                        LEFT JOIN section_label l ON l.section_code = s.code AND l.language = :language
                        LEFT JOIN section_label p ON p.section_code = s.code AND p.language = SUBSTRING_INDEX(:language, '-', 1)
                        LEFT JOIN section_label en ON en.section_code = s.code AND en.language = 'en'
                        WHERE s.code = :section AND s.active""")
                .param("section", section).param("language", language).query(String.class).optional();
    }

    private static String filter(Audience audience) {
        return audience == Audience.PARTNER ? PARTNER_FILTER : PUBLIC_FILTER;
    }

    private SyndicatedDispatch map(ResultSet rs, int row) throws SQLException {
        String language = rs.getString("language");
        String place = rs.getString("dateline_place");
        LocalDate datelineDate = rs.getObject("dateline_date", LocalDate.class);
        String dateline = place == null ? agency.nameFor(language)
                : DatelineFormatter.format(new Dateline(place, datelineDate), language, agency.nameFor(language));
        return new SyndicatedDispatch(rs.getLong("id"), language, rs.getString("slug"), rs.getInt("published_revision"),
                rs.getString("headline"), rs.getString("slugline"), place, datelineDate, dateline,
                rs.getString("byline"), rs.getString("lead"), rs.getString("body"), rs.getString("section_code"),
                rs.getString("section_label"), rs.getString("keywords"), rs.getInt("urgency"),
                rs.getString("correction_note"), DispatchState.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("first_published_at")), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("embargo_until")),
                rs.getString("kill_notice"));
    }

    private static ArticleLink link(ResultSet rs, int row) throws SQLException {
        return new ArticleLink(rs.getLong("id"), rs.getString("language"), rs.getString("slug"), rs.getString("headline"),
                instant(rs.getTimestamp("first_published_at")), instant(rs.getTimestamp("published_at")));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC); read them back the same way. */
    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
