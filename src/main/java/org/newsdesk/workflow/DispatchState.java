package org.newsdesk.workflow;

/** Where a dispatch is in its life. Plain Java: the workflow rules build on this without any framework. */
public enum DispatchState {
    /** Being written; only staff see it. */
    DRAFT,
    /** Submitted, awaiting an editor's review. */
    SUBMITTED,
    /** Sent back by an editor with a comment saying what to change. */
    RETURNED,
    /** Approved, goes live automatically at its scheduled instant. */
    SCHEDULED,
    /** Live: readers see its published revision. */
    PUBLISHED,
    /** Withdrawn after publication; a public notice replaces it. */
    KILLED,
    /** Discarded before publication; restorable. */
    SPIKED;

    /** Whether readers may see it (embargoes aside). */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
