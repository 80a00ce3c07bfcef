package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Read side for readers: only published dispatches, newest first. */
@Service
@Transactional(readOnly = true)
public class PublishedDispatches {

    private static final String COLUMNS = """
            id, language, slug, headline, dateline_place, dateline_date, byline, lead, body, section_code,
            keywords, published_at, updated_at""";

    private final JdbcClient jdbc;
    private final AgencyProperties agency;

    PublishedDispatches(JdbcClient jdbc, AgencyProperties agency) {
        this.jdbc = jdbc;
        this.agency = agency;
    }

    public List<PublishedDispatch> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE state = :state ORDER BY published_at DESC, id DESC LIMIT :limit")
                .param("state", DispatchState.PUBLISHED.name())
                .param("limit", limit)
                .query(this::map).list();
    }

    public List<PublishedDispatch> latestInEdition(String language, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE state = :state AND language = :language "
                        + "ORDER BY published_at DESC, id DESC LIMIT :limit")
                .param("state", DispatchState.PUBLISHED.name())
                .param("language", language)
                .param("limit", limit)
                .query(this::map).list();
    }

    public List<PublishedDispatch> latestInSection(String language, String section, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE state = :state AND language = :language "
                        + "AND section_code = :section ORDER BY published_at DESC, id DESC LIMIT :limit")
                .param("state", DispatchState.PUBLISHED.name())
                .param("language", language)
                .param("section", section)
                .param("limit", limit)
                .query(this::map).list();
    }

    /** The article at /{lang}/{yyyy}/{mm}/{dd}/{slug}, if it is published on that (UTC) day. */
    public Optional<PublishedDispatch> find(String language, LocalDate day, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE state = :state AND language = :language "
                        + "AND slug = :slug AND published_at >= :from AND published_at < :to")
                .param("state", DispatchState.PUBLISHED.name())
                .param("language", language)
                .param("slug", slug)
                .param("from", day.atStartOfDay())
                .param("to", day.plusDays(1).atStartOfDay())
                .query(this::map).optional();
    }

    /** Languages that have published content, for the edition navigation. */
    public List<String> editions() {
        return jdbc.sql("SELECT DISTINCT language FROM dispatch WHERE state = :state ORDER BY language")
                .param("state", DispatchState.PUBLISHED.name())
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
