package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;

import java.time.Instant;

/** One line of the newsroom's dispatch list. */
public record DispatchRow(long id, String headline, String slugline, DispatchState state, String language,
                          String sectionCode, int urgency, long authorId, String authorName, Instant updatedAt,
                          Instant scheduledAt, Instant embargoUntil) {

    DispatchRow withAuthorName(String name) {
        return new DispatchRow(id, headline, slugline, state, language, sectionCode, urgency, authorId, name, updatedAt,
                scheduledAt, embargoUntil);
    }

    /** When it goes public: the later of schedule and embargo end (null if neither is set). */
    public Instant goesOutAt() {
        if (scheduledAt == null || embargoUntil == null) {
            return scheduledAt == null ? embargoUntil : scheduledAt;
        }
        return scheduledAt.isAfter(embargoUntil) ? scheduledAt : embargoUntil;
    }
}
