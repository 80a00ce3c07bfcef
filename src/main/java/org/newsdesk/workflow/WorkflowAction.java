package org.newsdesk.workflow;

/** What staff can do to a dispatch. */
public enum WorkflowAction {
    /** Change the working revision (text and fields). */
    EDIT,
    /** Hand a draft to the editors for review. */
    SUBMIT,
    /** Send a submitted dispatch back to its writer, with a comment saying what to change. */
    RETURN,
    /** Publish now. */
    PUBLISH,
    /** Approve for automatic publication at a set instant. */
    SCHEDULE,
    /** Take a scheduled dispatch back to review. */
    UNSCHEDULE,
    /** Keep the dispatch off public surfaces until an instant, even once published. */
    SET_EMBARGO,
    CLEAR_EMBARGO,
    /** Republish a published dispatch with a public correction note. */
    CORRECT,
    /** Withdraw a published dispatch; a public notice replaces it. */
    KILL,
    /** Discard an unpublished dispatch (restorable). */
    SPIKE,
    /** Restore a spiked dispatch as a draft. */
    UNSPIKE
}
