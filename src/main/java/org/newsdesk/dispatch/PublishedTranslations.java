package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What readers may see of a story's other languages: the published, unembargoed members of its
 * translation set, for {@code hreflang} links, visible "also in" links, feeds, sitemaps and ninjs.
 * Same visibility rules as {@link PublishedDispatches}; open to everyone (the public site).
 */
@Service
@Transactional(readOnly = true)
public class PublishedTranslations {

    /** One published language version: its language, headline and article path. */
    public record Version(long id, String language, String headline, String path) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PublishedTranslations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every published version of the story, this one included, by language; empty if it has no translation set. */
    public List<Version> of(long dispatchId) {
        return jdbc.sql("""
                        SELECT d.id, d.language, r.slug, r.headline, d.first_published_at
                        FROM dispatch_translation me
                        JOIN dispatch_translation t ON t.translation_set = me.translation_set
                        JOIN dispatch d ON d.id = t.dispatch_id
                        JOIN dispatch_revision r ON r.dispatch_id = d.id AND r.revision_no = d.published_revision
                        WHERE me.dispatch_id = :id AND d.state = :state
                          AND (d.embargo_until IS NULL OR d.embargo_until <= :now)
                        ORDER BY d.language""")
                .param("id", dispatchId)
                .param("state", DispatchState.PUBLISHED.name())
                .param("now", java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> {
                    Instant published = rs.getObject("first_published_at", java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    return new Version(rs.getLong("id"), rs.getString("language"), rs.getString("headline"),
                            PublishedDispatch.path(rs.getString("language"), published, rs.getString("slug")));
                })
                .list();
    }
}
