package org.newsdesk.dispatch;

/** No dispatch with this id. */
public class DispatchNotFoundException extends RuntimeException {

    public DispatchNotFoundException(long id) {
        super("dispatch.error.not-found: " + id);
    }
}
