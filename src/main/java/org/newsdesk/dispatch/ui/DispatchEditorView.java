package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.newsdesk.base.ui.SecuredPush;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.text.AgencyProperties;
import org.newsdesk.text.Dateline;
import org.newsdesk.text.DatelineFormatter;
import org.newsdesk.base.ui.LocalizedPickers;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.place.Places;
import org.newsdesk.dispatch.TranslationSets;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchLockedException;
import org.newsdesk.dispatch.DispatchNotFoundException;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.text.MarkdownRenderer;
import org.newsdesk.section.Sections;
import org.newsdesk.section.SectionLabel;
import org.newsdesk.dispatch.StaleDispatchException;
import org.newsdesk.security.Roles;
import org.newsdesk.workflow.WorkflowAction;
import org.newsdesk.workflow.WorkflowException;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

/**
 * Writing and reviewing a dispatch: the form with messages beside each field, a live Markdown and
 * dateline preview, the actions this person may take now, the edit lock, autosave a few seconds
 * after the last keystroke, and a conflict dialog that never throws away what was typed.
 */
@Route("dispatch")
@RolesAllowed({Roles.WRITER, Roles.EDITOR, Roles.ADMIN})
class DispatchEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle,
        MainLayout.HasViewTitle {

    /** How soon typed text reaches the server. */
    static final int SYNC_MILLIS = 400;
    /** Autosave this long after the last change. */
    static final long AUTOSAVE_MILLIS = 2500;
    private static final java.util.concurrent.ScheduledExecutorService AUTOSAVE =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsroom-autosave");
                t.setDaemon(true);
                return t;
            });
    private java.util.concurrent.ScheduledFuture<?> pendingAutosave;

    final H1 title = new H1();
    final Span stateBadge = new Span();
    /** When it goes out: the scheduled time and the "Embargoed until …" badge, with relative times. */
    final Div timing = new Div();
    final Span lockStatus = new Span();
    final Span saveStatus = new Span();
    final Button takeOver = new Button();
    /** Takes the edit lock again after a hand-off released it. */
    final Button editAgain = new Button();
    final TextField headline = new TextField();
    final TextField slugline = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    /** A listed place (named in the dispatch's language) or any other text. */
    final ComboBox<String> datelinePlace = new ComboBox<>();
    final DatePicker datelineDate = new DatePicker();
    final Span datelinePreview = new Span();
    final TextField byline = new TextField();
    final TextArea lead = new TextArea();
    final TextArea body = new TextArea();
    /** The body, rendered; with the headline, dateline and lead it makes the preview as readers see it. */
    final Div preview = new Div();
    final H2 previewHeadline = new H2();
    final Paragraph previewLead = new Paragraph();
    final Div previewBox = new Div();
    VerticalLayout previewColumn;
    /** Opens the list of keyboard shortcuts. */
    final Button shortcutsHelp = new Button();
    final com.vaadin.flow.component.popover.Popover shortcutsPopover = new com.vaadin.flow.component.popover.Popover();
    final ComboBox<SectionLabel> section = new ComboBox<>();
    final TextField keywords = new TextField();
    final IntegerField urgency = new IntegerField();
    final TextField slug = new TextField();
    final Button save = new Button();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout comments = new VerticalLayout();
    final TextArea newComment = new TextArea();
    final Div notFound = new Div();
    final Div reviewChanges = new Div();

    private final DispatchService service;
    private final AgencyProperties agency;
    private final List<SectionLabel> sections;
    private DispatchDetails current;
    private boolean dirty;
    private boolean loading;
    /** Whether this editor holds the edit lock: only then are the fields writable. */
    private boolean holdsLock;
    private final EditorUpdates editorUpdates;
    private final java.time.Clock clock;
    private Runnable unsubscribe;
    private boolean conflictOpen;
    private final org.newsdesk.security.CurrentUser currentUser;
    final TextArea keptText = new TextArea();
    final Div keptBox = new Div();

    private final Places places;
    /** The story in other languages (issue 7): shown below the comments once the dispatch exists. */
    final TranslationPanel translations;
    /** Parts other features add below (the pictures). */
    final List<EditorPart> parts;

    DispatchEditorView(DispatchService service, Sections sections, AgencyProperties agency,
                       org.newsdesk.security.CurrentUser currentUser, Places places, TranslationSets translationSets,
                       EditorUpdates editorUpdates, java.time.Clock clock,
                       org.springframework.beans.factory.ObjectProvider<EditorPart> editorParts) {
        this.parts = editorParts.orderedStream().toList();
        this.editorUpdates = editorUpdates;
        this.clock = clock;
        this.currentUser = currentUser;
        this.places = places;
        this.translations = new TranslationPanel(translationSets, () -> {
            current = service.get(current.id());
            show(current);
        });
        this.service = service;
        this.agency = agency;
        this.sections = sections.active(getLocale().getLanguage());
        addClassName("nd-editor");
        buildForm();
    }

    private void buildForm() {
        stateBadge.addClassNames("nd-badge", "nd-badge--on");
        lockStatus.addClassName("nd-lock-status");
        saveStatus.addClassName("nd-save-status");
        takeOver.setText(getTranslation("dispatch.lock.take-over"));
        takeOver.setVisible(false);
        takeOver.addClickListener(e -> takeOverLock());
        editAgain.setText(getTranslation("dispatch.action.edit"));
        editAgain.setVisible(false);
        editAgain.getElement().setAttribute("data-action", "EDIT");
        editAgain.addClickListener(e -> tryLock());
        timing.addClassName("nd-timing");
        shortcutsHelp.setIcon(com.vaadin.flow.component.icon.VaadinIcon.KEYBOARD.create());
        shortcutsHelp.setAriaLabel(getTranslation("dispatch.shortcuts"));
        shortcutsHelp.setTooltipText(getTranslation("dispatch.shortcuts"));
        shortcutsHelp.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (String key : List.of("save", "submit", "preview")) {
            list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("dispatch.shortcuts." + key)));
        }
        shortcutsPopover.add(new H2(getTranslation("dispatch.shortcuts")), list);
        shortcutsPopover.setTarget(shortcutsHelp);
        shortcutsPopover.addClassName("nd-shortcuts");
        var status = new FlexLayout(stateBadge, timing, lockStatus, takeOver, editAgain, saveStatus, shortcutsHelp);
        status.addClassName("nd-editor-status");

        headline.setLabel(getTranslation("dispatch.headline"));
        headline.setMaxLength(DispatchDraft.HEADLINE_MAX);
        headline.setRequiredIndicatorVisible(true);
        headline.setWidthFull();
        slugline.setLabel(getTranslation("dispatch.slugline"));
        slugline.setMaxLength(64);
        language.setLabel(getTranslation("dispatch.language"));
        language.setItems(DispatchListView.LANGUAGES);
        // Languages by name ("Français"); any other BCP 47 tag may still be typed.
        language.setItemLabelGenerator(tag -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(tag)));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setRequiredIndicatorVisible(true);
        datelinePlace.setLabel(getTranslation("dispatch.dateline-place"));
        datelinePlace.setHelperText(getTranslation("dispatch.dateline-place.help"));
        datelinePlace.setAllowCustomValue(true);
        datelinePlace.addCustomValueSetListener(e -> datelinePlace.setValue(e.getDetail()));
        datelinePlace.setItems(places.namesIn(nz(language.getValue())));
        datelineDate.setLabel(getTranslation("dispatch.dateline-date"));
        LocalizedPickers.localize(datelineDate);
        datelinePreview.addClassName("nd-dateline-preview");
        byline.setLabel(getTranslation("dispatch.byline"));
        lead.setLabel(getTranslation("dispatch.lead"));
        lead.setWidthFull();
        body.setLabel(getTranslation("dispatch.body"));
        body.setHelperText(getTranslation("dispatch.body.help"));
        body.setMaxLength(DispatchDraft.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("16rem");
        preview.addClassName("nd-preview-body");
        previewHeadline.addClassName("nd-preview-headline");
        previewLead.addClassName("nd-preview-lead");
        previewBox.add(previewHeadline, datelinePreview, previewLead, preview);
        previewBox.addClassName("nd-preview");
        previewBox.getElement().setAttribute("aria-label", getTranslation("dispatch.preview"));
        section.setLabel(getTranslation("dispatch.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(SectionLabel::label);
        keywords.setLabel(getTranslation("dispatch.keywords"));
        urgency.setLabel(getTranslation("dispatch.urgency"));
        urgency.setMin(1);
        urgency.setMax(9);
        urgency.setStepButtonsVisible(true);
        urgency.setHelperText(getTranslation("dispatch.urgency.help"));
        slug.setLabel(getTranslation("dispatch.slug"));
        slug.setHelperText(getTranslation("dispatch.slug.help"));
        save.setText(getTranslation("dispatch.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));

        var meta = new FormLayout(slugline, language, datelinePlace, datelineDate, byline, section, keywords, urgency, slug);
        var editorColumn = new VerticalLayout(headline, lead, body);
        editorColumn.setPadding(false);
        previewColumn = new VerticalLayout(new H2(getTranslation("dispatch.preview")), previewBox);
        previewColumn.setPadding(false);
        var columns = new FlexLayout(editorColumn, previewColumn);
        columns.addClassName("nd-editor-columns");

        newComment.setLabel(getTranslation("dispatch.comments.new"));
        newComment.setWidthFull();
        var addComment = new Button(getTranslation("dispatch.comments.add"), e -> addComment());
        var commentBox = new VerticalLayout(new H2(getTranslation("dispatch.comments")), comments, newComment, addComment);
        commentBox.setPadding(false);

        actions.setWrap(true);
        keptText.setLabel(getTranslation("dispatch.conflict.kept"));
        keptText.setReadOnly(true);
        keptText.setWidthFull();
        var dismiss = new Button(getTranslation("dispatch.conflict.dismiss"), e -> keptBox.setVisible(false));
        keptBox.add(keptText, dismiss);
        keptBox.addClassName("nd-notice");
        keptBox.setWidthFull();
        keptBox.setVisible(false);
        reviewChanges.setWidthFull();
        add(title, status, actions, keptBox, reviewChanges, columns, meta, commentBox, translations);
        parts.forEach(part -> add(part.asComponent()));

        // Typed text reaches the server shortly after each pause; autosave follows a little later.
        for (var field : List.of(headline, lead, body, slugline, byline, keywords, slug)) {
            if (field instanceof TextField tf) {
                tf.setValueChangeMode(ValueChangeMode.LAZY);
                tf.setValueChangeTimeout(SYNC_MILLIS);
            } else if (field instanceof TextArea ta) {
                ta.setValueChangeMode(ValueChangeMode.LAZY);
                ta.setValueChangeTimeout(SYNC_MILLIS);
            }
        }
        body.addValueChangeListener(e -> updatePreview());
        headline.addValueChangeListener(e -> updatePreview());
        lead.addValueChangeListener(e -> updatePreview());
        datelinePlace.addValueChangeListener(e -> updatePreview());
        datelineDate.addValueChangeListener(e -> updatePreview());
        language.addValueChangeListener(e -> {
            placesInLanguage();
            updatePreview();
        });
        for (var field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(headline, slugline, language, datelinePlace,
                datelineDate, byline, lead, body, section, keywords, urgency, slug)) {
            field.addValueChangeListener(e -> {
                if (!loading && e.isFromClient()) {
                    dirty = true;
                    saveStatus.setText(getTranslation("dispatch.autosave.pending"));
                    scheduleAutosave();
                }
            });
        }
        // The shortcuts a desk expects; keys by position (KeyS, Enter, KeyP), so they work on any keyboard layout.
        for (var modifier : List.of(com.vaadin.flow.component.KeyModifier.CONTROL, com.vaadin.flow.component.KeyModifier.META)) {
            com.vaadin.flow.component.Shortcuts.addShortcutListener(this, () -> {
                if (save.isVisible()) {
                    save(false);
                }
            }, com.vaadin.flow.component.Key.KEY_S, modifier);
            com.vaadin.flow.component.Shortcuts.addShortcutListener(this, this::submitByShortcut,
                    com.vaadin.flow.component.Key.ENTER, modifier);
        }
        com.vaadin.flow.component.Shortcuts.addShortcutListener(this, this::togglePreview, com.vaadin.flow.component.Key.KEY_P,
                com.vaadin.flow.component.KeyModifier.ALT, com.vaadin.flow.component.KeyModifier.SHIFT);
        notFound.setText(getTranslation("dispatch.not-found"));
        notFound.setVisible(false);
        add(notFound);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            current = null;
            fill(new DispatchDraft("en", "", null, null, null, null, "", null, null, 5, null));
            title.setText(getTranslation("dispatch.new"));
            stateBadge.setText(getTranslation("state.draft"));
            showActions();
            translations.setVisible(false);
            return;
        }
        try {
            current = service.get(Long.parseLong(parameter));
        } catch (NumberFormatException | DispatchNotFoundException e) {
            showNotFound();
            return;
        }
        show(current);
    }

    private void showNotFound() {
        getChildren().forEach(c -> c.setVisible(false));
        notFound.setVisible(true);
        title.setVisible(true);
        title.setText(getTranslation("dispatch.not-found.title"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Runnable refresh = SecuredPush.asCurrentUser(attachEvent.getUI(), this::changedElsewhere);
        unsubscribe = editorUpdates.subscribe(id -> {
            if (current != null && current.id() == id) {
                refresh.run();
            }
        });
        if (current != null && current.allowedActions().contains(WorkflowAction.EDIT)) {
            tryLock();
            // Keep the lock while the editor is open; an abandoned lock expires on its own.
            attachEvent.getUI().setPollInterval(60_000);
            attachEvent.getUI().addPollListener(e -> heartbeat());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        // Leaving or closing the tab: whatever reached the server is saved.
        if (dirty && current != null && holdsLock) {
            try {
                save(true);
            } catch (RuntimeException e) {
                // the UI is going away; a failed last save leaves the previous revision
            }
        }
        // Releases only this person's own lock (the UPDATE checks the holder).
        if (current != null && holdsLock) {
            try {
                service.releaseLock(current.id());
            } catch (RuntimeException e) {
                // leaving anyway; the lock expires by itself
            }
        }
    }

    /** (Re)starts the autosave timer; it fires through server push, as this user. */
    private void scheduleAutosave() {
        if (current == null) {
            return;
        }
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        pendingAutosave = AUTOSAVE.schedule(SecuredPush.asCurrentUser(UI.getCurrent(), () -> save(true)),
                AUTOSAVE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Renews this editor's own lock; a lock released or taken over meanwhile is not taken back. */
    void heartbeat() {
        if (current != null && holdsLock && !service.renewLock(current.id())) {
            changedElsewhere();
        }
    }

    /**
     * Someone changed this dispatch (pushed after their commit). If that ended this editor's lock
     * (a hand-off from another tab, a take-over), the form turns read-only now and keeps any text
     * typed since the last save beside it; a read-only form simply shows the new state.
     */
    void changedElsewhere() {
        DispatchDetails d = service.get(current.id());
        if (holdsLock && mine(d)) {
            return; // our own saves; the form is already current
        }
        if (dirty) {
            DispatchDraft typed = draft();
            keptText.setValue(typed.headline() + "\n\n" + nz(typed.lead()) + "\n\n" + nz(typed.body()));
            keptBox.setVisible(true);
        }
        current = d;
        show(d);
    }

    void tryLock() {
        try {
            current = service.lock(current.id());
            show(current);
        } catch (DispatchLockedException e) {
            showLockedBy(e.holder(), e.since());
        }
    }

    private void showLockedBy(String holder, Instant since) {
        holdsLock = false;
        setEditable(false);
        editAgain.setVisible(false);
        lockStatus.setText(getTranslation("dispatch.lock.held", holder, time(since)));
        takeOver.setVisible(currentUser.require().hasRole(org.newsdesk.security.Role.EDITOR));
        // Fresh state: what the lock leaves this person to do.
        current = service.get(current.id());
        showActions();
    }

    void takeOverLock() {
        current = service.takeOverLock(current.id());
        show(current);
        lockStatus.setText(getTranslation("dispatch.lock.taken-over"));
    }

    private boolean mine(DispatchDetails d) {
        return d.lockedById() != null && d.lockedById() == currentUser.require().accountId();
    }

    private void show(DispatchDetails d) {
        fill(d.draft());
        title.setText(d.draft().headline());
        stateBadge.setText(getTranslation("state." + d.state().name().toLowerCase(Locale.ROOT)));
        slug.setReadOnly(d.firstPublishedAt() != null);
        showTiming(d);
        // Writable only under one's own lock: a hand-off releases it, and so does a take-over.
        holdsLock = mine(d);
        boolean mayEdit = d.allowedActions().contains(WorkflowAction.EDIT);
        setEditable(mayEdit && holdsLock);
        parts.forEach(part -> part.show(d, mayEdit && holdsLock));
        boolean heldByOther = d.lockedByName() != null && !holdsLock;
        lockStatus.setText(heldByOther ? getTranslation("dispatch.lock.held", d.lockedByName(), time(d.lockedAt())) : "");
        takeOver.setVisible(heldByOther && mayEdit && currentUser.require().hasRole(org.newsdesk.security.Role.EDITOR));
        editAgain.setVisible(mayEdit && d.lockedByName() == null);
        showActions();
        showComments();
        showReviewChanges(d);
        translations.show(d);
    }

    private void showTiming(DispatchDetails d) {
        timing.removeAll();
        Instant now = clock.instant();
        if (d.state() == org.newsdesk.workflow.DispatchState.SCHEDULED && d.scheduledAt() != null) {
            var scheduled = new Span(getTranslation("dispatch.scheduled-for", StaffTime.withRelative(d.scheduledAt(), now, getLocale())));
            scheduled.addClassNames("nd-badge", "nd-badge--scheduled");
            timing.add(scheduled);
        }
        var embargo = StaffTime.embargoBadge(d.embargoUntil(), now,
                getTranslation("dispatch.embargoed-until", StaffTime.withRelative(d.embargoUntil(), now, getLocale())));
        if (embargo != null) {
            timing.add(embargo);
        }
    }

    /** Reviewers read what changed since the published revision, or since the last return. */
    private void showReviewChanges(DispatchDetails d) {
        reviewChanges.removeAll();
        boolean reviewing = d.allowedActions().contains(WorkflowAction.RETURN) || d.allowedActions().contains(WorkflowAction.CORRECT);
        Integer baseline = reviewing ? service.reviewBaseline(d.id()) : null;
        if (baseline != null) {
            reviewChanges.add(new H2(getTranslation("dispatch.review.changes", baseline)));
            reviewChanges.add(new DiffTable(service.diff(d.id(), baseline, d.latestRevision()),
                    getTranslation("dispatch.history.revision", baseline),
                    getTranslation("dispatch.history.revision", d.latestRevision())));
        }
    }

    private void fill(DispatchDraft d) {
        loading = true;
        try {
            headline.setValue(nz(d.headline()));
            slugline.setValue(nz(d.slugline()));
            language.setValue(d.language());
            datelinePlace.setValue(d.dateline() == null ? null : d.dateline().place());
            datelineDate.setValue(d.dateline() == null ? null : d.dateline().date());
            byline.setValue(nz(d.byline()));
            lead.setValue(nz(d.lead()));
            body.setValue(nz(d.body()));
            section.setValue(sections.stream().filter(s -> s.code().equals(d.sectionCode())).findFirst().orElse(null));
            keywords.setValue(nz(d.keywords()));
            urgency.setValue(d.urgency());
            slug.setValue(nz(d.slug()));
            dirty = false;
            saveStatus.setText("");
            updatePreview();
        } finally {
            loading = false;
        }
    }

    DispatchDraft draft() {
        String place = datelinePlace.getValue();
        Dateline dateline = place == null || place.isBlank() ? null
                : new Dateline(places.localize(place, language.getValue()), datelineDate.getValue());
        return new DispatchDraft(language.getValue(), headline.getValue(), slugline.getValue(), dateline, byline.getValue(),
                lead.getValue(), body.getValue(), section.getValue() == null ? null : section.getValue().code(),
                keywords.getValue(), urgency.getValue() == null ? 0 : urgency.getValue(), slug.getValue());
    }

    void updatePreview() {
        preview.removeAll();
        preview.getElement().setProperty("innerHTML", MarkdownRenderer.toSafeHtml(body.getValue()));
        previewHeadline.setText(nz(headline.getValue()));
        previewLead.setText(nz(lead.getValue()));
        previewLead.setVisible(!nz(lead.getValue()).isBlank());
        String place = datelinePlace.getValue();
        datelinePreview.setText(place == null || place.isBlank() ? ""
                : DatelineFormatter.format(new Dateline(places.localize(place, nz(language.getValue())), datelineDate.getValue()),
                nz(language.getValue()),
                agency.nameFor(nz(language.getValue()))));
    }

    /** The place list in the dispatch's language; a listed place already chosen takes its name in it. */
    private void placesInLanguage() {
        String lang = nz(language.getValue());
        String current = datelinePlace.getValue();
        datelinePlace.setItems(places.namesIn(lang));
        datelinePlace.setValue(current == null || current.isBlank() ? null : places.localize(current, lang));
    }

    /** Saves now; {@code auto} saves quietly and only when something changed and the form is valid. */
    void save(boolean auto) {
        if (conflictOpen) {
            return;
        }
        clearErrors();
        try {
            if (current == null) {
                current = service.create(draft());
                dirty = false;
                UI.getCurrent().navigate("dispatch/" + current.id());
                return;
            }
            if (auto && !dirty) {
                return;
            }
            current = service.save(current.id(), current.version(), draft());
            dirty = false;
            saveStatus.setText(getTranslation("dispatch.autosave.saved", time(current.updatedAt())));
            title.setText(current.draft().headline());
            showActions();
        } catch (DispatchValidationException e) {
            saveStatus.setText(getTranslation("dispatch.autosave.invalid"));
            e.errors().forEach((field, key) -> markInvalid(field, getTranslation(key)));
        } catch (StaleDispatchException e) {
            conflictOpen = true;
            new ConflictDialog(service, e.current(), draft(), this::resolveConflict).open();
        } catch (DispatchLockedException e) {
            showLockedBy(e.holder(), e.since());
            notify(getTranslation("dispatch.error.locked", e.holder()), true);
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
        current = stored;
        if (keepMine) {
            fill(mine);
            dirty = true;
            save(false);
        } else {
            show(stored);
            keptText.setValue(mine.headline() + "\n\n" + nz(mine.lead()) + "\n\n" + nz(mine.body()));
            keptBox.setVisible(true);
        }
    }

    private void markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "headline" -> headline;
            case "body" -> body;
            case "language" -> language;
            case "urgency" -> urgency;
            case "sectionCode" -> section;
            case "slug" -> slug;
            case "slugline" -> slugline;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            notify(message, true);
        }
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(headline, body, language, urgency, section, slug, slugline)) {
            f.setInvalid(false);
        }
    }

    private void setEditable(boolean editable) {
        for (var f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(headline, slugline, language, datelinePlace,
                datelineDate, byline, lead, body, section, keywords, urgency)) {
            f.setReadOnly(!editable);
        }
        save.setVisible(editable);
    }

    void showActions() {
        actions.removeAll();
        actions.add(save);
        if (current == null) {
            save.setVisible(true);
            return;
        }
        var allowed = current.allowedActions();
        add(allowed, WorkflowAction.SUBMIT, () -> run(WorkflowAction.SUBMIT, () -> service.submit(current.id())), false);
        add(allowed, WorkflowAction.PUBLISH, () -> run(WorkflowAction.PUBLISH, () -> service.publish(current.id())), true);
        add(allowed, WorkflowAction.RETURN, () -> askText("dispatch.action.return", "dispatch.comment",
                text -> run(WorkflowAction.RETURN, () -> service.returnToWriter(current.id(), text))), false);
        add(allowed, WorkflowAction.SCHEDULE, () -> askInstant("dispatch.action.schedule",
                at -> run(WorkflowAction.SCHEDULE, () -> service.schedule(current.id(), at))), false);
        add(allowed, WorkflowAction.UNSCHEDULE, () -> run(WorkflowAction.UNSCHEDULE, () -> service.unschedule(current.id())), false);
        add(allowed, WorkflowAction.SET_EMBARGO, () -> askInstant("dispatch.action.set_embargo",
                at -> run(WorkflowAction.SET_EMBARGO, () -> service.setEmbargo(current.id(), at))), false);
        add(allowed, WorkflowAction.CLEAR_EMBARGO, () -> run(WorkflowAction.CLEAR_EMBARGO, () -> service.clearEmbargo(current.id())), false);
        add(allowed, WorkflowAction.CORRECT, () -> askText("dispatch.action.correct", "dispatch.correction-note",
                text -> run(WorkflowAction.CORRECT, () -> service.correct(current.id(), text))), false);
        // A kill may reach every language version of the story (issue 7): the translation panel asks.
        add(allowed, WorkflowAction.KILL, () -> translations.askKill(current,
                text -> run(WorkflowAction.KILL, () -> service.kill(current.id(), text))), false);
        add(allowed, WorkflowAction.SPIKE, () -> run(WorkflowAction.SPIKE, () -> service.spike(current.id())), false);
        add(allowed, WorkflowAction.UNSPIKE, () -> run(WorkflowAction.UNSPIKE, () -> service.unspike(current.id())), false);
        actions.add(new Anchor("/newsroom/dispatch-history/" + current.id(), getTranslation("dispatch.history")));
    }

    private void add(java.util.Set<WorkflowAction> allowed, WorkflowAction action, Runnable onClick, boolean primary) {
        if (allowed.contains(action)) {
            var b = new Button(getTranslation("dispatch.action." + action.name().toLowerCase(Locale.ROOT)), e -> onClick.run());
            b.getElement().setAttribute("data-action", action.name());
            if (primary) {
                b.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            }
            actions.add(b);
        }
    }

    private void run(WorkflowAction performed, java.util.function.Supplier<DispatchDetails> action) {
        if (dirty) {
            save(false);
            if (dirty) {
                return;
            }
        }
        try {
            current = action.get();
            show(current);
            notify(done(performed, current), false);
        } catch (WorkflowException e) {
            notify(getTranslation(e.messageKey()), true);
        } catch (DispatchValidationException e) {
            e.errors().forEach((field, k) -> notify(getTranslation(k, e.args(field)), true));
        } catch (DispatchLockedException e) {
            showLockedBy(e.holder(), e.since());
            notify(getTranslation("dispatch.error.locked", e.holder()), true);
        }
    }

    /** Ctrl+Enter: submits for review when that is offered now. */
    void submitByShortcut() {
        if (current != null && current.allowedActions().contains(WorkflowAction.SUBMIT)) {
            run(WorkflowAction.SUBMIT, () -> service.submit(current.id()));
        }
    }

    /** Alt+Shift+P: more room to write, or the preview back. */
    void togglePreview() {
        previewColumn.setVisible(!previewColumn.isVisible());
    }

    /** The notice after an action says what happened ("Embargo set until …"), not just the new state. */
    String done(WorkflowAction performed, DispatchDetails d) {
        String key = "dispatch.done." + performed.name().toLowerCase(Locale.ROOT);
        boolean withheld = d.embargoUntil() != null && d.embargoUntil().isAfter(clock.instant());
        return switch (performed) {
            case SCHEDULE -> getTranslation(key, StaffTime.dateTime(d.scheduledAt(), getLocale()));
            case SET_EMBARGO -> getTranslation(key, StaffTime.dateTime(d.embargoUntil(), getLocale()));
            case PUBLISH -> withheld ? getTranslation("dispatch.done.publish-embargoed", StaffTime.dateTime(d.embargoUntil(), getLocale()))
                    : getTranslation(key);
            default -> getTranslation(key);
        };
    }

    private void askText(String titleKey, String labelKey, Consumer<String> then) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        var text = new TextArea(getTranslation(labelKey));
        text.setWidth("min(30rem, 80vw)");
        text.setRequiredIndicatorVisible(true);
        dialog.add(text);
        var ok = new Button(getTranslation(titleKey), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("dispatch.error.text-required"));
                text.setInvalid(true);
                return;
            }
            dialog.close();
            then.accept(text.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void askInstant(String titleKey, Consumer<Instant> then) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        var picker = new DateTimePicker(getTranslation("dispatch.instant"));
        LocalizedPickers.localize(picker);
        // Entered in the staff member's zone (named beside the picker), stored as UTC.
        picker.setHelperText(StaffTime.zoneNote(this));
        picker.setValue(StaffTime.nowInZone(clock).plusHours(1));
        dialog.add(picker);
        var ok = new Button(getTranslation(titleKey), e -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                return;
            }
            dialog.close();
            then.accept(StaffTime.instant(picker.getValue()));
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    void showComments() {
        comments.removeAll();
        comments.setPadding(false);
        for (var c : service.comments(current.id())) {
            var p = new Paragraph(c.text());
            var who = new Span(getTranslation("dispatch.comments.by", c.authorName(), time(c.at())));
            who.addClassName("nd-comment-meta");
            var box = new Div(who, p);
            box.addClassName("nd-comment");
            comments.add(box);
        }
    }

    void addComment() {
        if (current == null || newComment.getValue().isBlank()) {
            return;
        }
        try {
            service.addComment(current.id(), newComment.getValue());
            newComment.clear();
            showComments();
        } catch (DispatchValidationException | org.springframework.security.access.AccessDeniedException e) {
            notify(getTranslation("dispatch.error.comment-not-allowed"), true);
        }
    }

    private String time(Instant instant) {
        return StaffTime.time(instant, getLocale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void notify(String text, boolean error) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("dispatch.new") : current.draft().headline()) + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("dispatch.editor");
    }
}
