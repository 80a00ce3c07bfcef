package org.newsdesk.dispatch;

/**
 * Something outside a dispatch's own fields that must be right before it goes public, contributed by
 * another feature (pictures: every picture needs alt text) without this package knowing of it. Called
 * before publishing, scheduling and correcting.
 */
public interface PublishCheck {

    /** Throws {@link DispatchValidationException} saying what is missing; returns quietly when all is well. */
    void beforePublishing(long dispatchId, String language);
}
