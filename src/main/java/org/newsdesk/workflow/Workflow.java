package org.newsdesk.workflow;

import java.util.EnumSet;
import java.util.Set;

import static org.newsdesk.workflow.DispatchState.DRAFT;
import static org.newsdesk.workflow.DispatchState.KILLED;
import static org.newsdesk.workflow.DispatchState.PUBLISHED;
import static org.newsdesk.workflow.DispatchState.RETURNED;
import static org.newsdesk.workflow.DispatchState.SCHEDULED;
import static org.newsdesk.workflow.DispatchState.SPIKED;
import static org.newsdesk.workflow.DispatchState.SUBMITTED;

/**
 * The editorial rules, in one place and in plain Java: which actions a person may take on a
 * dispatch now, and where each action leads ({@link #next}). The services apply them and refuse
 * anything else; the views only ask {@link #allowedActions} to decide what to offer. The edit lock's
 * rules are in {@link EditLock}.
 * <ul>
 *   <li>Writers create; edit and submit their own drafts and returned dispatches; spike their own
 *       dispatches that no editor has approved yet.</li>
 *   <li>Editors may do all of that on anyone's dispatch, and also edit under review and after
 *       publication (readers keep the published revision until a correction), return with a comment,
 *       publish, schedule, set or clear embargoes, correct, kill, spike and unspike.</li>
 *   <li>Administrators without a newsroom role only read.</li>
 * </ul>
 */
public final class Workflow {

    private static final Set<DispatchState> WRITER_WORKING = EnumSet.of(DRAFT, RETURNED);
    private static final Set<DispatchState> UNAPPROVED = EnumSet.of(DRAFT, SUBMITTED, RETURNED);
    private static final Set<DispatchState> UNPUBLISHED = EnumSet.of(DRAFT, SUBMITTED, RETURNED, SCHEDULED);

    private Workflow() {
    }

    public static boolean mayCreate(Actor actor) {
        return actor.writer() || actor.editor();
    }

    /** Writers and editors talk in a dispatch's comment thread, whatever its state; administrators only read it. */
    public static boolean mayComment(Actor actor) {
        return actor.writer() || actor.editor();
    }

    public static Set<WorkflowAction> allowedActions(Actor actor, DispatchFacts d) {
        Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
        boolean own = d.authorId() == actor.id();
        DispatchState s = d.state();
        if (actor.writer() && own) {
            if (WRITER_WORKING.contains(s)) {
                allowed.add(WorkflowAction.EDIT);
                allowed.add(WorkflowAction.SUBMIT);
            }
            if (UNAPPROVED.contains(s)) {
                allowed.add(WorkflowAction.SPIKE);
            }
        }
        if (actor.editor()) {
            if (s != KILLED && s != SPIKED) {
                allowed.add(WorkflowAction.EDIT);
            }
            if (WRITER_WORKING.contains(s)) {
                allowed.add(WorkflowAction.SUBMIT);
            }
            if (s == SUBMITTED || s == SCHEDULED) {
                allowed.add(WorkflowAction.RETURN);
            }
            if (s == DRAFT || s == SUBMITTED || s == SCHEDULED) {
                allowed.add(WorkflowAction.PUBLISH);
            }
            if (s == DRAFT || s == SUBMITTED) {
                allowed.add(WorkflowAction.SCHEDULE);
            }
            if (s == SCHEDULED) {
                allowed.add(WorkflowAction.UNSCHEDULE);
            }
            if (UNPUBLISHED.contains(s)) {
                allowed.add(WorkflowAction.SET_EMBARGO);
                allowed.add(WorkflowAction.SPIKE);
            }
            if (d.embargoed() && (UNPUBLISHED.contains(s) || s == PUBLISHED)) {
                allowed.add(WorkflowAction.CLEAR_EMBARGO);
            }
            if (s == PUBLISHED) {
                allowed.add(WorkflowAction.CORRECT);
                allowed.add(WorkflowAction.KILL);
            }
            if (s == SPIKED) {
                allowed.add(WorkflowAction.UNSPIKE);
            }
        }
        return allowed;
    }

    /** Actions that hand the dispatch to someone else (or to readers): the actor is done editing it. */
    public static final Set<WorkflowAction> HAND_OFF = EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.RETURN,
            WorkflowAction.PUBLISH, WorkflowAction.SCHEDULE, WorkflowAction.CORRECT, WorkflowAction.KILL, WorkflowAction.SPIKE);

    /**
     * What remains while another person holds the edit lock: only editing (which means waiting, or
     * for editors taking over). Moving a dispatch someone is typing into would act on copy they are
     * still changing, and a writer could only resubmit what they cannot edit.
     */
    public static Set<WorkflowAction> whileLockedByOther(Set<WorkflowAction> allowed) {
        Set<WorkflowAction> left = EnumSet.noneOf(WorkflowAction.class);
        if (allowed.contains(WorkflowAction.EDIT)) {
            left.add(WorkflowAction.EDIT);
        }
        return left;
    }

    /** Refuses an action that is not allowed now. */
    public static void require(Actor actor, DispatchFacts d, WorkflowAction action) {
        if (!allowedActions(actor, d).contains(action)) {
            throw new WorkflowException(action, d.state());
        }
    }

    /**
     * The state an allowed action leads to: the one transition table, which the service applies to
     * every action (and the scheduler to a scheduled publication).
     */
    public static DispatchState next(DispatchState from, WorkflowAction action) {
        return switch (action) {
            case EDIT, SET_EMBARGO, CLEAR_EMBARGO, CORRECT -> from;
            case SUBMIT, UNSCHEDULE -> SUBMITTED;
            case RETURN -> RETURNED;
            case PUBLISH -> PUBLISHED;
            case SCHEDULE -> SCHEDULED;
            case KILL -> KILLED;
            case SPIKE -> SPIKED;
            case UNSPIKE -> DRAFT;
        };
    }
}
