package org.newsdesk.dispatch;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Keeps {@code published_dispatch} (what readers see) in step with the workflow, inside the
 * transaction that changed the dispatch, and bumps {@code site_version} whenever what readers see
 * changes. Every public cache validator derives from that counter, so a publication, correction
 * or kill is visible to every node at once with no invalidation messages.
 */
@Component
class PublicationProjection {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationProjection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs synchronously in the publisher's transaction: the projection commits with the change. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DispatchChanged event) {
        sync(event.dispatchId());
    }

    /** Brings one dispatch's public row up to date; returns whether anything readers see changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean sync(long id) {
        Snapshot wanted = jdbc.sql("""
                        SELECT CASE WHEN state = 'PUBLISHED' THEN published_revision END AS rev, published_at, embargo_until
                        FROM dispatch WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Snapshot((Integer) rs.getObject("rev"), rs.getObject("published_at", LocalDateTime.class),
                        rs.getObject("embargo_until", LocalDateTime.class)))
                .optional().orElse(Snapshot.NONE);
        Snapshot current = jdbc.sql("SELECT revision_no AS rev, published_at, embargo_until FROM published_dispatch WHERE dispatch_id = :id")
                .param("id", id)
                .query((rs, n) -> new Snapshot(rs.getInt("rev"), rs.getObject("published_at", LocalDateTime.class),
                        rs.getObject("embargo_until", LocalDateTime.class)))
                .optional().orElse(Snapshot.NONE);
        if (wanted.equals(current)) {
            return false;
        }
        jdbc.sql("DELETE FROM published_dispatch WHERE dispatch_id = :id").param("id", id).update();
        if (wanted.rev() != null) {
            jdbc.sql("""
                            INSERT INTO published_dispatch (dispatch_id, language, slug, revision_no, first_published_at, published_at,
                                   embargo_until, urgency, section_code, headline, slugline, dateline_place, dateline_date, byline,
                                   lead, body, keywords)
                            SELECT d.id, d.language, d.slug, r.revision_no, d.first_published_at, d.published_at, d.embargo_until,
                                   r.urgency, r.section_code, r.headline, r.slugline, r.dateline_place, r.dateline_date, r.byline,
                                   r.lead, r.body, r.keywords
                            FROM dispatch d JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                            WHERE d.id = :id""")
                    .param("id", id).update();
        }
        bumpSiteVersion();
        return true;
    }

    /** Also for changes outside dispatches that readers see (sections, for instance). */
    @Transactional(propagation = Propagation.MANDATORY)
    void bumpSiteVersion() {
        jdbc.sql("UPDATE site_version SET version = version + 1, changed_at = :now WHERE id = 1")
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }

    private record Snapshot(Integer rev, LocalDateTime publishedAt, LocalDateTime embargoUntil) {
        static final Snapshot NONE = new Snapshot(null, null, null);

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && Objects.equals(rev, s.rev)
                    && (rev == null || Objects.equals(publishedAt, s.publishedAt) && Objects.equals(embargoUntil, s.embargoUntil));
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(rev);
        }
    }
}
