package org.newsdesk.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/**
 * The one rule for which language editions exist, for the site, the feeds and the APIs alike: the
 * configured editions, the default edition, and every language in which readers have seen something
 * (published, even if still under embargo, or killed after readers saw it — an edition does not vanish,
 * and its feeds keep answering, because its only article was withdrawn). Navigation lists the editions
 * that have something to read now ({@link #listed}); the others still answer, empty.
 */
@Component
public class Editions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EditionProperties properties;
    private volatile Cached cached;

    private record Cached(String token, List<String> all, List<String> listed) {
    }

    Editions(JdbcClient jdbc, Clock clock, EditionProperties properties, PublicationVersions versions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        // Read when the version changes, on the thread that learnt of it, rather than by the next reader's request.
        versions.listen((version, scopes, lift) -> load(version));
    }

    public String defaultEdition() {
        return properties.defaultEdition();
    }

    /** Every edition, sorted. */
    public List<String> all(PublicationVersion version) {
        return load(version).all();
    }

    /** The editions navigation offers: configured, default, and those with something to read now; sorted. */
    public List<String> listed(PublicationVersion version) {
        return load(version).listed();
    }

    /**
     * Computed once per publication version (an in-process cache keyed by version: nothing to
     * invalidate, never stale). DISTINCT runs as a loose scan of the language index.
     */
    Cached load(PublicationVersion version) {
        var c = cached;
        if (c != null && c.token().equals(version.token())) {
            return c;
        }
        TreeSet<String> listed = new TreeSet<>(properties.editions());
        listed.add(properties.defaultEdition());
        listed.addAll(jdbc.sql("SELECT l.language FROM (SELECT DISTINCT language FROM published_dispatch) l "
                        + "WHERE EXISTS (SELECT 1 FROM published_dispatch p WHERE p.language = l.language AND "
                        + Visibility.PUBLIC + ")")
                .param("now", Rows.utc(clock.instant())).query(String.class).list());
        // An edition whose only article is still under embargo already answers (empty), so that a feed
        // reader subscribed ahead of the embargo is not told the feed does not exist.
        TreeSet<String> all = new TreeSet<>(listed);
        all.addAll(jdbc.sql("SELECT DISTINCT language FROM published_dispatch").query(String.class).list());
        all.addAll(jdbc.sql("SELECT DISTINCT k.language FROM killed_dispatch k WHERE " + Visibility.KILLED_AFTER_READERS_SAW_IT)
                .query(String.class).list());
        c = new Cached(version.token(), List.copyOf(all), List.copyOf(listed));
        cached = c;
        return c;
    }

    public boolean exists(String language, PublicationVersion version) {
        return all(version).contains(language);
    }
}
