package org.newsdesk.dispatch;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read side for readers, over {@code published_dispatch} (published revisions only, kept in step by
 * {@link PublicationProjection}). Every query also hides what is under a running embargo: lifting
 * one needs no write, the clock alone makes it public.
 */
@Service
@Transactional(readOnly = true)
public class PublishedDispatches {

    private static final String COLUMNS = """
            SELECT p.dispatch_id, p.language, p.slug, p.headline, p.dateline_place, p.dateline_date, p.byline, p.lead, p.body,
                   p.section_code, p.keywords, p.urgency, p.revision_no, p.first_published_at, p.published_at
            FROM published_dispatch p""";
    private static final String VISIBLE = " (p.embargo_until IS NULL OR p.embargo_until <= :now) ";
    private static final String NEWEST_FIRST = " ORDER BY p.first_published_at DESC, p.dispatch_id DESC LIMIT :limit";
    private static final String OLDEST_FIRST = " ORDER BY p.first_published_at ASC, p.dispatch_id ASC LIMIT :limit";
    /** Keyset paging: rows strictly after / before a cursor in newest-first order, using the (…, first_published_at, id) indexes. */
    private static final String OLDER_THAN = " AND p.first_published_at <= :at AND (p.first_published_at < :at OR p.dispatch_id < :id)";
    private static final String NEWER_THAN = " AND p.first_published_at >= :at AND (p.first_published_at > :at OR p.dispatch_id > :id)";

    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final Clock clock;

    PublishedDispatches(JdbcClient jdbc, AgencyProperties agency, Clock clock) {
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * The public content's version now; one indexed lookup, meant to run on every request, so it
     * runs in autocommit (no transaction set-up round trips) unless a transaction is already open.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public SiteVersion version() {
        return jdbc.sql("""
                        SELECT v.version, v.changed_at,
                               (SELECT MAX(embargo_until) FROM published_dispatch WHERE embargo_until <= :now) AS lifted
                        FROM site_version v WHERE v.id = 1""")
                .param("now", now())
                .query((rs, n) -> new SiteVersion(rs.getLong("version"), utc(rs.getTimestamp("changed_at")),
                        utc(rs.getTimestamp("lifted"))))
                .single();
    }

    private JdbcClient.StatementSpec visible(String where) {
        return jdbc.sql(COLUMNS + " WHERE" + VISIBLE + where).param("now", now());
    }

    /** Newest first across every edition. */
    public List<PublishedDispatch> latest(int limit) {
        return visible(NEWEST_FIRST).param("limit", limit).query(this::map).list();
    }

    public List<PublishedDispatch> latestInEdition(String language, int limit) {
        return latestInEdition(language, null, false, limit).items();
    }

    /**
     * A page of an edition, newest first.
     *
     * @param cursor  null for the first page
     * @param newer   whether to page towards newer items from the cursor (else older)
     */
    public DispatchPage latestInEdition(String language, PageCursor cursor, boolean newer, int limit) {
        return page(" AND p.language = :language", cursor, newer, limit, s -> s.param("language", language));
    }

    public DispatchPage latestInSection(String language, String section, PageCursor cursor, boolean newer, int limit) {
        return page(" AND p.language = :language AND p.section_code = :section", cursor, newer, limit,
                s -> s.param("language", language).param("section", section));
    }

    public List<PublishedDispatch> latestInSection(String language, String section, int limit) {
        return latestInSection(language, section, null, false, limit).items();
    }

    private DispatchPage page(String filter, PageCursor cursor, boolean newer, int limit,
                              java.util.function.UnaryOperator<JdbcClient.StatementSpec> params) {
        newer = newer && cursor != null;
        String sql = filter + (cursor == null ? NEWEST_FIRST : newer ? NEWER_THAN + OLDEST_FIRST : OLDER_THAN + NEWEST_FIRST);
        var spec = params.apply(visible(sql)).param("limit", limit + 1);
        if (cursor != null) {
            spec = spec.param("at", LocalDateTime.ofInstant(cursor.publishedAt(), ZoneOffset.UTC)).param("id", cursor.id());
        }
        List<PublishedDispatch> rows = new ArrayList<>(spec.query(this::map).list());
        boolean more = rows.size() > limit;
        if (more) {
            rows.remove(limit);
        }
        if (cursor != null && newer) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new DispatchPage(List.of(), null, null);
        }
        // Going older: there is a newer page whenever we started from a cursor. Going newer: the reverse.
        boolean hasNewer = cursor != null && (!newer || more);
        // (newer && cursor != null: the page we came from is older, so an older page exists)
        boolean hasOlder = newer || more;
        return new DispatchPage(List.copyOf(rows), hasNewer ? PageCursor.of(rows.getFirst()) : null,
                hasOlder ? PageCursor.of(rows.getLast()) : null);
    }

    /** Top stories: the most urgent among an edition's latest, newest first within an urgency. */
    public List<PublishedDispatch> topStories(String language, int among, int limit) {
        return jdbc.sql("SELECT * FROM (" + COLUMNS + " WHERE" + VISIBLE + " AND p.language = :language" + NEWEST_FIRST
                        + ") t ORDER BY t.urgency, t.first_published_at DESC, t.dispatch_id DESC LIMIT :top")
                .param("now", now()).param("language", language).param("limit", among).param("top", limit)
                .query(this::map).list();
    }

    /** The article at /{lang}/{yyyy}/{mm}/{dd}/{slug}: first published on that (UTC) day. */
    public Optional<PublishedDispatch> find(String language, LocalDate day, String slug) {
        return visible(" AND p.language = :language AND p.slug = :slug")
                .param("language", language).param("slug", slug)
                .query(this::map).optional()
                .filter(d -> d.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().equals(day));
    }

    /** A killed dispatch that readers had seen at that address: it answers 410 with its notice. */
    public Optional<KilledDispatch> findKilled(String language, LocalDate day, String slug) {
        return jdbc.sql("""
                        SELECT d.id, d.language, r.headline, d.kill_notice, d.updated_at FROM dispatch d
                        JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        WHERE d.language = :language AND d.slug = :slug AND d.state = 'KILLED'
                          AND d.first_published_at >= :from AND d.first_published_at < :to
                          AND (d.embargo_until IS NULL OR d.embargo_until <= d.updated_at)""")
                .param("language", language).param("slug", slug)
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new KilledDispatch(rs.getLong("id"), rs.getString("language"), rs.getString("headline"),
                        rs.getString("kill_notice"), utc(rs.getTimestamp("updated_at"))))
                .optional();
    }

    /** Public correction notes up to the published revision, oldest first. */
    public List<CorrectionNote> corrections(long id, int upToRevision) {
        return jdbc.sql("""
                        SELECT correction_note, COALESCE(corrected_at, created_at) AS at FROM dispatch_revision
                        WHERE dispatch_id = :id AND revision_no <= :rev AND correction_note IS NOT NULL
                        ORDER BY revision_no""")
                .param("id", id).param("rev", upToRevision)
                .query((rs, n) -> new CorrectionNote(rs.getString("correction_note"), utc(rs.getTimestamp("at"))))
                .list();
    }

    /** Reader search in one edition: every word required, most relevant first, then newest. */
    public SearchResults search(String language, String query, int page, int pageSize) {
        SearchTerms terms = SearchTerms.parse(query, Locale.forLanguageTag(language));
        if (terms.isEmpty()) {
            return new SearchResults(terms, List.of(), 0, 1, pageSize);
        }
        String match = " AND p.language = :language AND MATCH (p.headline, p.lead, p.body) AGAINST (:q IN BOOLEAN MODE)";
        long total = jdbc.sql("SELECT COUNT(*) FROM published_dispatch p WHERE" + VISIBLE + match)
                .param("now", now()).param("language", language).param("q", terms.booleanQuery())
                .query(Long.class).single();
        int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.clamp(page, 1, last);
        List<PublishedDispatch> items = total == 0 ? List.of() : jdbc.sql(COLUMNS + " WHERE" + VISIBLE + match
                        + " ORDER BY MATCH (p.headline, p.lead, p.body) AGAINST (:q IN BOOLEAN MODE) DESC,"
                        + " p.first_published_at DESC, p.dispatch_id DESC LIMIT :limit OFFSET :offset")
                .param("now", now()).param("language", language).param("q", terms.booleanQuery())
                .param("limit", pageSize).param("offset", (current - 1) * pageSize)
                .query(this::map).list();
        return new SearchResults(terms, items, total, current, pageSize);
    }

    /** Languages with something readers can see. */
    public List<String> editions() {
        return editions(version());
    }

    /**
     * The same, computed once per content version (an in-process cache keyed by version: nothing
     * to invalidate, never stale). DISTINCT runs as a loose scan of the language index; the
     * EXISTS leaves out a language whose every dispatch is still under embargo.
     */
    public List<String> editions(SiteVersion version) {
        var cached = editionsCache;
        if (cached != null && cached.token().equals(version.token())) {
            return cached.editions();
        }
        List<String> editions = jdbc.sql("SELECT l.language FROM (SELECT DISTINCT language FROM published_dispatch) l "
                        + "WHERE EXISTS (SELECT 1 FROM published_dispatch p WHERE p.language = l.language AND" + VISIBLE + ") "
                        + "ORDER BY l.language")
                .param("now", now()).query(String.class).list();
        editionsCache = new CachedEditions(version.token(), List.copyOf(editions));
        return editions;
    }

    private record CachedEditions(String token, List<String> editions) {
    }

    private volatile CachedEditions editionsCache;

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

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private PublishedDispatch map(ResultSet rs, int row) throws SQLException {
        String language = rs.getString("language");
        var datelineDate = rs.getObject("dateline_date", LocalDate.class);
        String place = rs.getString("dateline_place");
        String dateline = place == null ? agency.nameFor(language)
                : DatelineFormatter.format(new Dateline(place, datelineDate), language, agency.nameFor(language));
        return new PublishedDispatch(rs.getLong("dispatch_id"), language, rs.getString("slug"), rs.getString("headline"),
                dateline, rs.getString("byline"), rs.getString("lead"), rs.getString("body"),
                rs.getString("section_code"), rs.getString("keywords"), rs.getInt("urgency"), rs.getInt("revision_no"),
                utc(rs.getTimestamp("first_published_at")), utc(rs.getTimestamp("published_at")));
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC); read them back the same way. */
    private static Instant utc(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
