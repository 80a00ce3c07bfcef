package org.newsdesk.apiclient;

import java.time.Instant;

/** An API client as administrators see it; the token itself is never shown again after issuing. */
public record ApiClientSummary(long id, String name, String tokenHint, Instant createdAt, String createdBy,
                               Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
