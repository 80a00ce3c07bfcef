package org.newsdesk.dispatch;

import java.time.Instant;

/** One saved state of a dispatch, for its history. */
public record RevisionSummary(int number, Instant savedAt, String savedBy, String headline, String correctionNote,
                              boolean published) {
}
