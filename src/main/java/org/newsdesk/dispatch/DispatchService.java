package org.newsdesk.dispatch;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.StaffPrincipal;
import org.newsdesk.staff.StaffAccounts;
import org.newsdesk.workflow.Actor;
import org.newsdesk.workflow.DispatchFacts;
import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.Workflow;
import org.newsdesk.workflow.WorkflowAction;
import org.newsdesk.workflow.WorkflowException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.text.Dateline;

/**
 * Authoring and the editorial workflow. Every save is a revision; every action is checked against
 * {@link Workflow} here (whatever the UI shows) and recorded in the audit trail. Readers keep the
 * published revision until an editor publishes or corrects.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DispatchService {

    /** An edit lock not renewed for this long is free for anyone. */
    static final Duration LOCK_TIMEOUT = Duration.ofMinutes(2);

    private final DispatchRepository dispatches;
    private final DispatchRevisions revisions;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final StaffAccounts staff;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<PublishCheck> publishChecks;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    DispatchService(DispatchRepository dispatches, DispatchRevisions revisions, JdbcClient jdbc, AuditTrail audit,
                    CurrentUser currentUser, StaffAccounts staff, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events,
                    org.springframework.beans.factory.ObjectProvider<PublishCheck> publishChecks) {
        this.events = events;
        this.publishChecks = publishChecks;
        this.dispatches = dispatches;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public DispatchDetails create(DispatchDraft draft) {
        StaffPrincipal me = currentUser.require();
        if (!Workflow.mayCreate(actor(me))) {
            throw new AccessDeniedException("Only writers and editors create dispatches");
        }
        Map<String, String> errors = validate(draft);
        String slug = slugFor(draft, null, errors);
        if (!errors.isEmpty()) {
            throw new DispatchValidationException(errors);
        }
        Instant now = clock.instant();
        Dispatch d = new Dispatch(draft.language(), slug, draft.headline().strip(), draft.body(), me.accountId(), now);
        d.apply(draft, slug, now);
        dispatches.saveAndFlush(d);
        revisions.store(d, me.accountId(), now);
        record(me, d, "DISPATCH_CREATED", null, DispatchState.DRAFT, null);
        events.publishEvent(new DispatchChanged(d.getId()));
        return details(d, me);
    }

    @Transactional(readOnly = true)
    public DispatchDetails get(long id) {
        return details(load(id), currentUser.require());
    }

    /**
     * Saves the fields as a new revision, if nobody saved since {@code expectedVersion}; otherwise
     * nothing is stored and the current state comes back in a {@link StaleDispatchException}.
     */
    @Transactional
    public DispatchDetails save(long id, long expectedVersion, DispatchDraft draft) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, WorkflowAction.EDIT);
        if (d.getVersion() != expectedVersion) {
            throw new StaleDispatchException(details(d, me));
        }
        if (d.getLockedBy() != null && d.getLockedBy() != me.accountId() && !lockExpired(d)) {
            throw new DispatchLockedException(staff.displayName(d.getLockedBy()), d.getLockedAt());
        }
        Map<String, String> errors = validate(draft);
        String slug = slugFor(draft, d, errors);
        if (!errors.isEmpty()) {
            throw new DispatchValidationException(errors);
        }
        Instant now = clock.instant();
        d.apply(draft, slug, now);
        dispatches.saveAndFlush(d);
        revisions.store(d, me.accountId(), now);
        events.publishEvent(new DispatchChanged(d.getId()));
        return details(d, me);
    }

    @Transactional
    public DispatchDetails submit(long id) {
        return transition(id, WorkflowAction.SUBMIT, null, (d, now) -> d.moveTo(DispatchState.SUBMITTED, now));
    }

    /** Back to the writer; the comment saying what to change is required and joins the thread. */
    @Transactional
    public DispatchDetails returnToWriter(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DispatchValidationException(Map.of("comment", "dispatch.error.comment-required"));
        }
        DispatchDetails result = transition(id, WorkflowAction.RETURN, comment.strip(), (d, now) -> {
            d.clearSchedule();
            d.moveTo(DispatchState.RETURNED, now);
        });
        addComment(id, comment);
        return result;
    }

    @Transactional
    public DispatchDetails publish(long id) {
        return transition(id, WorkflowAction.PUBLISH, null, (d, now) -> d.publishLatest(now));
    }

    @Transactional
    public DispatchDetails schedule(long id, Instant at) {
        if (at == null || !at.isAfter(clock.instant())) {
            throw new DispatchValidationException(Map.of("scheduledAt", "dispatch.error.schedule-in-past"));
        }
        return transition(id, WorkflowAction.SCHEDULE, "at " + at, (d, now) -> d.schedule(at, now));
    }

    @Transactional
    public DispatchDetails unschedule(long id) {
        return transition(id, WorkflowAction.UNSCHEDULE, null, (d, now) -> {
            d.clearSchedule();
            d.moveTo(DispatchState.SUBMITTED, now);
        });
    }

    @Transactional
    public DispatchDetails setEmbargo(long id, Instant until) {
        if (until == null || !until.isAfter(clock.instant())) {
            throw new DispatchValidationException(Map.of("embargoUntil", "dispatch.error.embargo-in-past"));
        }
        return transition(id, WorkflowAction.SET_EMBARGO, "until " + until, (d, now) -> d.setEmbargoUntil(until, now));
    }

    @Transactional
    public DispatchDetails clearEmbargo(long id) {
        return transition(id, WorkflowAction.CLEAR_EMBARGO, null, (d, now) -> d.setEmbargoUntil(null, now));
    }

    /** Republishes the latest revision with a public correction note; URL and identity stay. */
    @Transactional
    public DispatchDetails correct(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new DispatchValidationException(Map.of("correctionNote", "dispatch.error.correction-note-required"));
        }
        return transition(id, WorkflowAction.CORRECT, note.strip(), (d, now) -> {
            jdbc.sql("UPDATE dispatch_revision SET correction_note = :note, corrected_at = :now WHERE dispatch_id = :id AND revision_no = :rev")
                    .param("note", note.strip()).param("now", utc(now)).param("id", d.getId()).param("rev", d.getLatestRevision()).update();
            d.publishLatest(now);
        });
    }

    /** Withdraws a published dispatch; the notice is what remains public. */
    @Transactional
    public DispatchDetails kill(long id, String notice) {
        if (notice == null || notice.isBlank()) {
            throw new DispatchValidationException(Map.of("killNotice", "dispatch.error.kill-notice-required"));
        }
        return transition(id, WorkflowAction.KILL, notice.strip(), (d, now) -> d.kill(notice.strip(), now));
    }

    @Transactional
    public DispatchDetails spike(long id) {
        return transition(id, WorkflowAction.SPIKE, null, (d, now) -> {
            d.clearSchedule();
            d.moveTo(DispatchState.SPIKED, now);
        });
    }

    @Transactional
    public DispatchDetails unspike(long id) {
        return transition(id, WorkflowAction.UNSPIKE, null, (d, now) -> d.moveTo(DispatchState.DRAFT, now));
    }

    @Transactional
    public void addComment(long id, String text) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        if (!me.hasRole(Role.WRITER) && !me.hasRole(Role.EDITOR)) {
            throw new AccessDeniedException("Only writers and editors comment");
        }
        if (text == null || text.isBlank()) {
            throw new DispatchValidationException(Map.of("comment", "dispatch.error.comment-required"));
        }
        jdbc.sql("INSERT INTO dispatch_comment (dispatch_id, author_id, created_at, body) VALUES (:d, :a, :t, :b)")
                .param("d", d.getId()).param("a", me.accountId()).param("t", utc(clock.instant())).param("b", text.strip())
                .update();
    }

    @Transactional(readOnly = true)
    public java.util.List<DispatchComment> comments(long id) {
        load(id);
        return jdbc.sql("""
                        SELECT c.id, c.author_id, a.display_name, c.created_at, c.body FROM dispatch_comment c
                        JOIN staff_account a ON a.id = c.author_id WHERE c.dispatch_id = :d ORDER BY c.created_at, c.id""")
                .param("d", id)
                .query((rs, n) -> new DispatchComment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(5)))
                .list();
    }

    // --- history ---

    @Transactional(readOnly = true)
    public java.util.List<RevisionSummary> revisions(long id) {
        Dispatch d = load(id);
        Integer live = d.getPublishedRevision();
        return jdbc.sql("""
                        SELECT r.revision_no, r.created_at, a.display_name, r.headline, r.correction_note
                        FROM dispatch_revision r JOIN staff_account a ON a.id = r.created_by
                        WHERE r.dispatch_id = :id ORDER BY r.revision_no DESC""")
                .param("id", id)
                .query((rs, n) -> new RevisionSummary(rs.getInt(1), rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), live != null && live == rs.getInt(1)))
                .list();
    }

    @Transactional(readOnly = true)
    public DispatchDraft revision(long id, int number) {
        Dispatch d = load(id);
        return jdbc.sql("SELECT * FROM dispatch_revision WHERE dispatch_id = :id AND revision_no = :n")
                .param("id", id).param("n", number)
                .query((rs, i) -> new DispatchDraft(d.getLanguage(), rs.getString("headline"), rs.getString("slugline"),
                        rs.getString("dateline_place") == null ? null
                                : new Dateline(rs.getString("dateline_place"), rs.getObject("dateline_date", java.time.LocalDate.class)),
                        rs.getString("byline"), rs.getString("lead"), rs.getString("body"), rs.getString("section_code"),
                        rs.getString("keywords"), rs.getInt("urgency"), rs.getString("slug")))
                .optional().orElseThrow(() -> new DispatchNotFoundException(id));
    }

    /** Side-by-side differences between two revisions. */
    @Transactional(readOnly = true)
    public java.util.List<DiffLine> diff(long id, int from, int to) {
        return RevisionDiff.between(revision(id, from), revision(id, to));
    }

    /** Differences between two texts, e.g. what is stored and what the user typed (conflicts). */
    public java.util.List<DiffLine> diff(DispatchDraft older, DispatchDraft newer) {
        return RevisionDiff.between(older, newer);
    }

    /**
     * What a reviewer should read: the changes since the published revision, or else since the
     * last revision an editor returned; null when there is nothing to compare with.
     */
    @Transactional(readOnly = true)
    public Integer reviewBaseline(long id) {
        Dispatch d = load(id);
        if (d.getPublishedRevision() != null && d.getPublishedRevision() < d.getLatestRevision()) {
            return d.getPublishedRevision();
        }
        return jdbc.sql("""
                        SELECT MAX(r.revision_no) FROM dispatch_revision r
                        JOIN audit_entry e ON e.target_type = 'DISPATCH' AND e.target_id = r.dispatch_id
                             AND e.action = 'DISPATCH_RETURN' AND e.occurred_at >= r.created_at
                        WHERE r.dispatch_id = :id AND r.revision_no < :latest""")
                .param("id", id).param("latest", d.getLatestRevision()).query(Integer.class).optional().orElse(null);
    }

    // --- edit lock ---

    /** Takes the edit lock, or says who holds it. Renewing one's own lock is a heartbeat. */
    @Transactional
    public DispatchDetails lock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, WorkflowAction.EDIT);
        Instant now = clock.instant();
        // One statement decides: free, expired or already mine → mine. Concurrent takers cannot both win.
        int taken = jdbc.sql("""
                        UPDATE dispatch SET locked_at = CASE WHEN locked_by = :me THEN locked_at ELSE :now END,
                                            locked_by = :me, lock_seen_at = :now
                        WHERE id = :id AND (locked_by IS NULL OR locked_by = :me OR lock_seen_at < :expired)""")
                .param("me", me.accountId()).param("now", utc(now)).param("id", id)
                .param("expired", utc(now.minus(LOCK_TIMEOUT))).update();
        Dispatch fresh = reload(id);
        if (taken == 0) {
            throw new DispatchLockedException(staff.displayName(fresh.getLockedBy()), fresh.getLockedAt());
        }
        return details(fresh, me);
    }

    /** An editor takes over someone else's lock; the previous holder's next save is refused. */
    @Transactional
    public DispatchDetails takeOverLock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        if (!me.hasRole(Role.EDITOR)) {
            throw new WorkflowException(WorkflowAction.EDIT, d.getState());
        }
        require(me, d, WorkflowAction.EDIT);
        Long previous = d.getLockedBy();
        Instant now = clock.instant();
        jdbc.sql("UPDATE dispatch SET locked_by = :me, locked_at = :now, lock_seen_at = :now WHERE id = :id")
                .param("me", me.accountId()).param("now", utc(now)).param("id", id).update();
        if (previous != null && previous != me.accountId()) {
            record(me, d, "DISPATCH_LOCK_TAKEN_OVER", null, null, "from " + staff.displayName(previous));
            // The previous holder's open editor turns read-only now, not at their next save.
            events.publishEvent(new DispatchChanged(id));
        }
        return details(reload(id), me);
    }

    /**
     * The editor's heartbeat: keeps this person's lock alive, but never takes a free one back — a
     * lock released by a hand-off (or taken over) stays released. False when the lock is not ours.
     */
    @Transactional
    public boolean renewLock(long id) {
        StaffPrincipal me = currentUser.require();
        return jdbc.sql("UPDATE dispatch SET lock_seen_at = :now WHERE id = :id AND locked_by = :me AND lock_seen_at >= :expired")
                .param("now", utc(clock.instant())).param("id", id).param("me", me.accountId())
                .param("expired", utc(clock.instant().minus(LOCK_TIMEOUT))).update() == 1;
    }

    @Transactional
    public void releaseLock(long id) {
        StaffPrincipal me = currentUser.require();
        jdbc.sql("UPDATE dispatch SET locked_by = NULL, locked_at = NULL, lock_seen_at = NULL WHERE id = :id AND locked_by = :me")
                .param("id", id).param("me", me.accountId()).update();
    }

    private Dispatch reload(long id) {
        Dispatch d = load(id);
        entityManager.refresh(d);
        return d;
    }

    // --- internals ---

    private interface Change {
        void apply(Dispatch d, Instant now);
    }

    private DispatchDetails transition(long id, WorkflowAction action, String note, Change change) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, action);
        if (d.getLockedBy() != null && d.getLockedBy() != me.accountId() && !lockExpired(d)) {
            // Someone is typing into it: wait, or (editors) take over first.
            throw new DispatchLockedException(staff.displayName(d.getLockedBy()), d.getLockedAt());
        }
        if (action == WorkflowAction.PUBLISH || action == WorkflowAction.SCHEDULE || action == WorkflowAction.CORRECT) {
            publishChecks.orderedStream().forEach(check -> check.beforePublishing(d.getId(), d.getLanguage()));
        }
        DispatchState from = d.getState();
        change.apply(d, clock.instant());
        dispatches.saveAndFlush(d);
        if (Workflow.HAND_OFF.contains(action)) {
            // Handing it on ends the actor's editing, in the same transaction: the next person finds it free.
            jdbc.sql("UPDATE dispatch SET locked_by = NULL, locked_at = NULL, lock_seen_at = NULL WHERE id = :id AND locked_by = :me")
                    .param("id", id).param("me", me.accountId()).update();
            d.lockReleased();
        }
        record(me, d, "DISPATCH_" + action.name(), from, d.getState(), note);
        events.publishEvent(new DispatchChanged(d.getId()));
        return details(d, me);
    }

    private void require(StaffPrincipal me, Dispatch d, WorkflowAction action) {
        Workflow.require(actor(me), facts(d), action);
    }

    static Actor actor(StaffPrincipal p) {
        return new Actor(p.accountId(), p.hasRole(Role.WRITER), p.hasRole(Role.EDITOR));
    }

    static DispatchFacts facts(Dispatch d) {
        return new DispatchFacts(d.getState(), d.getCreatedBy(), d.getEmbargoUntil() != null);
    }

    private boolean lockExpired(Dispatch d) {
        return d.getLockSeenAt() == null || d.getLockSeenAt().plus(LOCK_TIMEOUT).isBefore(clock.instant());
    }

    private Dispatch load(long id) {
        return dispatches.findById(id).orElseThrow(() -> new DispatchNotFoundException(id));
    }

    private void record(StaffPrincipal me, Dispatch d, String action, DispatchState from, DispatchState to, String note) {
        audit.record(new AuditEvent(me.accountId(), me.getUsername(), action, "DISPATCH", d.getId(), d.getHeadline(),
                from == null ? null : from.name(), to == null ? null : to.name(), note));
    }

    private Map<String, String> validate(DispatchDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.headline() == null || d.headline().isBlank()) {
            errors.put("headline", "dispatch.error.headline-required");
        } else if (d.headline().strip().length() > DispatchDraft.HEADLINE_MAX) {
            errors.put("headline", "dispatch.error.headline-too-long");
        }
        if (d.body() == null || d.body().isBlank()) {
            errors.put("body", "dispatch.error.body-required");
        } else if (d.body().length() > DispatchDraft.BODY_MAX) {
            errors.put("body", "dispatch.error.body-too-long");
        }
        if (d.urgency() < 1 || d.urgency() > 9) {
            errors.put("urgency", "dispatch.error.urgency");
        }
        if (!validLanguage(d.language())) {
            errors.put("language", "dispatch.error.language");
        }
        if (d.sectionCode() != null && !d.sectionCode().isBlank() && jdbc.sql("SELECT COUNT(*) FROM section WHERE code = :c AND active")
                .param("c", d.sectionCode()).query(Long.class).single() == 0) {
            errors.put("sectionCode", "dispatch.error.section");
        }
        if (d.slugline() != null && d.slugline().strip().length() > 64) {
            errors.put("slugline", "dispatch.error.slugline-too-long");
        }
        return errors;
    }

    static boolean validLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** Generated from the headline unless given; unique per language; frozen after first publication. */
    private String slugFor(DispatchDraft draft, Dispatch existing, Map<String, String> errors) {
        if (existing != null && existing.getFirstPublishedAt() != null) {
            return existing.getSlug();
        }
        boolean explicit = draft.slug() != null && !draft.slug().isBlank();
        String base = explicit ? draft.slug().strip() : Slugs.fromHeadline(draft.headline());
        if (explicit && !base.matches("[a-z0-9]+(-[a-z0-9]+)*") ) {
            errors.put("slug", "dispatch.error.slug-format");
            return base;
        }
        if (existing != null && !explicit) {
            return existing.getSlug();
        }
        String candidate = base;
        for (int n = 2; taken(draft.language(), candidate, existing); n++) {
            if (explicit) {
                errors.put("slug", "dispatch.error.slug-taken");
                return candidate;
            }
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean taken(String language, String slug, Dispatch existing) {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch WHERE language = :l AND slug = :s AND id <> :id")
                .param("l", language).param("s", slug).param("id", existing == null ? -1 : existing.getId())
                .query(Long.class).single() > 0;
    }

    private DispatchDetails details(Dispatch d, StaffPrincipal viewer) {
        var draft = new DispatchDraft(d.getLanguage(), d.getHeadline(), d.getSlugline(), d.getDateline(), d.getByline(),
                d.getLead(), d.getBody(), d.getSectionCode(), d.getKeywords(), d.getUrgency(), d.getSlug());
        Long lockHolder = d.getLockedBy() != null && !lockExpired(d) ? d.getLockedBy() : null;
        return new DispatchDetails(d.getId(), d.getVersion(), d.getState(), draft, d.getSlug(), d.getCreatedBy(),
                staff.displayName(d.getCreatedBy()), d.getLatestRevision(), d.getPublishedRevision(), d.getFirstPublishedAt(),
                d.getScheduledAt(), d.getEmbargoUntil(), d.getKillNotice(),
                lockHolder == null ? null : staff.displayName(lockHolder), lockHolder,
                lockHolder == null ? null : d.getLockedAt(), d.getUpdatedAt(),
                lockHolder != null && lockHolder != viewer.accountId()
                        ? Workflow.whileLockedByOther(Workflow.allowedActions(actor(viewer), facts(d)))
                        : Workflow.allowedActions(actor(viewer), facts(d)));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
