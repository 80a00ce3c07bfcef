package org.newsdesk.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * What readers may see of a story's other languages: the published, unembargoed members of its
 * translation set, for {@code hreflang} links, visible "also in" links, feeds, sitemaps and ninjs.
 */
@Service
public class PublishedTranslations {

    /** One published language version: its language, headline and article path, and the set it belongs to. */
    public record Version(long id, String language, String headline, String path, long translationSet) {
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
                        SELECT p.dispatch_id, p.language, p.slug, p.headline, p.first_published_at, p.translation_set
                        FROM published_dispatch me JOIN published_dispatch p ON p.translation_set = me.translation_set
                        WHERE me.dispatch_id = :id AND\s""" + Visibility.PUBLIC + " ORDER BY p.language")
                .param("id", dispatchId)
                .param("now", Rows.utc(clock.instant()))
                .query((rs, n) -> new Version(rs.getLong("dispatch_id"), rs.getString("language"), rs.getString("headline"),
                        PublishedDispatch.path(rs.getString("language"), Rows.utc(rs.getTimestamp("first_published_at")),
                                rs.getString("slug")), rs.getLong("translation_set")))
                .list();
    }
}
