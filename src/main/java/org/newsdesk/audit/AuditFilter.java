package org.newsdesk.audit;

import java.time.Instant;

/** Which entries to show; null fields do not filter. {@code to} is exclusive. */
public record AuditFilter(String actor, String action, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
