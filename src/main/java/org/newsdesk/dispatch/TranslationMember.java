package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;

/**
 * One language version of a story, as the editor lists its translation set.
 *
 * @param source        whether this is the version the others were translated from (the set's first)
 * @param sourceChanged whether the version it was translated from changed after the translation was made
 */
public record TranslationMember(long id, String language, DispatchState state, String authorName, String headline,
                                boolean source, boolean sourceChanged) {
}
