package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.StaffPrincipal;
import org.newsdesk.staff.StaffAccounts;
import org.newsdesk.workflow.Actor;
import org.newsdesk.workflow.DispatchFacts;
import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.EditLock;
import org.newsdesk.workflow.Workflow;
import org.newsdesk.workflow.WorkflowAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authoring and the editorial workflow. Every save is a revision; every action is checked against
 * {@link Workflow} here (whatever the UI shows), moves the dispatch to the state {@link Workflow#next}
 * names, and is recorded in the audit trail. Readers keep the published revision until an editor
 * publishes or corrects. The SQL lives in the stores: {@link DispatchRevisions}, {@link DispatchLocks},
 * {@link DispatchComments}, {@link DraftChecks}, {@link TranslationStore}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DispatchService {

    private final DispatchRepository dispatches;
    private final DispatchRevisions revisions;
    private final DispatchLocks locks;
    private final DispatchComments comments;
    private final DraftChecks checks;
    private final TranslationStore translations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final StaffAccounts staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PublishCheck> publishChecks;

    DispatchService(DispatchRepository dispatches, DispatchRevisions revisions, DispatchLocks locks,
                    DispatchComments comments, DraftChecks checks, TranslationStore translations, AuditTrail audit,
                    CurrentUser currentUser, StaffAccounts staff, Clock clock, ApplicationEventPublisher events,
                    ObjectProvider<PublishCheck> publishChecks) {
        this.publishChecks = publishChecks;
        this.dispatches = dispatches;
        this.revisions = revisions;
        this.locks = locks;
        this.comments = comments;
        this.checks = checks;
        this.translations = translations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public DispatchDetails create(DispatchDraft draft) {
        StaffPrincipal me = currentUser.require();
        if (!Workflow.mayCreate(actor(me))) {
            throw new AccessDeniedException("Only writers and editors create dispatches");
        }
        String slug = checks.slugOrRefuse(draft, null);
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

    /** The editor's whole state for the current user, in one call (see {@link EditorState}). */
    @Transactional(readOnly = true)
    public EditorState editorState(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        DispatchDetails details = details(d, me);
        boolean holdsLock = details.lockedById() != null && details.lockedById() == me.accountId();
        boolean heldByOther = details.lockedById() != null && !holdsLock;
        // Reviewers (those who may return or correct now) read what changed since the baseline.
        boolean reviewing = details.allowedActions().contains(WorkflowAction.RETURN)
                || details.allowedActions().contains(WorkflowAction.CORRECT);
        Integer baseline = reviewing ? d.reviewBaseline() : null;
        Optional<EditorState.Review> review = baseline == null ? Optional.empty()
                : Optional.of(new EditorState.Review(baseline, d.getLatestRevision(),
                        RevisionDiff.between(revision(d, baseline), revision(d, d.getLatestRevision()))));
        return new EditorState(details, holdsLock, heldByOther && EditLock.mayTakeOver(actor(me), facts(d)),
                comments.of(id), review, translations.members(id),
                translations.sourceChange(id).map(c -> c.with(diff(c.sourceId(), c.translatedRevision(), c.latestRevision()))));
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
        refuseIfLockedByOther(me, id);
        String slug = checks.slugOrRefuse(draft, d);
        Instant now = clock.instant();
        d.apply(draft, slug, now);
        dispatches.saveAndFlush(d);
        revisions.store(d, me.accountId(), now);
        events.publishEvent(new DispatchChanged(d.getId()));
        return details(d, me);
    }

    @Transactional
    public DispatchDetails submit(long id) {
        return transition(id, WorkflowAction.SUBMIT, null, (d, now) -> { });
    }

    /** Back to the writer; the comment saying what to change is required and joins the thread. */
    @Transactional
    public DispatchDetails returnToWriter(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DispatchValidationException(Map.of("comment", "dispatch.error.comment-required"));
        }
        DispatchDetails result = transition(id, WorkflowAction.RETURN, comment.strip(), (d, now) -> {
            d.clearSchedule();
            d.returned();
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
        return transition(id, WorkflowAction.SCHEDULE, "at " + at, (d, now) -> d.schedule(at));
    }

    @Transactional
    public DispatchDetails unschedule(long id) {
        return transition(id, WorkflowAction.UNSCHEDULE, null, (d, now) -> d.clearSchedule());
    }

    @Transactional
    public DispatchDetails setEmbargo(long id, Instant until) {
        if (until == null || !until.isAfter(clock.instant())) {
            throw new DispatchValidationException(Map.of("embargoUntil", "dispatch.error.embargo-in-past"));
        }
        return transition(id, WorkflowAction.SET_EMBARGO, "until " + until, (d, now) -> d.setEmbargoUntil(until));
    }

    @Transactional
    public DispatchDetails clearEmbargo(long id) {
        return transition(id, WorkflowAction.CLEAR_EMBARGO, null, (d, now) -> d.setEmbargoUntil(null));
    }

    /** Republishes the latest revision with a public correction note; URL and identity stay. */
    @Transactional
    public DispatchDetails correct(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new DispatchValidationException(Map.of("correctionNote", "dispatch.error.correction-note-required"));
        }
        return transition(id, WorkflowAction.CORRECT, note.strip(), (d, now) -> {
            revisions.correct(d.getId(), d.getLatestRevision(), note.strip(), now);
            d.publishLatest(now);
        });
    }

    /** Withdraws a published dispatch; the notice is what remains public. */
    @Transactional
    public DispatchDetails kill(long id, String notice) {
        if (notice == null || notice.isBlank()) {
            throw new DispatchValidationException(Map.of("killNotice", "dispatch.error.kill-notice-required"));
        }
        return transition(id, WorkflowAction.KILL, notice.strip(), (d, now) -> d.kill(notice.strip()));
    }

    @Transactional
    public DispatchDetails spike(long id) {
        return transition(id, WorkflowAction.SPIKE, null, (d, now) -> d.clearSchedule());
    }

    @Transactional
    public DispatchDetails unspike(long id) {
        return transition(id, WorkflowAction.UNSPIKE, null, (d, now) -> { });
    }

    @Transactional
    public void addComment(long id, String text) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        if (!Workflow.mayComment(actor(me))) {
            throw new AccessDeniedException("Only writers and editors comment");
        }
        if (text == null || text.isBlank()) {
            throw new DispatchValidationException(Map.of("comment", "dispatch.error.comment-required"));
        }
        comments.add(d.getId(), me.accountId(), clock.instant(), text.strip());
        events.publishEvent(new DispatchCommented(d.getId()));
    }

    @Transactional(readOnly = true)
    public List<DispatchComment> comments(long id) {
        load(id);
        return comments.of(id);
    }

    // --- history ---

    @Transactional(readOnly = true)
    public List<RevisionSummary> revisions(long id) {
        Dispatch d = load(id);
        return revisions.summaries(id, d.getPublishedRevision());
    }

    @Transactional(readOnly = true)
    public DispatchDraft revision(long id, int number) {
        return revision(load(id), number);
    }

    /** Side-by-side differences between two revisions. */
    @Transactional(readOnly = true)
    public List<TextDiff.Row> diff(long id, int from, int to) {
        return RevisionDiff.between(revision(id, from), revision(id, to));
    }

    /** Differences between two texts, e.g. what is stored and what the user typed (conflicts). */
    public List<TextDiff.Row> diff(DispatchDraft older, DispatchDraft newer) {
        return RevisionDiff.between(older, newer);
    }

    /**
     * What a reviewer should read: the changes since the published revision, or else since the
     * last revision an editor returned; null when there is nothing to compare with.
     */
    @Transactional(readOnly = true)
    public Integer reviewBaseline(long id) {
        return load(id).reviewBaseline();
    }

    // --- edit lock (rules: workflow.EditLock; storage: DispatchLocks) ---

    /** Takes the edit lock, or says who holds it. Renewing one's own lock is a heartbeat. */
    @Transactional
    public DispatchDetails lock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, WorkflowAction.EDIT);
        if (!locks.take(id, me.accountId(), clock.instant())) {
            EditLock held = locks.of(id);
            throw new DispatchLockedException(staff.displayName(held.holderId()), held.since());
        }
        return details(d, me);
    }

    /** An editor takes over someone else's lock; the previous holder's next save is refused. */
    @Transactional
    public DispatchDetails takeOverLock(long id) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        EditLock.requireTakeOver(actor(me), facts(d));
        Long previous = locks.of(id).holderId();
        locks.takeOver(id, me.accountId(), clock.instant());
        if (previous != null && previous != me.accountId()) {
            record(me, d, "DISPATCH_LOCK_TAKEN_OVER", null, null, "from " + staff.displayName(previous));
            // The previous holder's open editor turns read-only now, not at their next save.
            events.publishEvent(new DispatchChanged(id));
        }
        return details(d, me);
    }

    /**
     * The editor's heartbeat: keeps this person's lock alive, but never takes a free one back — a
     * lock released by a hand-off (or taken over) stays released. False when the lock is not ours.
     */
    @Transactional
    public boolean renewLock(long id) {
        return locks.renew(id, currentUser.require().accountId(), clock.instant());
    }

    @Transactional
    public void releaseLock(long id) {
        locks.release(id, currentUser.require().accountId());
    }

    // --- internals ---

    private interface Change {
        void apply(Dispatch d, Instant now);
    }

    private DispatchDetails transition(long id, WorkflowAction action, String note, Change change) {
        StaffPrincipal me = currentUser.require();
        Dispatch d = load(id);
        require(me, d, action);
        // Someone is typing into it: wait, or (editors) take over first.
        refuseIfLockedByOther(me, id);
        if (action == WorkflowAction.PUBLISH || action == WorkflowAction.SCHEDULE || action == WorkflowAction.CORRECT) {
            publishChecks.orderedStream().forEach(check -> check.beforePublishing(d.getId(), d.getLanguage()));
        }
        DispatchState from = d.getState();
        Instant now = clock.instant();
        change.apply(d, now);
        d.advance(action, now);
        dispatches.saveAndFlush(d);
        if (Workflow.HAND_OFF.contains(action)) {
            // Handing it on ends the actor's editing, in the same transaction: the next person finds it free.
            locks.release(id, me.accountId());
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

    private void refuseIfLockedByOther(StaffPrincipal me, long id) {
        EditLock lock = locks.of(id);
        if (lock.heldByOther(me.accountId(), clock.instant())) {
            throw new DispatchLockedException(staff.displayName(lock.holderId()), lock.since());
        }
    }

    private DispatchDraft revision(Dispatch d, int number) {
        return revisions.draft(d.getId(), d.getLanguage(), number).orElseThrow(() -> new DispatchNotFoundException(d.getId()));
    }

    private Dispatch load(long id) {
        return dispatches.findById(id).orElseThrow(() -> new DispatchNotFoundException(id));
    }

    private void record(StaffPrincipal me, Dispatch d, String action, DispatchState from, DispatchState to, String note) {
        audit.record(new AuditEvent(me.accountId(), me.getUsername(), action, "DISPATCH", d.getId(), d.getHeadline(),
                from == null ? null : from.name(), to == null ? null : to.name(), note));
    }

    private DispatchDetails details(Dispatch d, StaffPrincipal viewer) {
        var draft = new DispatchDraft(d.getLanguage(), d.getHeadline(), d.getSlugline(), d.getDateline(), d.getByline(),
                d.getLead(), d.getBody(), d.getSectionCode(), d.getKeywords(), d.getUrgency(), d.getSlug());
        EditLock lock = locks.of(d.getId());
        Long lockHolder = lock.holderAt(clock.instant());
        return new DispatchDetails(d.getId(), d.getVersion(), d.getState(), draft, d.getSlug(), d.getCreatedBy(),
                staff.displayName(d.getCreatedBy()), d.getLatestRevision(), d.getPublishedRevision(), d.getFirstPublishedAt(),
                d.getScheduledAt(), d.getEmbargoUntil(), d.getKillNotice(),
                lockHolder == null ? null : staff.displayName(lockHolder), lockHolder,
                lockHolder == null ? null : lock.since(), d.getUpdatedAt(),
                lockHolder != null && lockHolder != viewer.accountId()
                        ? Workflow.whileLockedByOther(Workflow.allowedActions(actor(viewer), facts(d)))
                        : Workflow.allowedActions(actor(viewer), facts(d)));
    }
}
