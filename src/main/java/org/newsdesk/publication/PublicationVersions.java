package org.newsdesk.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The publication version now (see {@link PublicationVersion}). */
@Component
public class PublicationVersions {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One indexed lookup, meant to run on every request, so it runs in autocommit (no transaction
     * set-up round trips) unless a transaction is already open.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public PublicationVersion current() {
        return jdbc.sql("""
                        SELECT v.version, v.changed_at,
                               (SELECT MAX(embargo_until) FROM published_dispatch WHERE embargo_until <= :now) AS lifted
                        FROM site_version v WHERE v.id = 1""")
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> new PublicationVersion(rs.getLong("version"), Rows.utc(rs.getTimestamp("changed_at")),
                        Rows.utc(rs.getTimestamp("lifted"))))
                .single();
    }
}
