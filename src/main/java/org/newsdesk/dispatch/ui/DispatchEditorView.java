package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.base.ui.SecuredPush;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchLockedException;
import org.newsdesk.dispatch.DispatchNotFoundException;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.dispatch.EditorState;
import org.newsdesk.dispatch.StaleDispatchException;
import org.newsdesk.dispatch.TranslationSets;
import org.newsdesk.place.Places;
import org.newsdesk.section.Sections;
import org.newsdesk.security.Roles;
import org.newsdesk.text.AgencyProperties;
import org.newsdesk.workflow.WorkflowAction;
import org.newsdesk.workflow.WorkflowException;

import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writing and reviewing a dispatch. The view composes its parts and keeps the one
 * {@link EditorState} they show, refreshed from a single service call after every action:
 * <ul>
 *   <li>{@link EditorStatus}: state, schedule and embargo, with the lock, save and shortcut parts;</li>
 *   <li>{@link EditLockControls}: who is editing, take over, the heartbeat;</li>
 *   <li>{@link Autosave}: saves a few seconds after the last keystroke;</li>
 *   <li>{@link EditorActionBar}: save and the actions this person may take now;</li>
 *   <li>{@link EditorForm}: the fields and the live preview;</li>
 *   <li>{@link KeptText}, {@link ReviewChanges}, {@link CommentsPanel}, {@link TranslationPanel}.</li>
 * </ul>
 * A stale save opens the {@link ConflictDialog}, which never throws away what was typed.
 */
@Route("dispatch")
@RolesAllowed({Roles.WRITER, Roles.EDITOR, Roles.ADMIN})
class DispatchEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle,
        MainLayout.HasViewTitle {

    final H1 title = new H1();
    final EditLockControls lock;
    final Autosave autosave = new Autosave(() -> save(true), this::getLocale);
    final EditorShortcuts shortcuts = new EditorShortcuts();
    final EditorStatus status;
    final EditorActionBar actions;
    final KeptText kept = new KeptText();
    final ReviewChanges reviewChanges = new ReviewChanges();
    final EditorForm form;
    final CommentsPanel comments;
    /** The story in other languages (issue 7): shown below the comments once the dispatch exists. */
    final TranslationPanel translations;
    final Div notFound = new Div();

    private final DispatchService service;
    private final EditorUpdates editorUpdates;
    /** What the parts show; null while the dispatch is new. */
    private EditorState state;
    private Runnable unsubscribe;
    private boolean conflictOpen;
    /** Parts other features add below (the pictures). */
    final List<EditorPart> parts;

    DispatchEditorView(DispatchService service, Sections sections, AgencyProperties agency, Places places,
                       TranslationSets translationSets, EditorUpdates editorUpdates, Clock clock,
                       ObjectProvider<EditorPart> editorParts) {
        this.service = service;
        this.parts = editorParts.orderedStream().toList();
        this.editorUpdates = editorUpdates;
        addClassName("nd-editor");
        lock = new EditLockControls(service, this);
        status = new EditorStatus(clock, lock.status, lock.buttons, autosave.status, shortcuts.help);
        form = new EditorForm(places, agency, sections.active(getLocale().getLanguage()),
                () -> autosave.changed(state != null));
        translations = new TranslationPanel(translationSets, this::refresh);
        actions = new EditorActionBar(service, clock, () -> save(false), this::perform, translations::askKill);
        comments = new CommentsPanel(service, () -> state == null ? -1 : state.dispatch().id(), e -> notify(e, true));
        add(title, status, actions, kept, reviewChanges, form.columns, form.meta, comments, translations);
        parts.forEach(part -> add(part.asComponent()));
        EditorShortcuts.register(this, () -> {
            if (actions.save.isVisible()) {
                save(false);
            }
        }, () -> actions.submitIfOffered(state == null ? null : state.dispatch()), form::togglePreview);
        notFound.setText(getTranslation("dispatch.not-found"));
        notFound.setVisible(false);
        add(notFound);
    }

    EditorState state() {
        return state;
    }

    Locale locale() {
        return getLocale();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        // The router keeps this view when one editor address leads to another (a new dispatch just saved, a link
        // to a translation): leave the dispatch shown as closing the page would, then take the next one's lock.
        getUI().ifPresent(this::leave);
        open(parameter);
        getUI().ifPresent(lock::start);
    }

    private void open(String parameter) {
        // A kept view (Back to "new" after a save, a link after a wrong address) shows nothing of what it showed.
        getChildren().forEach(c -> c.setVisible(c != notFound && c != kept));
        if ("new".equals(parameter)) {
            state = null;
            form.fill(new DispatchDraft("en", "", null, null, null, null, "", null, null, 5, null));
            autosave.clear();
            title.setText(getTranslation("dispatch.new"));
            status.showNew();
            lock.showNew();
            setEditable(true);
            actions.show(null);
            comments.show(List.of());
            reviewChanges.show(java.util.Optional.empty());
            parts.forEach(part -> part.show(null, false));
            translations.setVisible(false);
            return;
        }
        try {
            show(service.editorState(Long.parseLong(parameter)));
        } catch (NumberFormatException | DispatchNotFoundException e) {
            state = null;
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            title.setVisible(true);
            title.setText(getTranslation("dispatch.not-found.title"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Runnable refresh = SecuredPush.asCurrentUser(attachEvent.getUI(), this::changedElsewhere);
        // Even while this editor holds the lock and skips other refreshes: a comment touches nothing being typed.
        Runnable showComments = SecuredPush.asCurrentUser(attachEvent.getUI(),
                () -> comments.show(service.comments(state.dispatch().id())));
        unsubscribe = editorUpdates.subscribe(
                id -> {
                    if (shows(id)) {
                        refresh.run();
                    }
                },
                id -> {
                    if (shows(id)) {
                        showComments.run();
                    }
                });
        lock.start(attachEvent.getUI());
    }

    private boolean shows(long dispatchId) {
        return state != null && state.dispatch().id() == dispatchId;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        leave(detachEvent.getUI());
    }

    /** Leaving the dispatch (closing the tab, going elsewhere): whatever reached the server is saved, the lock released. */
    private void leave(UI ui) {
        autosave.cancel();
        if (autosave.dirty() && state != null && lock.holds()) {
            try {
                save(true);
            } catch (RuntimeException e) {
                // leaving anyway; a failed last save leaves the previous revision
            }
        }
        lock.release(ui);
    }

    /** Everything as stored, the form included. */
    void show(EditorState s) {
        state = s;
        DispatchDetails d = s.dispatch();
        form.fill(d.draft());
        autosave.clear();
        title.setText(d.draft().headline());
        status.show(d);
        form.freezeSlug(d.firstPublishedAt() != null);
        lock.show(s);
        // Writable only under one's own lock: a hand-off releases it, and so does a take-over.
        boolean editable = d.allowedActions().contains(WorkflowAction.EDIT) && lock.holds();
        setEditable(editable);
        parts.forEach(part -> part.show(d, editable));
        actions.show(d);
        comments.show(s.comments());
        reviewChanges.show(s.review());
        translations.show(s);
    }

    /** Shows the dispatch again as stored (after the translation panel killed its set). */
    void refresh() {
        show(service.editorState(state.dispatch().id()));
    }

    private void setEditable(boolean editable) {
        form.setEditable(editable);
        actions.save.setVisible(editable);
    }

    /** Saves now; {@code auto} saves quietly and only when something changed and the form is valid. */
    void save(boolean auto) {
        if (conflictOpen) {
            return;
        }
        form.clearErrors();
        try {
            if (state == null) {
                DispatchDetails created = service.create(form.draft());
                autosave.clear();
                UI.getCurrent().navigate("dispatch/" + created.id());
                return;
            }
            if (auto && !autosave.dirty()) {
                return;
            }
            DispatchDetails d = state.dispatch();
            DispatchDetails saved = service.save(d.id(), d.version(), form.draft());
            // The form already shows what was saved (and maybe more typed since): only the rest follows.
            state = state.withDispatch(saved);
            autosave.saved(saved.updatedAt());
            title.setText(saved.draft().headline());
            actions.show(saved);
        } catch (DispatchValidationException e) {
            autosave.invalid();
            e.errors().forEach((field, key) -> {
                if (!form.markInvalid(field, getTranslation(key))) {
                    notify(getTranslation(key), true);
                }
            });
        } catch (StaleDispatchException e) {
            conflictOpen = true;
            new ConflictDialog(service, e.current(), form.draft(), this::resolveConflict).open();
        } catch (DispatchLockedException e) {
            lockedOut(e);
        } catch (WorkflowException e) {
            notify(getTranslation(e.messageKey()), true);
        }
    }

    /**
     * After a conflict: either save the user's text over what is stored, or continue from what is
     * stored with the user's text kept beside the form to copy from — nothing typed is lost.
     */
    void resolveConflict(DispatchDetails stored, DispatchDraft mine, boolean keepMine) {
        conflictOpen = false;
        if (keepMine) {
            state = state.withDispatch(stored);
            form.fill(mine);
            autosave.markDirty();
            save(false);
        } else {
            show(service.editorState(stored.id()));
            kept.keep(mine);
        }
    }

    /** Runs a workflow action: pending text is saved first; then everything shows the outcome, from one call. */
    private void perform(WorkflowAction performed, Supplier<DispatchDetails> action) {
        if (autosave.dirty()) {
            save(false);
            if (autosave.dirty()) {
                return;
            }
        }
        try {
            DispatchDetails d = action.get();
            show(service.editorState(d.id()));
            notify(actions.done(performed, d), false);
        } catch (WorkflowException e) {
            notify(getTranslation(e.messageKey()), true);
        } catch (DispatchValidationException e) {
            e.errors().forEach((field, k) -> notify(getTranslation(k, e.args(field)), true));
        } catch (DispatchLockedException e) {
            lockedOut(e);
        }
    }

    /** Someone else holds the lock: read-only, the typed text stays in the form, and the actions that leaves. */
    void lockedOut(DispatchLockedException e) {
        state = service.editorState(state.dispatch().id());
        setEditable(false);
        lock.showHeldBy(e.holder(), e.since(), state.mayTakeOverLock());
        actions.show(state.dispatch());
        notify(getTranslation("dispatch.error.locked", e.holder()), true);
    }

    /**
     * Someone changed this dispatch (pushed after their commit). If that ended this editor's lock
     * (a hand-off from another tab, a take-over), the form turns read-only now and keeps any text
     * typed since the last save beside it; a read-only form simply shows the new state.
     */
    void changedElsewhere() {
        EditorState fresh = service.editorState(state.dispatch().id());
        if (lock.holds() && fresh.holdsLock()) {
            return; // our own saves; the form is already current
        }
        if (autosave.dirty()) {
            kept.keep(form.draft());
        }
        show(fresh);
    }

    private static void notify(String text, boolean error) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (state == null ? getTranslation("dispatch.new") : state.dispatch().draft().headline()) + " · "
                + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("dispatch.editor");
    }
}
