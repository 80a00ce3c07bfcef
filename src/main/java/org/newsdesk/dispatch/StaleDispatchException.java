package org.newsdesk.dispatch;

/**
 * Someone saved the dispatch since this copy was loaded. Carries what is stored now, so the UI can
 * show the difference and keep the user's text.
 */
public class StaleDispatchException extends RuntimeException {

    private final DispatchDetails current;

    public StaleDispatchException(DispatchDetails current) {
        super("dispatch.error.stale");
        this.current = current;
    }

    public DispatchDetails current() {
        return current;
    }
}
