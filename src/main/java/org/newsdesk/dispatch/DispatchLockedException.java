package org.newsdesk.dispatch;

import java.time.Instant;

/** Someone else is editing this dispatch. */
public class DispatchLockedException extends RuntimeException {

    private final String holder;
    private final Instant since;

    public DispatchLockedException(String holder, Instant since) {
        super("dispatch.error.locked");
        this.holder = holder;
        this.since = since;
    }

    public String holder() {
        return holder;
    }

    public Instant since() {
        return since;
    }
}
