package org.newsdesk.dashboard.ui;

import org.newsdesk.dispatch.DashboardData;
import org.newsdesk.dispatch.DispatchChanged;
import org.newsdesk.dispatch.DispatchQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Tells every open dashboard on this node that dispatches changed, once the change is committed.
 * Changes are gathered for a moment ({@code newsdesk.dashboard.coalesce}, 500 ms) and told once as a
 * {@link Round}: every editor's autosave is a change. A round reads the desk's lists once for all open
 * dashboards, and only the dashboards of the people whose dispatches changed re-read their own lists — so an
 * autosave costs the same whether 2 or 200 dashboards are open. (Other nodes' users see the change at their
 * next refresh or navigation: see docs/architecture.md.)
 */
@Component
class DashboardUpdates {

    private final Set<Consumer<Round>> listeners = ConcurrentHashMap.newKeySet();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Duration coalesce;
    private final BiConsumer<Runnable, Duration> later;
    private final DispatchQueries queries;
    private final Clock clock;

    @Autowired
    DashboardUpdates(@Value("${newsdesk.dashboard.coalesce:PT0.5S}") Duration coalesce, DispatchQueries queries, Clock clock) {
        this(coalesce, timer(), queries, clock);
    }

    /** For tests: {@code later} runs a task after a delay. */
    DashboardUpdates(Duration coalesce, BiConsumer<Runnable, Duration> later, DispatchQueries queries, Clock clock) {
        this.coalesce = coalesce;
        this.later = later;
        this.queries = queries;
        this.clock = clock;
    }

    private static BiConsumer<Runnable, Duration> timer() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-updates");
            t.setDaemon(true);
            return t;
        });
        return (task, delay) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    Runnable subscribe(Consumer<Round> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void dispatchChanged(DispatchChanged event) {
        changed.add(event.dispatchId());
        if (pending.compareAndSet(false, true)) {
            later.accept(this::tell, coalesce);
        }
    }

    /** Everything that changed since the last time, told once to each open dashboard. */
    private void tell() {
        // Cleared before the changes are taken: one added meanwhile is in this round or schedules the next.
        pending.set(false);
        Set<Long> ids = new HashSet<>(changed);
        changed.removeAll(ids);
        if (ids.isEmpty() || listeners.isEmpty()) {
            return;
        }
        Round round = new Round(ids, queries, clock.instant());
        listeners.forEach(listener -> listener.accept(round));
    }

    int subscribers() {
        return listeners.size();
    }

    /**
     * One telling. What it reads is read once, by the first dashboard that asks (in its user's security context,
     * which service checks need; this timer thread has none), and handed to every other.
     */
    static final class Round {
        private final Set<Long> changed;
        private final DispatchQueries queries;
        private final Instant now;
        private Set<Long> authors;
        private DashboardData.Shared shared;

        Round(Set<Long> changed, DispatchQueries queries, Instant now) {
            this.changed = Set.copyOf(changed);
            this.queries = queries;
            this.now = now;
        }

        Set<Long> changed() {
            return changed;
        }

        Instant now() {
            return now;
        }

        /** Whether this person's own lists may show something else now. */
        synchronized boolean touches(long accountId) {
            if (authors == null) {
                authors = queries.authorsOf(changed);
            }
            return authors.contains(accountId);
        }

        synchronized DashboardData.Shared shared() {
            if (shared == null) {
                shared = queries.dashboardShared(now, DashboardView.ROWS);
            }
            return shared;
        }
    }
}
