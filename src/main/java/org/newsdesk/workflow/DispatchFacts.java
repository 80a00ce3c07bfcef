package org.newsdesk.workflow;

/**
 * What the rules need to know about a dispatch.
 *
 * @param authorId  the writer who created it
 * @param embargoed whether an embargo is set (lifted or not)
 */
public record DispatchFacts(DispatchState state, long authorId, boolean embargoed) {
}
