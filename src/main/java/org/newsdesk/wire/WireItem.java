package org.newsdesk.wire;

import java.time.Instant;

/**
 * An incoming item as the newsroom sees it (latest version).
 *
 * @param usedDispatchId the draft made from it, if someone used it
 * @param usedVersion    the version that was used; {@link #updatedSinceUse()} when a newer one arrived
 * @param canceled       the partner withdrew it (NewsML-G2 {@code stat:canceled}, ninjs {@code pubStatus: canceled})
 */
public record WireItem(long id, long sourceId, String sourceName, String guid, int version, String language,
                       Integer urgency, String headline, String lead, String body, String byline, String credit,
                       String located, String dateline, String link, Instant itemCreatedAt, Instant receivedAt,
                       Instant updatedAt, Long usedDispatchId, Integer usedVersion,
                       boolean canceled) {

    public boolean used() {
        return usedDispatchId != null;
    }

    public boolean updatedSinceUse() {
        return usedVersion != null && version > usedVersion;
    }
}
