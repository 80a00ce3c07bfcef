package org.newsdesk.dispatch;

import org.newsdesk.text.Dateline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Each saved state of a dispatch as an immutable revision (only a correction adds its note later). */
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
                .param("author", author).param("at", utc(now))
                .update();
    }

    /** The public correction note of a revision that is republished. */
    void correct(long dispatchId, int revision, String note, Instant now) {
        jdbc.sql("UPDATE dispatch_revision SET correction_note = :note, corrected_at = :now WHERE dispatch_id = :id AND revision_no = :rev")
                .param("note", note).param("now", utc(now)).param("id", dispatchId).param("rev", revision).update();
    }

    /** Newest first; {@code live} is the published revision's number, if any. */
    List<RevisionSummary> summaries(long dispatchId, Integer live) {
        return jdbc.sql("""
                        SELECT r.revision_no, r.created_at, a.display_name, r.headline, r.correction_note
                        FROM dispatch_revision r JOIN staff_account a ON a.id = r.created_by
                        WHERE r.dispatch_id = :id ORDER BY r.revision_no DESC""")
                .param("id", dispatchId)
                .query((rs, n) -> new RevisionSummary(rs.getInt(1), rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), live != null && live == rs.getInt(1)))
                .list();
    }

    /** One revision's fields, as a draft in the dispatch's language. */
    Optional<DispatchDraft> draft(long dispatchId, String language, int number) {
        return jdbc.sql("SELECT * FROM dispatch_revision WHERE dispatch_id = :id AND revision_no = :n")
                .param("id", dispatchId).param("n", number)
                .query((rs, i) -> new DispatchDraft(language, rs.getString("headline"), rs.getString("slugline"),
                        rs.getString("dateline_place") == null ? null
                                : new Dateline(rs.getString("dateline_place"), rs.getObject("dateline_date", LocalDate.class)),
                        rs.getString("byline"), rs.getString("lead"), rs.getString("body"), rs.getString("section_code"),
                        rs.getString("keywords"), rs.getInt("urgency"), rs.getString("slug")))
                .optional();
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
