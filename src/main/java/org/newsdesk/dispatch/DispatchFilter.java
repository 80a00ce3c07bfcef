package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;

/** Dispatch list filter; null fields do not filter. {@code text} matches the headline or slugline. */
public record DispatchFilter(DispatchState state, String language, String sectionCode, Long authorId, Integer urgency,
                             String text) {

    public static DispatchFilter none() {
        return new DispatchFilter(null, null, null, null, null, null);
    }
}
