package org.newsdesk.audit;

import java.time.Instant;

/** One recorded entry of the trail. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actor, String action, String targetType,
                         Long targetId, String targetLabel, String fromState, String toState, String note,
                         String prevHash, String hash) {
}
