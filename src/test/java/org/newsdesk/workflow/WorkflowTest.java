package org.newsdesk.workflow;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every role × action × state, against the table the newsroom agreed on (written out, not derived). */
class WorkflowTest {

    static final long AUTHOR = 1;

    static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("author", new Actor(AUTHOR, true, false));
        ACTORS.put("other-writer", new Actor(2, true, false));
        ACTORS.put("editor", new Actor(3, false, true));
        ACTORS.put("admin", new Actor(4, false, false));
    }

    /** state | actor | allowed actions (no embargo set). */
    static final String TABLE = """
            DRAFT     | author       | EDIT SUBMIT SPIKE
            DRAFT     | other-writer |
            DRAFT     | editor       | EDIT SUBMIT PUBLISH SCHEDULE SET_EMBARGO SPIKE
            DRAFT     | admin        |
            SUBMITTED | author       | SPIKE
            SUBMITTED | other-writer |
            SUBMITTED | editor       | EDIT RETURN PUBLISH SCHEDULE SET_EMBARGO SPIKE
            SUBMITTED | admin        |
            RETURNED  | author       | EDIT SUBMIT SPIKE
            RETURNED  | other-writer |
            RETURNED  | editor       | EDIT SUBMIT SET_EMBARGO SPIKE
            RETURNED  | admin        |
            SCHEDULED | author       |
            SCHEDULED | other-writer |
            SCHEDULED | editor       | EDIT RETURN PUBLISH UNSCHEDULE SET_EMBARGO SPIKE
            SCHEDULED | admin        |
            PUBLISHED | author       |
            PUBLISHED | other-writer |
            PUBLISHED | editor       | EDIT CORRECT KILL
            PUBLISHED | admin        |
            KILLED    | author       |
            KILLED    | other-writer |
            KILLED    | editor       |
            KILLED    | admin        |
            SPIKED    | author       |
            SPIKED    | other-writer |
            SPIKED    | editor       | UNSPIKE
            SPIKED    | admin        |
            """;

    @Test
    void everyRoleActionAndStateMatchesTheTable() {
        int checked = 0;
        for (String line : TABLE.strip().split("\n")) {
            String[] cols = line.split("\\|", -1);
            DispatchState state = DispatchState.valueOf(cols[0].strip());
            Actor actor = ACTORS.get(cols[1].strip());
            Set<WorkflowAction> expected = cols[2].isBlank() ? EnumSet.noneOf(WorkflowAction.class)
                    : Arrays.stream(cols[2].strip().split("\\s+")).map(WorkflowAction::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowAction.class)));
            var facts = new DispatchFacts(state, AUTHOR, false);

            assertThat(Workflow.allowedActions(actor, facts)).as("%s as %s", state, cols[1].strip()).isEqualTo(expected);
            for (WorkflowAction action : WorkflowAction.values()) {
                if (expected.contains(action)) {
                    assertThatCode(() -> Workflow.require(actor, facts, action)).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> Workflow.require(actor, facts, action))
                            .isInstanceOf(WorkflowException.class)
                            .hasMessage("workflow.error.not-allowed");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(DispatchState.values().length * ACTORS.size() * WorkflowAction.values().length);
    }

    @Test
    void aWriterWhoIsAlsoAnEditorHasBoth() {
        var both = new Actor(AUTHOR, true, true);
        assertThat(Workflow.allowedActions(both, new DispatchFacts(DispatchState.DRAFT, AUTHOR, false)))
                .containsExactlyInAnyOrder(WorkflowAction.EDIT, WorkflowAction.SUBMIT, WorkflowAction.PUBLISH,
                        WorkflowAction.SCHEDULE, WorkflowAction.SET_EMBARGO, WorkflowAction.SPIKE);
    }

    @Test
    void embargoesCanBeClearedByEditorsUntilTheEnd() {
        var editor = ACTORS.get("editor");
        for (DispatchState s : EnumSet.of(DispatchState.DRAFT, DispatchState.SUBMITTED, DispatchState.RETURNED,
                DispatchState.SCHEDULED, DispatchState.PUBLISHED)) {
            assertThat(Workflow.allowedActions(editor, new DispatchFacts(s, AUTHOR, true))).as(s.name())
                    .contains(WorkflowAction.CLEAR_EMBARGO);
        }
        assertThat(Workflow.allowedActions(ACTORS.get("author"), new DispatchFacts(DispatchState.DRAFT, AUTHOR, true)))
                .doesNotContain(WorkflowAction.CLEAR_EMBARGO, WorkflowAction.SET_EMBARGO);
        assertThat(Workflow.allowedActions(editor, new DispatchFacts(DispatchState.KILLED, AUTHOR, true))).isEmpty();
    }

    @Test
    void actionsLeadToTheirStates() {
        assertThat(Workflow.next(DispatchState.DRAFT, WorkflowAction.SUBMIT)).isEqualTo(DispatchState.SUBMITTED);
        assertThat(Workflow.next(DispatchState.SUBMITTED, WorkflowAction.RETURN)).isEqualTo(DispatchState.RETURNED);
        assertThat(Workflow.next(DispatchState.SUBMITTED, WorkflowAction.PUBLISH)).isEqualTo(DispatchState.PUBLISHED);
        assertThat(Workflow.next(DispatchState.SUBMITTED, WorkflowAction.SCHEDULE)).isEqualTo(DispatchState.SCHEDULED);
        assertThat(Workflow.next(DispatchState.SCHEDULED, WorkflowAction.UNSCHEDULE)).isEqualTo(DispatchState.SUBMITTED);
        assertThat(Workflow.next(DispatchState.PUBLISHED, WorkflowAction.CORRECT)).isEqualTo(DispatchState.PUBLISHED);
        assertThat(Workflow.next(DispatchState.PUBLISHED, WorkflowAction.KILL)).isEqualTo(DispatchState.KILLED);
        assertThat(Workflow.next(DispatchState.DRAFT, WorkflowAction.SPIKE)).isEqualTo(DispatchState.SPIKED);
        assertThat(Workflow.next(DispatchState.SPIKED, WorkflowAction.UNSPIKE)).isEqualTo(DispatchState.DRAFT);
        assertThat(Workflow.next(DispatchState.RETURNED, WorkflowAction.EDIT)).isEqualTo(DispatchState.RETURNED);
    }

    @Test
    void onlyWritersAndEditorsCreate() {
        assertThat(Workflow.mayCreate(ACTORS.get("author"))).isTrue();
        assertThat(Workflow.mayCreate(ACTORS.get("editor"))).isTrue();
        assertThat(Workflow.mayCreate(ACTORS.get("admin"))).isFalse();
    }

    @Test
    void underAnotherPersonsLockOnlyEditingRemains() {
        var editor = ACTORS.get("editor");
        var facts = new DispatchFacts(DispatchState.SUBMITTED, AUTHOR, false);
        assertThat(Workflow.whileLockedByOther(Workflow.allowedActions(editor, facts))).containsExactly(WorkflowAction.EDIT);
        assertThat(Workflow.whileLockedByOther(Workflow.allowedActions(ACTORS.get("author"), facts))).isEmpty();
        assertThat(Workflow.HAND_OFF).contains(WorkflowAction.SUBMIT, WorkflowAction.RETURN, WorkflowAction.PUBLISH,
                WorkflowAction.SCHEDULE, WorkflowAction.KILL, WorkflowAction.SPIKE);
    }
}
