package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Read side for readers: only published dispatches, newest first. */
@Service
@Transactional(readOnly = true)
public class PublishedDispatches {

    /**
     * Readers see the published revision, never the working copy, and nothing under a running
     * embargo. The URL date is the first publication; "updated" is the latest (re)publication.
     */
    private static final String FROM = """
            SELECT d.id, d.language, r.slug, r.headline, r.dateline_place, r.dateline_date, r.byline, r.lead, r.body,
                   r.section_code, r.keywords, d.first_published_at AS published_at, d.published_at AS updated_at
            FROM dispatch d
            JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
            WHERE d.state = :state AND (d.embargo_until IS NULL OR d.embargo_until <= :now)""";
    private static final String NEWEST_FIRST = " ORDER BY d.first_published_at DESC, d.id DESC LIMIT :limit";

    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final Clock clock;

    PublishedDispatches(JdbcClient jdbc, AgencyProperties agency, Clock clock) {
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
    }

    private JdbcClient.StatementSpec published(String sqlAfterWhere) {
        return jdbc.sql(FROM + sqlAfterWhere)
                .param("state", DispatchState.PUBLISHED.name())
                .param("now", java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public List<PublishedDispatch> latest(int limit) {
        return published(NEWEST_FIRST).param("limit", limit).query(this::map).list();
    }

    public List<PublishedDispatch> latestInEdition(String language, int limit) {
        return published(" AND d.language = :language" + NEWEST_FIRST)
                .param("language", language).param("limit", limit).query(this::map).list();
    }

    public List<PublishedDispatch> latestInSection(String language, String section, int limit) {
        return published(" AND d.language = :language AND r.section_code = :section" + NEWEST_FIRST)
                .param("language", language).param("section", section).param("limit", limit).query(this::map).list();
    }

    /** The article at /{lang}/{yyyy}/{mm}/{dd}/{slug}: first published on that (UTC) day. */
    public Optional<PublishedDispatch> find(String language, LocalDate day, String slug) {
        return published(" AND d.language = :language AND d.slug = :slug AND d.first_published_at >= :from AND d.first_published_at < :to")
                .param("language", language).param("slug", slug)
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query(this::map).optional();
    }

    /** Languages that have published content, for the edition navigation. */
    public List<String> editions() {
        return jdbc.sql("SELECT DISTINCT language FROM dispatch WHERE state = :state "
                        + "AND (embargo_until IS NULL OR embargo_until <= :now) ORDER BY language")
                .param("state", DispatchState.PUBLISHED.name())
                .param("now", java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(String.class).list();
    }

    /** Active sections named in the given language (English where no label exists). */
    public List<SectionLabel> sections(String language) {
        return jdbc.sql("""
                        SELECT s.code, COALESCE(l.label, en.label, s.code) AS label
                        FROM section s
                        LEFT JOIN section_label l ON l.section_code = s.code AND l.language = :language
                        LEFT JOIN section_label en ON en.section_code = s.code AND en.language = 'en'
                        WHERE s.active ORDER BY s.position, s.code""")
                .param("language", language)
                .query((rs, n) -> new SectionLabel(rs.getString("code"), rs.getString("label"))).list();
    }

    private PublishedDispatch map(ResultSet rs, int row) throws SQLException {
        String language = rs.getString("language");
        var datelineDate = rs.getObject("dateline_date", LocalDate.class);
        String place = rs.getString("dateline_place");
        String dateline = place == null ? agency.nameFor(language)
                : DatelineFormatter.format(new Dateline(place, datelineDate), language, agency.nameFor(language));
        return new PublishedDispatch(rs.getLong("id"), language, rs.getString("slug"), rs.getString("headline"),
                dateline, rs.getString("byline"), rs.getString("lead"), rs.getString("body"),
                rs.getString("section_code"), rs.getString("keywords"),
                utc(rs.getTimestamp("published_at")), utc(rs.getTimestamp("updated_at")));
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC); read them back the same way. */
    private static java.time.Instant utc(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
