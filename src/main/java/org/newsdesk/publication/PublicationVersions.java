package org.newsdesk.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The publication version now (see {@link PublicationVersion}), held in memory so that the readers' hot
 * path — a cached response or a 304 — borrows no database connection.
 * <ul>
 *   <li>This node's own changes are seen at once: the projection calls {@link #changedInThisTransaction()},
 *       and the versions are re-read right after the commit, before the writer's request returns.</li>
 *   <li>Other nodes' changes are seen by a poll every {@code newsdesk.publication.poll-interval} (200 ms):
 *       one statement reads the site counter and the scopes ({@code published_scope_version}) changed since
 *       the counter this node holds — nothing else while nothing changed.</li>
 *   <li>Embargo lifts write nothing; the coming ones are held in memory with the scopes they belong to (their
 *       edition, section, article, translation set), so a lift is part of those scopes' versions at the very
 *       instant it passes, on every node, without a query. Only the next instant is compared per request.</li>
 * </ul>
 * If the database cannot be reached the last versions read stay in force: already rendered responses
 * keep being served during an outage.
 */
@Component
public class PublicationVersions {

    /**
     * Told what changed: the scopes whose version moved ({@code lift} false), or in which an embargo lifted
     * ({@code lift} true). Called on the poller's or the committer's thread: be quick.
     */
    public interface Listener {
        void changed(PublicationVersion now, Set<String> scopes, boolean lift);
    }

    private static final Logger log = LoggerFactory.getLogger(PublicationVersions.class);
    /** Upcoming embargoes held in memory; beyond this many, the read after the last of them brings the rest. */
    static final int UPCOMING = 1000;

    /** An upcoming embargo and the scopes whose content its lift changes. */
    private record Embargo(Instant until, List<String> scopes) {
    }

    private record State(long counter, Instant changedAt, Instant lifted, List<Embargo> upcoming,
                         PublicationVersion.Scopes scopes, Instant readAt) {
    }

    /** The version as computed at {@code at}, good until the next upcoming embargo. */
    private record Current(State state, Instant at, Instant until, PublicationVersion version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;
    private volatile Current current;
    private volatile boolean failing;
    private volatile Instant lastLiftTold;

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
        Current c = current;
        if (c != null && c.state() == s && !now.isBefore(c.at()) && now.isBefore(c.until())) {
            return c.version();
        }
        // Only when an embargo instant passed (or the state changed): walk to the next one.
        Instant lifted = s.lifted();
        Instant until = Instant.MAX;
        for (Embargo e : s.upcoming()) {
            if (e.until().isAfter(now)) {
                until = e.until();
                break;
            }
            lifted = e.until();
        }
        var version = new PublicationVersion(s.counter(), s.changedAt(), lifted, s.scopes());
        current = new Current(s, now, until, version);
        return version;
    }

    /** Tell this listener of every change from now on. */
    public void listen(Listener listener) {
        listeners.add(listener);
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
        poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopPolling() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        refreshQuietly();
        tellLifts();
    }

    /** Embargoes that lifted since the last poll: their scopes changed although nothing was written. */
    private void tellLifts() {
        State s = state;
        if (s == null || listeners.isEmpty()) {
            return;
        }
        try {
            PublicationVersion now = current();
            Instant lifted = now.lastEmbargoLifted();
            Instant told = lastLiftTold;
            lastLiftTold = lifted;
            if (told == null || lifted == null || !lifted.isAfter(told)) {
                return;
            }
            Set<String> scopes = new LinkedHashSet<>();
            for (Embargo e : s.upcoming()) {
                if (e.until().isAfter(lifted)) {
                    break;
                }
                if (e.until().isAfter(told)) {
                    scopes.addAll(e.scopes());
                }
            }
            scopes.add(CacheTags.INDEX);
            tell(now, scopes, true);
        } catch (RuntimeException e) {
            log.debug("Embargo lift not told: {}", e.getMessage());
        }
    }

    private void tell(PublicationVersion version, Set<String> scopes, boolean lift) {
        for (Listener l : listeners) {
            try {
                l.changed(version, scopes, lift);
            } catch (RuntimeException e) {
                log.warn("Listener of publication changes failed: {}", e.toString());
            }
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

    /**
     * One indexed read while nothing changed (autocommit: no transaction set-up round trips): the site
     * counter and the scopes changed since the one held. After a change, the embargoes are read again.
     */
    State refresh() {
        Set<String> changed;
        State s;
        synchronized (this) {
            State old = state;
            Instant now = clock.instant();
            LocalDateTime sqlNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            if (old == null) {
                // Scopes that changed before this node started are version 0 here: only later changes matter to its cache.
                var site = jdbc.sql("SELECT version, changed_at FROM site_version WHERE id = 1")
                        .query((rs, n) -> new PublicationVersion.Scope(rs.getLong(1), Rows.utc(rs.getTimestamp(2)))).single();
                s = withEmbargoes(site.version(), site.changedAt(), Map.of(), Map.of(), now, sqlNow, true);
                state = s;
                return s;
            }
            Map<String, PublicationVersion.Scope> rows = new HashMap<>();
            jdbc.sql("""
                            SELECT 'index' AS scope, version, changed_at FROM site_version WHERE id = 1
                            UNION ALL
                            SELECT scope, version, changed_at FROM published_scope_version WHERE version > :held""")
                    .param("held", old.counter())
                    .query(rs -> {
                        rows.put(rs.getString(1), new PublicationVersion.Scope(rs.getLong(2), Rows.utc(rs.getTimestamp(3))));
                    });
            var site = rows.remove(CacheTags.INDEX);
            boolean pastHorizon = old.scopes().horizon() != null && !now.isBefore(old.scopes().horizon());
            if (site == null || site.version() == old.counter() && !pastHorizon) {
                s = new State(old.counter(), old.changedAt(), old.lifted(), old.upcoming(), old.scopes(), Instant.now());
                state = s;
                return s;
            }
            Map<String, PublicationVersion.Scope> versions = new HashMap<>(old.scopes().versions());
            versions.putAll(rows);
            s = withEmbargoes(site.version(), site.changedAt(), versions, old.scopes().embargoes(), now, sqlNow, false);
            s = new State(s.counter(), s.changedAt(), s.lifted(), s.upcoming(),
                    new PublicationVersion.Scopes(s.scopes().versions(), s.scopes().embargoes(), s.scopes().horizon(),
                            old.scopes().baseline()), s.readAt());
            state = s;
            changed = new LinkedHashSet<>(rows.keySet());
            if (site.version() != old.counter()) {
                changed.add(CacheTags.INDEX);
            }
        }
        if (!changed.isEmpty()) {
            tell(current(), changed, false);
        }
        return s;
    }

    private State withEmbargoes(long counter, Instant changedAt, Map<String, PublicationVersion.Scope> versions,
                                Map<String, NavigableSet<Instant>> known, Instant now, LocalDateTime sqlNow, boolean first) {
        Instant lifted = jdbc.sql("SELECT MAX(embargo_until) FROM published_dispatch WHERE embargo_until <= :now")
                .param("now", sqlNow).query((rs, n) -> java.util.Optional.ofNullable(Rows.utc(rs.getTimestamp(1)))).single().orElse(null);
        List<Embargo> upcoming = jdbc.sql("""
                        SELECT dispatch_id, language, section_code, translation_set, embargo_until FROM published_dispatch
                        WHERE embargo_until > :now ORDER BY embargo_until LIMIT\s""" + UPCOMING)
                .param("now", sqlNow)
                .query((rs, n) -> {
                    List<String> scopes = new ArrayList<>(List.of(CacheTags.INDEX, CacheTags.article(rs.getLong(1)),
                            CacheTags.edition(rs.getString(2))));
                    if (rs.getString(3) != null) {
                        scopes.add(CacheTags.section(rs.getString(2), rs.getString(3)));
                    }
                    if (rs.getObject(4) != null) {
                        scopes.add(CacheTags.translations(rs.getLong(4)));
                    }
                    return new Embargo(Rows.utc(rs.getTimestamp(5)), List.copyOf(scopes));
                }).list();
        // Lifted instants stay known (they are few): a response rendered before one must see that it passed.
        Map<String, NavigableSet<Instant>> embargoes = new HashMap<>(known);
        Set<String> copied = new java.util.HashSet<>();
        for (Embargo e : upcoming) {
            for (String scope : e.scopes()) {
                if (copied.add(scope)) {
                    // Copied once per read: versions already handed out keep their own sets.
                    embargoes.put(scope, new TreeSet<>(embargoes.getOrDefault(scope, new TreeSet<>())));
                }
                embargoes.get(scope).add(e.until());
            }
        }
        Instant horizon = upcoming.size() >= UPCOMING ? upcoming.getLast().until() : null;
        Instant baseline = lifted != null && lifted.isAfter(changedAt) ? lifted : changedAt;
        var scopes = new PublicationVersion.Scopes(Map.copyOf(versions), Map.copyOf(embargoes), horizon,
                first ? baseline : Instant.EPOCH);
        return new State(counter, changedAt, lifted, upcoming, scopes, Instant.now());
    }
}
