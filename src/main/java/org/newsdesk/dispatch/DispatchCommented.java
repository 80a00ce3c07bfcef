package org.newsdesk.dispatch;

/**
 * A comment was added to a dispatch. Not a change of the dispatch: the public read model does not hear it, so
 * a comment on a published story purges no cache; open editors of the story show the comment.
 */
public record DispatchCommented(long dispatchId) {
}
