package org.newsdesk.publication;

import org.newsdesk.dispatch.DispatchChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the public read model in step with the workflow, inside the transaction that changed the
 * dispatch: {@code published_dispatch} (what readers and partners may see of a published dispatch),
 * {@code published_correction} (its public correction notes) and {@code killed_dispatch} (what stays
 * of a killed one: address, headline, notice). This is the only class that reads the editorial tables
 * for the public side; everything else in this package reads only what it writes.
 * <p>
 * Whenever the projection changes, the publication version ({@code site_version}) is bumped in the same
 * transaction, and so are the scopes the change touches ({@code published_scope_version}: its edition,
 * sections, article, translation set and the set's other members). The counter's row stays locked until
 * commit, so versions are handed out in commit order: a node that sees version N has every change up to N.
 */
@Component
class PublicationProjection {

    private enum Kind { NONE, PUBLISHED, KILLED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicationVersions versions;
    private final FrontCachePurger purger;

    PublicationProjection(JdbcClient jdbc, Clock clock, PublicationVersions versions, FrontCachePurger purger) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
        this.purger = purger;
    }

    /**
     * Runs synchronously in the publisher's transaction: the projection commits with the change.
     * ({@link DispatchChanged} is published inside the workflow's transaction for exactly this.)
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DispatchChanged event) {
        sync(event.dispatchId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProjectionRefresh event) {
        sync(event.dispatchId(), true);
    }

    /** Brings one dispatch's public rows up to date; returns whether anything the public side reads changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean sync(long id) {
        return sync(id, false);
    }

    private boolean sync(long id, boolean force) {
        Snapshot wanted = jdbc.sql("""
                        SELECT CASE WHEN d.state = 'PUBLISHED' AND d.published_revision IS NOT NULL THEN 'PUBLISHED'
                                    WHEN d.state = 'KILLED' AND d.published_revision IS NOT NULL
                                         AND d.first_published_at IS NOT NULL THEN 'KILLED'
                                    ELSE 'NONE' END AS kind,
                               d.published_revision AS rev, COALESCE(d.published_at, d.first_published_at) AS published_at,
                               d.embargo_until, t.translation_set
                        FROM dispatch d LEFT JOIN dispatch_translation t ON t.dispatch_id = d.id
                        WHERE d.id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Snapshot(Kind.valueOf(rs.getString("kind")), (Integer) rs.getObject("rev"),
                        rs.getObject("published_at", LocalDateTime.class), rs.getObject("embargo_until", LocalDateTime.class),
                        (Long) rs.getObject("translation_set")))
                .optional().orElse(Snapshot.NONE);
        Snapshot current = current(id);
        if (wanted.equals(current) && !force) {
            return false;
        }
        List<String> scopes = new ArrayList<>(publicScopesOf(id));
        jdbc.sql("DELETE FROM published_rendition WHERE dispatch_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM published_picture WHERE dispatch_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM published_correction WHERE dispatch_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM published_dispatch WHERE dispatch_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM killed_dispatch WHERE dispatch_id = :id").param("id", id).update();
        switch (wanted.kind()) {
            case PUBLISHED -> insertPublished(id);
            case KILLED -> insertKilled(id);
            case NONE -> { }
        }
        if (wanted.translationSet() != null) {
            // The set may have been formed after another member was published: every member names it now.
            for (String table : new String[] {"published_dispatch", "killed_dispatch"}) {
                jdbc.sql("UPDATE " + table + " x JOIN dispatch_translation t ON t.dispatch_id = x.dispatch_id "
                                + "SET x.translation_set = t.translation_set "
                                + "WHERE t.translation_set = :set AND NOT (x.translation_set <=> t.translation_set)")
                        .param("set", wanted.translationSet()).update();
            }
        }
        scopes.addAll(publicScopesOf(id));
        scopes.addAll(tagsOf(id, wanted.translationSet()));
        List<String> changed = scopes.stream().distinct().toList();
        bumpVersion(changed);
        // After bumpVersion: its after-commit re-read of the version runs first, so the purger compares the
        // editions of the new version, not of the old one.
        purger.purgeAfterCommit(changed);
        return true;
    }

    /** The section and translation set the dispatch's public row names now (before and after the change both count). */
    private List<String> publicScopesOf(long id) {
        List<String> scopes = new ArrayList<>();
        jdbc.sql("""
                        SELECT language, section_code, translation_set FROM published_dispatch WHERE dispatch_id = :id
                        UNION ALL
                        SELECT language, section_code, translation_set FROM killed_dispatch WHERE dispatch_id = :id""")
                .param("id", id)
                .query(rs -> {
                    scopes.add(CacheTags.edition(rs.getString(1)));
                    if (rs.getString(2) != null) {
                        scopes.add(CacheTags.section(rs.getString(1), rs.getString(2)));
                    }
                    if (rs.getObject(3) != null) {
                        scopes.add(CacheTags.translations(rs.getLong(3)));
                    }
                });
        return scopes;
    }

    /** What a change of this dispatch can alter on the public side: its page, its translations' pages, its edition's lists (with {@link #publicScopesOf}: its section and set). */
    private List<String> tagsOf(long id, Long translationSet) {
        List<String> tags = new ArrayList<>(List.of(CacheTags.article(id), CacheTags.INDEX));
        jdbc.sql("SELECT language FROM dispatch WHERE id = :id").param("id", id).query(String.class).optional()
                .ifPresent(language -> tags.add(CacheTags.edition(language)));
        if (translationSet != null) {
            jdbc.sql("SELECT dispatch_id FROM dispatch_translation WHERE translation_set = :set AND dispatch_id <> :id")
                    .param("set", translationSet).param("id", id).query(Long.class).list()
                    .forEach(member -> tags.add(CacheTags.article(member)));
        }
        return tags;
    }

    private Snapshot current(long id) {
        var published = jdbc.sql("""
                        SELECT revision_no, published_at, embargo_until, translation_set FROM published_dispatch
                        WHERE dispatch_id = :id""")
                .param("id", id)
                .query((rs, n) -> new Snapshot(Kind.PUBLISHED, rs.getInt("revision_no"),
                        rs.getObject("published_at", LocalDateTime.class), rs.getObject("embargo_until", LocalDateTime.class),
                        (Long) rs.getObject("translation_set")))
                .optional();
        if (published.isPresent()) {
            return published.get();
        }
        return jdbc.sql("SELECT revision_no, published_at, embargo_until, translation_set FROM killed_dispatch WHERE dispatch_id = :id")
                .param("id", id)
                .query((rs, n) -> new Snapshot(Kind.KILLED, rs.getInt("revision_no"),
                        rs.getObject("published_at", LocalDateTime.class), rs.getObject("embargo_until", LocalDateTime.class),
                        (Long) rs.getObject("translation_set")))
                .optional().orElse(Snapshot.NONE);
    }

    private void insertPublished(long id) {
        jdbc.sql("""
                        INSERT INTO published_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at,
                               embargo_until, urgency, section_code, headline, slugline, dateline_place, dateline_date, byline,
                               lead, body, keywords, correction_note, translation_set)
                        SELECT d.id, d.language, r.slug, r.revision_no, d.first_published_at, d.published_at, d.embargo_until,
                               r.urgency, r.section_code, r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline,
                               r.lead, r.body, r.keywords, r.correction_note, t.translation_set
                        FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        LEFT JOIN dispatch_translation t ON t.dispatch_id = d.id
                        WHERE d.id = :id""")
                .param("id", id).update();
        jdbc.sql("""
                        INSERT INTO published_correction (dispatch_id, revision_no, note, corrected_at)
                        SELECT r.dispatch_id, r.revision_no, r.correction_note, COALESCE(r.corrected_at, r.created_at)
                        FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no <= d.published_revision
                        WHERE d.id = :id AND r.correction_note IS NOT NULL""")
                .param("id", id).update();
        insertPictures(id);
    }

    /**
     * The dispatch's pictures as they are at publication, with their texts in its language. Only pictures
     * with alt text go public (publishing refuses others; this also holds for scheduled publication).
     * Originals never do: only renditions, which carry no GPS or camera data.
     */
    private void insertPictures(long id) {
        jdbc.sql("""
                        INSERT INTO published_picture (dispatch_id, picture_id, position, width, height, caption, alt_text,
                               creator, credit, copyright_notice)
                        SELECT d.id, p.id, dp.position, p.width, p.height, t.caption, TRIM(t.alt_text), p.creator, p.credit,
                               p.copyright_notice
                        FROM dispatch d JOIN dispatch_picture dp ON dp.dispatch_id = d.id JOIN picture p ON p.id = dp.picture_id
                        JOIN picture_text t ON t.picture_id = p.id AND t.language = d.language
                        WHERE d.id = :id AND t.alt_text IS NOT NULL AND TRIM(t.alt_text) <> ''""")
                .param("id", id).update();
        jdbc.sql("""
                        INSERT INTO published_rendition (dispatch_id, picture_id, kind, format, width, height, media_key, byte_size)
                        SELECT pp.dispatch_id, r.picture_id, r.kind, r.format, r.width, r.height, r.media_key, r.byte_size
                        FROM published_picture pp JOIN picture_rendition r ON r.picture_id = pp.picture_id
                        WHERE pp.dispatch_id = :id""")
                .param("id", id).update();
    }

    /** The text is left behind on purpose: a killed dispatch must not be used any more. */
    private void insertKilled(long id) {
        jdbc.sql("""
                        INSERT INTO killed_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at,
                               embargo_until, killed_at, notice, urgency, section_code, headline, slugline, dateline_place,
                               dateline_date, byline, keywords, translation_set)
                        SELECT d.id, d.language, r.slug, r.revision_no, d.first_published_at,
                               COALESCE(d.published_at, d.first_published_at), d.embargo_until, d.updated_at, d.kill_notice,
                               r.urgency, r.section_code, r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline,
                               r.keywords, t.translation_set
                        FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        LEFT JOIN dispatch_translation t ON t.dispatch_id = d.id
                        WHERE d.id = :id""")
                .param("id", id).update();
    }

    /**
     * Bumps the site counter and marks these scopes ({@link CacheTags}) changed at its new value. The
     * counter's row stays locked until commit, so scope versions are handed out in commit order too: a
     * node that polls "scopes above the counter I hold" misses none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void bumpVersion(List<String> scopes) {
        var now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = :now WHERE id = 1").param("now", now).update();
        long version = jdbc.sql("SELECT version FROM site_version WHERE id = 1").query(Long.class).single();
        for (String scope : scopes) {
            if (!CacheTags.INDEX.equals(scope)) {
                jdbc.sql("""
                                INSERT INTO published_scope_version (scope, version, changed_at) VALUES (:scope, :version, :now)
                                ON DUPLICATE KEY UPDATE version = VALUES(version), changed_at = VALUES(changed_at)""")
                        .param("scope", scope).param("version", version).param("now", now).update();
            }
        }
        versions.changedInThisTransaction();
    }

    private record Snapshot(Kind kind, Integer rev, LocalDateTime publishedAt, LocalDateTime embargoUntil, Long translationSet) {
        static final Snapshot NONE = new Snapshot(Kind.NONE, null, null, null, null);

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && kind == s.kind
                    && (kind == Kind.NONE || Objects.equals(rev, s.rev) && Objects.equals(publishedAt, s.publishedAt)
                    && Objects.equals(embargoUntil, s.embargoUntil) && Objects.equals(translationSet, s.translationSet));
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, rev);
        }
    }
}
