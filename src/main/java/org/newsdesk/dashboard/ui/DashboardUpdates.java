package org.newsdesk.dashboard.ui;

import org.newsdesk.dispatch.DispatchChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Tells every open dashboard on this node that dispatches changed, once the change is committed.
 * Changes are gathered for a moment ({@code newsdesk.dashboard.coalesce}, 500 ms) and told once:
 * every editor's autosave is a change, and without this each one made every open dashboard re-read
 * its lists (dashboards × autosaves queries). Dashboards re-read from the database, so nothing is
 * cached here. (Other nodes' users see the change at their next refresh or navigation: see
 * docs/architecture.md.)
 */
@Component
class DashboardUpdates {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Duration coalesce;
    private final BiConsumer<Runnable, Duration> later;

    @Autowired
    DashboardUpdates(@Value("${newsdesk.dashboard.coalesce:PT0.5S}") Duration coalesce) {
        this(coalesce, timer());
    }

    /** For tests: {@code later} runs a task after a delay. */
    DashboardUpdates(Duration coalesce, BiConsumer<Runnable, Duration> later) {
        this.coalesce = coalesce;
        this.later = later;
    }

    private static BiConsumer<Runnable, Duration> timer() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-updates");
            t.setDaemon(true);
            return t;
        });
        return (task, delay) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void dispatchChanged(DispatchChanged event) {
        if (pending.compareAndSet(false, true)) {
            later.accept(this::tell, coalesce);
        }
    }

    /** Everything that changed since the last time, told once to each open dashboard. */
    private void tell() {
        pending.set(false);
        listeners.forEach(Runnable::run);
    }

    int subscribers() {
        return listeners.size();
    }
}
