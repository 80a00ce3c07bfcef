package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.WorkflowAction;

import java.time.Instant;
import java.util.Set;

/** A dispatch as staff see it: the working copy, where it stands, and what the viewer may do now. */
public record DispatchDetails(long id, long version, DispatchState state, DispatchDraft draft, String slug,
                              long authorId, String authorName, int latestRevision, Integer publishedRevision,
                              Instant firstPublishedAt, Instant scheduledAt, Instant embargoUntil, String killNotice,
                              String lockedByName, Long lockedById, Instant lockedAt, Instant updatedAt,
                              Set<WorkflowAction> allowedActions) {
}
