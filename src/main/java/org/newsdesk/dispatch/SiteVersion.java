package org.newsdesk.dispatch;

import java.time.Instant;

/**
 * What the public site's content is at this instant: the counter bumped by every change readers
 * can see, and the latest embargo already lifted (lifting writes nothing, time alone makes it
 * public). Equal versions mean identical public content, on any node.
 */
public record SiteVersion(long counter, Instant changedAt, Instant lastEmbargoLifted) {

    /** When public content last changed. */
    public Instant lastModified() {
        return lastEmbargoLifted != null && lastEmbargoLifted.isAfter(changedAt) ? lastEmbargoLifted : changedAt;
    }

    /** A compact token for cache validators. */
    public String token() {
        return counter + "." + (lastEmbargoLifted == null ? 0 : lastEmbargoLifted.toEpochMilli());
    }
}
