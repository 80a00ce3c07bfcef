package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;

import java.time.Instant;

/** One line of the newsroom's dispatch list. */
public record DispatchRow(long id, String headline, String slugline, DispatchState state, String language,
                          String sectionCode, int urgency, String authorName, Instant updatedAt) {
}
