package org.newsdesk.dashboard.ui;

import org.newsdesk.dispatch.DispatchChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells every open dashboard on this node that a dispatch changed, once the change is committed.
 * Dashboards re-read their lists from the database, so nothing is cached here. (Other nodes' users
 * see the change at their next refresh or navigation: see docs/architecture.md.)
 */
@Component
class DashboardUpdates {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void dispatchChanged(DispatchChanged event) {
        listeners.forEach(Runnable::run);
    }

    int subscribers() {
        return listeners.size();
    }
}
