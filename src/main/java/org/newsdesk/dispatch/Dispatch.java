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

import java.time.Instant;
import java.time.LocalDate;

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

    /** Demo and fixture loading only; the editorial workflow (issue #3) owns state changes. */
    void markPublished(Instant at) {
        this.state = DispatchState.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
    }
}
