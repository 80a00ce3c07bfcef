package org.newsdesk.workflow;

/** An action the rules do not allow for this person, on this dispatch, now. The message is a message key. */
public class WorkflowException extends RuntimeException {

    private final WorkflowAction action;
    private final DispatchState state;

    public WorkflowException(WorkflowAction action, DispatchState state) {
        super("workflow.error.not-allowed");
        this.action = action;
        this.state = state;
    }

    public WorkflowAction action() {
        return action;
    }

    public DispatchState state() {
        return state;
    }

    public String messageKey() {
        return getMessage();
    }
}
