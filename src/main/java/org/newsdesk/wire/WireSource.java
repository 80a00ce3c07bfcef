package org.newsdesk.wire;

import java.time.Duration;
import java.time.Instant;

/**
 * A partner wire and its health. The bearer token never leaves the service: only {@code tokenHint}.
 *
 * @param lastError why the last poll failed, in words (null after a success)
 */
public record WireSource(long id, String name, String url, WireKind kind, Duration pollInterval, String tokenHint,
                         Instant lastSuccessAt, String lastError, Instant lastErrorAt, int failures, int itemsTaken,
                         Instant nextPollAt) {

    public boolean healthy() {
        return lastError == null;
    }
}
