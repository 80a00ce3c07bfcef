package org.newsdesk.dispatch;

/**
 * A dispatch was created, saved or changed state. Published inside the transaction that changed it:
 * synchronous listeners (the public read model's projection) commit or roll back with the change;
 * listeners that must only see committed work use {@code @TransactionalEventListener}.
 */
public record DispatchChanged(long dispatchId) {
}
