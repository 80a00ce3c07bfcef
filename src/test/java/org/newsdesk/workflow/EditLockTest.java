package org.newsdesk.workflow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who holds the edit lock when, and who may take it over. */
class EditLockTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Actor WRITER = new Actor(1, true, false);
    static final Actor EDITOR = new Actor(3, false, true);
    static final Actor ADMIN = new Actor(4, false, false);

    @Test
    void aLockHoldsWhileRenewedAndExpiresAfterTheTimeout() {
        var lock = new EditLock(1L, NOW.minusSeconds(600), NOW.minus(EditLock.TIMEOUT));
        assertThat(lock.heldAt(NOW)).as("renewed exactly a timeout ago").isTrue();
        assertThat(lock.holderAt(NOW)).isEqualTo(1L);
        assertThat(lock.heldAt(NOW.plusMillis(1))).isFalse();
        assertThat(lock.holderAt(NOW.plusMillis(1))).isNull();
        assertThat(EditLock.FREE.heldAt(NOW)).isFalse();
        assertThat(new EditLock(1L, NOW, null).heldAt(NOW)).as("never renewed").isFalse();
        assertThat(EditLock.expiredBefore(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(2)));
    }

    @Test
    void onlySomeoneElsesLiveLockKeepsAPersonOut() {
        var lock = new EditLock(1L, NOW, NOW);
        assertThat(lock.heldByOther(1, NOW)).as("one's own lock").isFalse();
        assertThat(lock.heldByOther(3, NOW)).isTrue();
        assertThat(lock.heldByOther(3, NOW.plus(Duration.ofMinutes(3)))).as("expired").isFalse();
        assertThat(EditLock.FREE.heldByOther(3, NOW)).isFalse();
    }

    @Test
    void editorsWhoMayEditTakeOverWritersAndAdministratorsDoNot() {
        var submitted = new DispatchFacts(DispatchState.SUBMITTED, WRITER.id(), false);
        assertThat(EditLock.mayTakeOver(EDITOR, submitted)).isTrue();
        assertThatCode(() -> EditLock.requireTakeOver(EDITOR, submitted)).doesNotThrowAnyException();

        var draft = new DispatchFacts(DispatchState.DRAFT, WRITER.id(), false);
        assertThat(EditLock.mayTakeOver(WRITER, draft)).as("the author, a writer").isFalse();
        assertThat(EditLock.mayTakeOver(ADMIN, draft)).isFalse();
        assertThatThrownBy(() -> EditLock.requireTakeOver(WRITER, draft)).isInstanceOf(WorkflowException.class)
                .satisfies(e -> assertThat(((WorkflowException) e).action()).isEqualTo(WorkflowAction.EDIT));

        var killed = new DispatchFacts(DispatchState.KILLED, WRITER.id(), false);
        assertThat(EditLock.mayTakeOver(EDITOR, killed)).as("nothing to edit").isFalse();
    }

    @Test
    void writersAndEditorsCommentAdministratorsOnlyRead() {
        assertThat(Workflow.mayComment(WRITER)).isTrue();
        assertThat(Workflow.mayComment(EDITOR)).isTrue();
        assertThat(Workflow.mayComment(ADMIN)).isFalse();
    }

    @Test
    void everyActionLeadsSomewhereAndOnlyMovingActionsChangeTheState() {
        for (DispatchState from : DispatchState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                DispatchState to = Workflow.next(from, action);
                assertThat(to).isNotNull();
                if (action == WorkflowAction.EDIT || action == WorkflowAction.SET_EMBARGO
                        || action == WorkflowAction.CLEAR_EMBARGO || action == WorkflowAction.CORRECT) {
                    assertThat(to).as("%s from %s", action, from).isEqualTo(from);
                }
            }
        }
    }
}
