package org.newsdesk.wire;

import java.time.Duration;
import java.time.Instant;

/**
 * A partner wire and its health. The bearer token never leaves the service: only {@code tokenHint}.
 *
 * @param lastError       why the last poll failed: a message key {@code wire.poll.*} (null after a success)
 * @param lastErrorDetail what fills the key's {0}: a status, a host, the partner's parser's words
 */
public record WireSource(long id, String name, String url, WireKind kind, Duration pollInterval, String tokenHint,
                         Instant lastSuccessAt, String lastError, String lastErrorDetail, Instant lastErrorAt, int failures, int itemsTaken,
                         Instant nextPollAt) {

    public boolean healthy() {
        return lastError == null;
    }
}
