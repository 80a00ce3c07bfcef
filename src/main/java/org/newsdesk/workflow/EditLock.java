package org.newsdesk.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * The edit lock's rules: one person types into a dispatch at a time. A lock is held while its
 * holder's editor renews it; one not renewed for {@link #TIMEOUT} is free for anyone. Editors may
 * take over someone else's lock (the previous holder's next save is refused); writers wait.
 *
 * @param holderId who took it, or null when free
 * @param since    when they took it
 * @param seenAt   when their editor last renewed it
 */
public record EditLock(Long holderId, Instant since, Instant seenAt) {

    /** A lock not renewed for this long is free for anyone. */
    public static final Duration TIMEOUT = Duration.ofMinutes(2);

    public static final EditLock FREE = new EditLock(null, null, null);

    /** Locks last renewed before this instant have expired at {@code now}. */
    public static Instant expiredBefore(Instant now) {
        return now.minus(TIMEOUT);
    }

    /** Whether someone holds it at {@code now} (taken and renewed within the timeout). */
    public boolean heldAt(Instant now) {
        return holderId != null && seenAt != null && !seenAt.isBefore(expiredBefore(now));
    }

    /** Whether someone other than this person holds it at {@code now}: they may then only wait (or take over). */
    public boolean heldByOther(long actorId, Instant now) {
        return heldAt(now) && holderId != actorId;
    }

    /** Who holds it at {@code now}, or null. */
    public Long holderAt(Instant now) {
        return heldAt(now) ? holderId : null;
    }

    /** Editors who may edit the dispatch may take over anyone's lock on it. */
    public static boolean mayTakeOver(Actor actor, DispatchFacts d) {
        return actor.editor() && Workflow.allowedActions(actor, d).contains(WorkflowAction.EDIT);
    }

    /** Refuses a take-over by anyone else. */
    public static void requireTakeOver(Actor actor, DispatchFacts d) {
        if (!mayTakeOver(actor, d)) {
            throw new WorkflowException(WorkflowAction.EDIT, d.state());
        }
    }
}
