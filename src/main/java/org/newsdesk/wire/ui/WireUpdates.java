package org.newsdesk.wire.ui;

import org.newsdesk.wire.WireItemsArrived;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells every open "Incoming wires" list on this node that items arrived (this node's poller stored
 * them). Lists re-read from the database; on other nodes they update at the next refresh.
 */
@Component
class WireUpdates {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void arrived(WireItemsArrived event) {
        listeners.forEach(Runnable::run);
    }

    int subscribers() {
        return listeners.size();
    }
}
