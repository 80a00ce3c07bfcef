package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.base.ui.LocalizedPickers;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.workflow.WorkflowAction;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Save and exactly the workflow actions this person may take now (the service's allowed actions),
 * with the dialogs that ask for a comment, a note or an instant. Clicking one hands the service call
 * to the view ({@code perform}), which saves pending text first and shows the outcome.
 */
class EditorActionBar extends HorizontalLayout {

    /** Runs a workflow action's service call for the view. */
    interface Perform extends BiConsumer<WorkflowAction, Supplier<DispatchDetails>> {
    }

    /** Asks for a kill notice (and whether to kill every language), then kills this one through the callback. */
    interface AskKill extends BiConsumer<DispatchDetails, Consumer<String>> {
    }

    final Button save = new Button();

    private final DispatchService service;
    private final Clock clock;
    private final Perform perform;
    private final AskKill askKill;

    EditorActionBar(DispatchService service, Clock clock, Runnable onSave, Perform perform, AskKill askKill) {
        this.service = service;
        this.clock = clock;
        this.perform = perform;
        this.askKill = askKill;
        setWrap(true);
        save.setText(getTranslation("dispatch.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.run());
    }

    /** The buttons for this dispatch now; a new dispatch only saves. */
    void show(DispatchDetails d) {
        removeAll();
        add(save);
        if (d == null) {
            save.setVisible(true);
            return;
        }
        long id = d.id();
        Set<WorkflowAction> allowed = d.allowedActions();
        offer(allowed, WorkflowAction.SUBMIT, () -> perform.accept(WorkflowAction.SUBMIT, () -> service.submit(id)), false);
        offer(allowed, WorkflowAction.PUBLISH, () -> perform.accept(WorkflowAction.PUBLISH, () -> service.publish(id)), true);
        offer(allowed, WorkflowAction.RETURN, () -> askText("dispatch.action.return", "dispatch.comment",
                text -> perform.accept(WorkflowAction.RETURN, () -> service.returnToWriter(id, text))), false);
        offer(allowed, WorkflowAction.SCHEDULE, () -> askInstant("dispatch.action.schedule",
                at -> perform.accept(WorkflowAction.SCHEDULE, () -> service.schedule(id, at))), false);
        offer(allowed, WorkflowAction.UNSCHEDULE, () -> perform.accept(WorkflowAction.UNSCHEDULE, () -> service.unschedule(id)), false);
        offer(allowed, WorkflowAction.SET_EMBARGO, () -> askInstant("dispatch.action.set_embargo",
                at -> perform.accept(WorkflowAction.SET_EMBARGO, () -> service.setEmbargo(id, at))), false);
        offer(allowed, WorkflowAction.CLEAR_EMBARGO, () -> perform.accept(WorkflowAction.CLEAR_EMBARGO, () -> service.clearEmbargo(id)), false);
        offer(allowed, WorkflowAction.CORRECT, () -> askText("dispatch.action.correct", "dispatch.correction-note",
                text -> perform.accept(WorkflowAction.CORRECT, () -> service.correct(id, text))), false);
        // A kill may reach every language version of the story (issue 7): the translation panel asks.
        offer(allowed, WorkflowAction.KILL, () -> askKill.accept(d,
                text -> perform.accept(WorkflowAction.KILL, () -> service.kill(id, text))), false);
        offer(allowed, WorkflowAction.SPIKE, () -> perform.accept(WorkflowAction.SPIKE, () -> service.spike(id)), false);
        offer(allowed, WorkflowAction.UNSPIKE, () -> perform.accept(WorkflowAction.UNSPIKE, () -> service.unspike(id)), false);
        add(new Anchor("/newsroom/dispatch-history/" + id, getTranslation("dispatch.history")));
    }

    /** Ctrl+Enter: submits for review when that is offered now. */
    void submitIfOffered(DispatchDetails d) {
        if (d != null && d.allowedActions().contains(WorkflowAction.SUBMIT)) {
            perform.accept(WorkflowAction.SUBMIT, () -> service.submit(d.id()));
        }
    }

    private void offer(Set<WorkflowAction> allowed, WorkflowAction action, Runnable onClick, boolean primary) {
        if (allowed.contains(action)) {
            var b = new Button(getTranslation("dispatch.action." + action.name().toLowerCase(Locale.ROOT)), e -> onClick.run());
            b.getElement().setAttribute("data-action", action.name());
            if (primary) {
                b.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            }
            add(b);
        }
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
}
