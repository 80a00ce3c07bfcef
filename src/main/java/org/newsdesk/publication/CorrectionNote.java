package org.newsdesk.publication;

import java.time.Instant;

/** A public correction: what was corrected and when it was republished. */
public record CorrectionNote(String note, Instant correctedAt) {
}
