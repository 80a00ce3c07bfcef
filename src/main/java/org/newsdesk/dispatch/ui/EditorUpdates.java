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

    /** An open editor: what to do when a dispatch changed, and when one was commented on. */
    record Listener(LongConsumer changed, LongConsumer commented) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    Runnable subscribe(LongConsumer changed, LongConsumer commented) {
        var listener = new Listener(changed, commented);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void dispatchChanged(DispatchChanged event) {
        listeners.forEach(l -> l.changed().accept(event.dispatchId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void commented(DispatchCommented event) {
        listeners.forEach(l -> l.commented().accept(event.dispatchId()));
    }
}
