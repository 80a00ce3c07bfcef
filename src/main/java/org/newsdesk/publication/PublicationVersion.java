package org.newsdesk.publication;

import java.time.Instant;

/**
 * What the public side's content is at this instant: the counter bumped by every change of the
 * public read model, and the latest embargo already lifted (lifting writes nothing, time alone makes
 * it public). Equal versions mean identical public content, on any node. Every cache and validator
 * of the site, the feeds, the sitemaps and the APIs derives from it.
 */
public record PublicationVersion(long counter, Instant changedAt, Instant lastEmbargoLifted) {

    /** When public content last changed. */
    public Instant lastModified() {
        return lastEmbargoLifted != null && lastEmbargoLifted.isAfter(changedAt) ? lastEmbargoLifted : changedAt;
    }

    /** A compact token for cache keys and validators. */
    public String token() {
        return counter + "." + (lastEmbargoLifted == null ? 0 : lastEmbargoLifted.toEpochMilli());
    }
}
