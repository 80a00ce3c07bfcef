package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchLockedException;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.EditorState;
import org.newsdesk.workflow.WorkflowAction;

import java.time.Instant;

/**
 * The edit lock in the editor: who is editing, "Take over" for editors, "Edit" to take the lock
 * again after a hand-off, the heartbeat that keeps this person's lock alive while the editor is
 * open, and the release when it closes. The rules are {@code workflow.EditLock}'s; the form is
 * writable only while this person holds the lock.
 */
class EditLockControls {

    /** How often an open editor renews its lock; an abandoned lock expires on its own. */
    static final int HEARTBEAT_MILLIS = 60_000;

    final Span status = new Span();
    /**
     * Where "Take over" and "Edit" appear, each built the first time it is offered: most editors never show
     * either, and two hidden buttons cost every open editor about 8 KB.
     */
    final Span buttons = new Span();
    /** Takes the lock from its holder (editors); null until first offered. */
    Button takeOver;
    /** Takes the edit lock again after a hand-off released it; null until first offered. */
    Button editAgain;

    private final DispatchService service;
    private final DispatchEditorView view;
    private boolean holds;
    private Registration heartbeat;
    /** Between {@link #start} and {@link #release}: the editor is open on this dispatch. */
    private boolean started;

    EditLockControls(DispatchService service, DispatchEditorView view) {
        this.service = service;
        this.view = view;
        status.addClassName("nd-lock-status");
        buttons.addClassName("nd-lock-buttons");
    }

    private void offerTakeOver(boolean offered) {
        if (offered && takeOver == null) {
            takeOver = new Button(status.getTranslation("dispatch.lock.take-over"), e -> takeOver());
            buttons.addComponentAsFirst(takeOver);
        }
        if (takeOver != null) {
            takeOver.setVisible(offered);
        }
    }

    private void offerEditAgain(boolean offered) {
        if (offered && editAgain == null) {
            editAgain = new Button(status.getTranslation("dispatch.action.edit"), e -> tryLock());
            editAgain.getElement().setAttribute("data-action", "EDIT");
            buttons.add(editAgain);
        }
        if (editAgain != null) {
            editAgain.setVisible(offered);
        }
    }

    /** Whether this editor holds the lock: only then are the fields writable. */
    boolean holds() {
        return holds;
    }

    void show(EditorState s) {
        var d = s.dispatch();
        holds = s.holdsLock();
        boolean heldByOther = d.lockedByName() != null && !holds;
        status.setText(heldByOther ? status.getTranslation("dispatch.lock.held", d.lockedByName(), time(d.lockedAt())) : "");
        offerTakeOver(s.mayTakeOverLock());
        // Before the editor first tries to take the lock (it is being opened) there is nothing to take again.
        offerEditAgain(started && d.allowedActions().contains(WorkflowAction.EDIT) && d.lockedByName() == null);
    }

    /** A new dispatch: nobody's lock to show. */
    void showNew() {
        holds = false;
        status.setText("");
        offerTakeOver(false);
        offerEditAgain(false);
    }

    /** The service refused because someone else holds the lock. */
    void showHeldBy(String holder, Instant since, boolean mayTakeOver) {
        holds = false;
        offerEditAgain(false);
        status.setText(status.getTranslation("dispatch.lock.held", holder, time(since)));
        offerTakeOver(mayTakeOver);
    }

    void tryLock() {
        long id = view.state().dispatch().id();
        try {
            service.lock(id);
            view.show(service.editorState(id));
        } catch (DispatchLockedException e) {
            view.lockedOut(e);
        }
    }

    void takeOver() {
        long id = view.state().dispatch().id();
        service.takeOverLock(id);
        view.show(service.editorState(id));
        status.setText(status.getTranslation("dispatch.lock.taken-over"));
    }

    /** Takes the lock when the editor opens, if this person may edit, and renews it while it stays open. */
    void start(UI ui) {
        EditorState s = view.state();
        started = true;
        if (s != null && s.dispatch().allowedActions().contains(WorkflowAction.EDIT)) {
            tryLock();
            ui.setPollInterval(HEARTBEAT_MILLIS);
            if (heartbeat == null) {
                heartbeat = ui.addPollListener(e -> heartbeat());
            }
        }
    }

    /** Renews this editor's own lock; a lock released or taken over meanwhile is not taken back. */
    void heartbeat() {
        if (view.state() != null && holds && !service.renewLock(view.state().dispatch().id())) {
            view.changedElsewhere();
        }
    }

    /** Leaving: releases only this person's own lock (the service checks the holder). */
    void release(UI ui) {
        ui.setPollInterval(-1);
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
        if (view.state() != null && holds) {
            try {
                service.releaseLock(view.state().dispatch().id());
            } catch (RuntimeException e) {
                // leaving anyway; the lock expires by itself
            }
        }
        holds = false;
        started = false;
    }

    private String time(Instant instant) {
        return StaffTime.time(instant, view.locale());
    }
}
