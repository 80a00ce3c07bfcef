package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;

import java.time.Instant;

/** One line of the newsroom's dispatch list. */
public record DispatchRow(long id, String headline, String slugline, DispatchState state, String language,
                          String sectionCode, int urgency, long authorId, String authorName, Instant updatedAt) {

    DispatchRow withAuthorName(String name) {
        return new DispatchRow(id, headline, slugline, state, language, sectionCode, urgency, authorId, name, updatedAt);
    }
}
