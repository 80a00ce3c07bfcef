package org.newsdesk.wire;

import org.newsdesk.support.RunAs;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

import static org.newsdesk.support.Unique.unique;

/** Wire sources and polling for tests outside this package (the views' tests). */
@Component
public class Wires {

    private final WireSources sources;
    private final WirePoller poller;
    private final RunAs runAs;

    Wires(WireSources sources, WirePoller poller, RunAs runAs) {
        this.sources = sources;
        this.poller = poller;
        this.runAs = runAs;
    }

    /** A new source polled every 5 minutes, made by the demo admin; the caller's own login stays. */
    public WireSource source(String url, WireKind kind) {
        return asAdmin(() -> sources.create(new WireSourceForm(unique("Partner"), url, kind, Duration.ofMinutes(5), null, false)));
    }

    /** Polls everything due, and the given sources now, as the scheduler would. */
    public void poll(WireSource... now) {
        for (WireSource s : now) {
            asAdmin(() -> {
                sources.pollSoon(s.id());
                return null;
            });
        }
        poller.pollDue();
    }

    public <T> T asAdmin(Supplier<T> action) {
        var mine = SecurityContextHolder.getContext();
        // RunAs changes the current context object: give it a fresh one, so the caller's stays untouched.
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return runAs.as("admin", action);
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }
}
