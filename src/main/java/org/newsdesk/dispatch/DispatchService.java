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

    DispatchService(DispatchRepository dispatches, DispatchRevisions revisions, JdbcClient jdbc, AuditTrail audit,
                    CurrentUser currentUser, StaffAccounts staff, Clock clock) {
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
            jdbc.sql("UPDATE dispatch_revision SET correction_note = :note WHERE dispatch_id = :id AND revision_no = :rev")
                    .param("note", note.strip()).param("id", d.getId()).param("rev", d.getLatestRevision()).update();
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

    // --- edit lock ---

    /** Takes the edit lock, or says who holds it. Renewing one's own lock is a heartbeat. */
    @Transactional
    public DispatchDetails lock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, WorkflowAction.EDIT);
        if (d.getLockedBy() != null && d.getLockedBy() != me.accountId() && !lockExpired(d)) {
            throw new DispatchLockedException(staff.displayName(d.getLockedBy()), d.getLockedAt());
        }
        d.lock(me.accountId(), clock.instant());
        dispatches.saveAndFlush(d);
        return details(d, me);
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
        d.lock(me.accountId(), clock.instant());
        dispatches.saveAndFlush(d);
        if (previous != null && previous != me.accountId()) {
            record(me, d, "DISPATCH_LOCK_TAKEN_OVER", null, null, "from " + staff.displayName(previous));
        }
        return details(d, me);
    }

    @Transactional
    public void releaseLock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        if (d.getLockedBy() != null && d.getLockedBy() == me.accountId()) {
            d.lock(null, clock.instant());
            dispatches.saveAndFlush(d);
        }
    }

    // --- internals ---

    private interface Change {
        void apply(Dispatch d, Instant now);
    }

    private DispatchDetails transition(long id, WorkflowAction action, String note, Change change) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, action);
        DispatchState from = d.getState();
        change.apply(d, clock.instant());
        dispatches.saveAndFlush(d);
        record(me, d, "DISPATCH_" + action.name(), from, d.getState(), note);
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
                Workflow.allowedActions(actor(viewer), facts(d)));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
