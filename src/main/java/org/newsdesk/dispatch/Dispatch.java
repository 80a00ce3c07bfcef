package org.newsdesk.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.Workflow;
import org.newsdesk.workflow.WorkflowAction;

import java.time.Instant;
import java.time.LocalDate;
import org.newsdesk.text.Dateline;

/** A wire dispatch: one story in one language. */
@Entity
@Table(name = "dispatch")
public class Dispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 200)
    private String headline;

    @Column(length = 64)
    private String slugline;

    @Column(name = "dateline_place", length = 100)
    private String datelinePlace;

    @Column(name = "dateline_date")
    private LocalDate datelineDate;

    @Column(length = 200)
    private String byline;

    @Column(name = "lead", columnDefinition = "text")
    private String lead;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "section_code", length = 40)
    private String sectionCode;

    @Column(length = 500)
    private String keywords;

    @Column(nullable = false, columnDefinition = "tinyint")
    private int urgency = 5;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DispatchState state = DispatchState.DRAFT;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "published_revision")
    private Integer publishedRevision;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "kill_notice", columnDefinition = "text")
    private String killNotice;

    /** The latest revision when an editor last returned it: what the writer's changes are compared with. */
    @Column(name = "returned_revision")
    private Integer returnedRevision;

    // The edit lock (locked_by, locked_at, lock_seen_at) is not part of the entity: DispatchLocks
    // writes it with its own statements, so that taking a lock never makes other people's saves stale.

    @Version
    private long version;

    protected Dispatch() {
    }

    public Dispatch(String language, String slug, String headline, String body, long createdBy, Instant now) {
        this.language = language;
        this.slug = slug;
        this.headline = headline;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSlugline() {
        return slugline;
    }

    public void setSlugline(String slugline) {
        this.slugline = slugline;
    }

    public Dateline getDateline() {
        return datelinePlace == null ? null : new Dateline(datelinePlace, datelineDate);
    }

    public void setDateline(Dateline dateline) {
        this.datelinePlace = dateline == null ? null : dateline.place();
        this.datelineDate = dateline == null ? null : dateline.date();
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public void setSectionCode(String sectionCode) {
        this.sectionCode = sectionCode;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public int getUrgency() {
        return urgency;
    }

    public void setUrgency(int urgency) {
        this.urgency = urgency;
    }

    public DispatchState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public int getLatestRevision() {
        return latestRevision;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public String getKillNotice() {
        return killNotice;
    }

    /** The working copy takes the saved fields; the caller stores them as the next revision. */
    void apply(DispatchDraft d, String slug, Instant now) {
        this.language = d.language();
        this.slug = slug;
        this.headline = d.headline().strip();
        this.slugline = blankToNull(d.slugline());
        setDateline(d.dateline());
        this.byline = blankToNull(d.byline());
        this.lead = blankToNull(d.lead());
        this.body = d.body();
        this.sectionCode = blankToNull(d.sectionCode());
        this.keywords = blankToNull(d.keywords());
        this.urgency = d.urgency();
        this.latestRevision++;
        this.updatedAt = now;
    }

    /** Moves to where the workflow says the action leads ({@link Workflow#next}), the one transition table. */
    void advance(WorkflowAction action, Instant now) {
        this.state = Workflow.next(state, action);
        this.updatedAt = now;
    }

    /** Readers now see the latest revision (the state follows with {@link #advance}). */
    void publishLatest(Instant now) {
        this.publishedRevision = latestRevision;
        this.publishedAt = now;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        this.scheduledAt = null;
    }

    void schedule(Instant at) {
        this.scheduledAt = at;
    }

    void clearSchedule() {
        this.scheduledAt = null;
    }

    void setEmbargoUntil(Instant until) {
        this.embargoUntil = until;
    }

    void kill(String notice) {
        this.killNotice = notice;
    }

    /** An editor returns it: the writer's next changes are read against what the editor saw. */
    void returned() {
        this.returnedRevision = latestRevision;
    }

    /**
     * What a reviewer should read: the changes since the published revision, or else since the
     * last revision an editor returned; null when there is nothing to compare with.
     */
    Integer reviewBaseline() {
        if (publishedRevision != null && publishedRevision < latestRevision) {
            return publishedRevision;
        }
        if (returnedRevision == null) {
            return null;
        }
        int baseline = Math.min(returnedRevision, latestRevision - 1);
        return baseline >= 1 ? baseline : null;
    }

    /** Demo and fixture loading: revision 1 published at the given instant. */
    void markPublished(Instant at) {
        publishLatest(at);
        advance(WorkflowAction.PUBLISH, at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
