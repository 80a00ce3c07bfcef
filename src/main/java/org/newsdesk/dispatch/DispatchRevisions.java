package org.newsdesk.dispatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Stores each saved state of a dispatch as an immutable revision. */
@Component
class DispatchRevisions {

    private final JdbcClient jdbc;

    DispatchRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dispatch's working copy, as its latest revision. */
    void store(Dispatch d, long author, Instant now) {
        var dateline = d.getDateline();
        jdbc.sql("""
                        INSERT INTO dispatch_revision (dispatch_id, revision_no, headline, slug, slugline, dateline_place,
                            dateline_date, byline, lead, body, section_code, keywords, urgency, created_by, created_at)
                        VALUES (:id, :rev, :headline, :slug, :slugline, :place, :date, :byline, :lead, :body, :section,
                            :keywords, :urgency, :author, :at)""")
                .param("id", d.getId()).param("rev", d.getLatestRevision()).param("headline", d.getHeadline())
                .param("slug", d.getSlug()).param("slugline", d.getSlugline())
                .param("place", dateline == null ? null : dateline.place())
                .param("date", dateline == null ? null : dateline.date())
                .param("byline", d.getByline()).param("lead", d.getLead()).param("body", d.getBody())
                .param("section", d.getSectionCode()).param("keywords", d.getKeywords()).param("urgency", d.getUrgency())
                .param("author", author).param("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
