package org.newsdesk.dispatch;

import java.time.Instant;

/** One message in a dispatch's comment thread. */
public record DispatchComment(long id, long authorId, String authorName, Instant at, String text) {
}
