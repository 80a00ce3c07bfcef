package org.newsdesk.dispatch.ui;

import org.newsdesk.dispatch.DispatchChanged;
import org.newsdesk.dispatch.DispatchCommented;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * Tells every open editor on this node which dispatch changed, once the change is committed, so an
 * editor whose lock was released by a hand-off or taken over turns read-only at once (server push);
 * and which dispatch has a new comment, so the people working on it read it without reloading.
 */
@Component
class EditorUpdates {

    private final Set<LongConsumer> listeners = ConcurrentHashMap.newKeySet();
    private final Set<LongConsumer> commentListeners = ConcurrentHashMap.newKeySet();

    Runnable subscribe(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    Runnable subscribeToComments(LongConsumer listener) {
        commentListeners.add(listener);
        return () -> commentListeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void commented(DispatchCommented event) {
        commentListeners.forEach(l -> l.accept(event.dispatchId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void dispatchChanged(DispatchChanged event) {
        listeners.forEach(l -> l.accept(event.dispatchId()));
    }
}
