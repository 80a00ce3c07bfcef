package org.newsdesk.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.text.Datelines;

/**
 * What readers see, for the public site: queries over the projected tables only (published revisions,
 * correction notes, killed dispatches' notices — kept in step by {@link PublicationProjection}). Every
 * query applies {@link Visibility#PUBLIC}: what is under a running embargo stays hidden, and lifting
 * an embargo needs no write, the clock alone makes it public.
 * <p>
 * No transaction: each query is one statement that reads the latest committed rows, never older than
 * the publication version read before it (see {@link PublicResponses}); a transaction would add three
 * round trips (autocommit off, commit, autocommit on) to every page rendered.
 */
@Service
public class PublishedDispatches {

    /**
     * An article's own row and what else it has, so that its page asks only for what exists: most
     * articles have no correction, no translation and no picture, and then the page is one query.
     */
    public record Article(PublishedDispatch dispatch, boolean corrected, boolean translated, boolean pictured) {
    }

    private static final String FIELDS = """
            p.dispatch_id, p.language, p.slug, p.headline, p.dateline_place, p.dateline_date, p.byline, p.lead, p.body,
            p.section_code, p.keywords, p.urgency, p.revision_no, p.first_published_at, p.published_at""";
    private static final String COLUMNS = "SELECT " + FIELDS + " FROM published_dispatch p";
    private static final String VISIBLE = " " + Visibility.PUBLIC + " ";
    private static final String NEWEST_FIRST = " ORDER BY p.first_published_at DESC, p.dispatch_id DESC LIMIT :limit";
    private static final String OLDEST_FIRST = " ORDER BY p.first_published_at ASC, p.dispatch_id ASC LIMIT :limit";
    /** Keyset paging: rows strictly after / before a cursor in newest-first order, using the (…, first_published_at, id) indexes. */
    private static final String OLDER_THAN = " AND p.first_published_at <= :at AND (p.first_published_at < :at OR p.dispatch_id < :id)";
    private static final String NEWER_THAN = " AND p.first_published_at >= :at AND (p.first_published_at > :at OR p.dispatch_id > :id)";

    private final JdbcClient jdbc;
    private final Datelines datelines;
    private final Clock clock;

    PublishedDispatches(JdbcClient jdbc, Datelines datelines, Clock clock) {
        this.jdbc = jdbc;
        this.datelines = datelines;
        this.clock = clock;
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

    /** {@link #find(String, LocalDate, String)} with what else the article has, in the same statement. */
    public Optional<Article> findArticle(String language, LocalDate day, String slug) {
        return jdbc.sql("SELECT " + FIELDS + """
                        , p.translation_set IS NOT NULL AS translated,
                          EXISTS (SELECT 1 FROM published_correction c WHERE c.dispatch_id = p.dispatch_id) AS corrected,
                          EXISTS (SELECT 1 FROM published_picture pp WHERE pp.dispatch_id = p.dispatch_id) AS pictured
                        FROM published_dispatch p WHERE""" + VISIBLE + " AND p.language = :language AND p.slug = :slug")
                .param("now", now()).param("language", language).param("slug", slug)
                .query((rs, n) -> new Article(map(rs, n), rs.getBoolean("corrected"), rs.getBoolean("translated"),
                        rs.getBoolean("pictured")))
                .optional()
                .filter(a -> a.dispatch().publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().equals(day));
    }

    /** A published dispatch readers can open now, by id (to render its page before anyone asks). */
    public Optional<PublishedDispatch> find(long id) {
        return visible(" AND p.dispatch_id = :id").param("id", id).query(this::map).optional();
    }

    /** A killed dispatch that readers had seen at that address: it answers 410 with its notice. */
    public Optional<KilledDispatch> findKilled(String language, LocalDate day, String slug) {
        return jdbc.sql("""
                        SELECT k.dispatch_id, k.language, k.headline, k.notice, k.killed_at FROM killed_dispatch k
                        WHERE k.language = :language AND k.slug = :slug
                          AND k.first_published_at >= :from AND k.first_published_at < :to AND\s""" + Visibility.KILLED_AFTER_READERS_SAW_IT)
                .param("language", language).param("slug", slug)
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new KilledDispatch(rs.getLong("dispatch_id"), rs.getString("language"), rs.getString("headline"),
                        rs.getString("notice"), Rows.utc(rs.getTimestamp("killed_at"))))
                .optional();
    }

    /** Public correction notes of a published dispatch, oldest first. */
    public List<CorrectionNote> corrections(long id) {
        return jdbc.sql("SELECT note, corrected_at FROM published_correction WHERE dispatch_id = :id ORDER BY revision_no")
                .param("id", id)
                .query((rs, n) -> new CorrectionNote(rs.getString("note"), Rows.utc(rs.getTimestamp("corrected_at"))))
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

    /**
     * These dispatches as readers may see them now, in the order given (a search engine's proposal);
     * whatever is not public — unpublished, killed, under embargo, never existed — is left out.
     */
    public List<PublishedDispatch> visible(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, PublishedDispatch>();
        visible(" AND p.dispatch_id IN (:ids)").param("ids", ids).query(this::map).list().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private PublishedDispatch map(ResultSet rs, int row) throws SQLException {
        String language = rs.getString("language");
        String dateline = datelines.print(rs.getString("dateline_place"), rs.getObject("dateline_date", LocalDate.class), language);
        return new PublishedDispatch(rs.getLong("dispatch_id"), language, rs.getString("slug"), rs.getString("headline"),
                dateline, rs.getString("byline"), rs.getString("lead"), rs.getString("body"),
                rs.getString("section_code"), rs.getString("keywords"), rs.getInt("urgency"), rs.getInt("revision_no"),
                Rows.utc(rs.getTimestamp("first_published_at")), Rows.utc(rs.getTimestamp("published_at")));
    }
}
