package org.newsdesk.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The publication version now (see {@link PublicationVersion}), held in memory so that the readers' hot
 * path — a cached response or a 304 — borrows no database connection.
 * <ul>
 *   <li>This node's own changes are seen at once: the projection calls {@link #changedInThisTransaction()},
 *       and the version is re-read right after the commit, before the writer's request returns.</li>
 *   <li>Other nodes' changes are seen by a poll of one primary-key row every
 *       {@code newsdesk.publication.poll-interval} (200 ms).</li>
 *   <li>Embargo lifts write nothing; the instants of the coming ones are held in memory, so a lift is
 *       part of the version at the very instant it passes, on every node, without a query.</li>
 * </ul>
 * If the database cannot be reached the last version read stays in force: already rendered responses
 * keep being served during an outage.
 */
@Component
public class PublicationVersions {

    private static final Logger log = LoggerFactory.getLogger(PublicationVersions.class);
    /** Upcoming embargoes held in memory; beyond this many, the next poll after a lift brings the rest. */
    private static final int UPCOMING = 1000;

    private record State(long counter, Instant changedAt, Instant lifted, List<Instant> upcoming, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile State state;
    private volatile boolean failing;

    private ScheduledExecutorService poller;

    PublicationVersions(JdbcClient jdbc, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        meters.ifAvailable(registry -> Gauge.builder("newsdesk.publication.version.age", this,
                        v -> v.state == null ? Double.NaN : (System.currentTimeMillis() - v.state.readAt().toEpochMilli()) / 1000.0)
                .description("Seconds since this node last read the publication version (its possible lag behind other nodes)")
                .baseUnit("seconds").register(registry));
    }

    /** The version now: no database access once the first read has succeeded. */
    public PublicationVersion current() {
        State s = state;
        if (s == null) {
            s = refresh();
        }
        Instant now = clock.instant();
        Instant lifted = s.lifted();
        for (Instant embargo : s.upcoming()) {
            if (embargo.isAfter(now)) {
                break;
            }
            lifted = embargo;
        }
        return new PublicationVersion(s.counter(), s.changedAt(), lifted);
    }

    /** Called inside a transaction that bumps the version: re-read it as soon as that transaction commits. */
    void changedInThisTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshQuietly();
                }
            });
        }
    }

    /**
     * Its own thread, not the scheduler's: the version must stay current on nodes (and in tests) that run
     * no background jobs.
     */
    @Autowired
    void startPolling(@Value("${newsdesk.publication.poll-interval:200ms}") Duration interval) {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("publication-version").factory());
        poller.scheduleWithFixedDelay(this::refreshQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopPolling() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
            if (failing) {
                failing = false;
                log.info("Publication version readable again: counter {}", state.counter());
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("Cannot read the publication version; serving version {} until the database answers: {}",
                        state == null ? "none" : state.counter(), e.getMessage());
            }
        }
    }

    /** Three indexed reads in autocommit mode (no transaction set-up round trips). */
    synchronized State refresh() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        State read = jdbc.sql("""
                        SELECT v.version, v.changed_at,
                               (SELECT MAX(embargo_until) FROM published_dispatch WHERE embargo_until <= :now) AS lifted
                        FROM site_version v WHERE v.id = 1""")
                .param("now", now)
                .query((rs, n) -> new State(rs.getLong("version"), Rows.utc(rs.getTimestamp("changed_at")),
                        Rows.utc(rs.getTimestamp("lifted")), List.of(), Instant.now()))
                .single();
        List<Instant> upcoming = jdbc.sql("SELECT DISTINCT embargo_until FROM published_dispatch WHERE embargo_until > :now "
                        + "ORDER BY embargo_until LIMIT " + UPCOMING)
                .param("now", now)
                .query((rs, n) -> Rows.utc(rs.getTimestamp(1))).list();
        State s = new State(read.counter(), read.changedAt(), read.lifted(), upcoming, read.readAt());
        state = s;
        return s;
    }
}
