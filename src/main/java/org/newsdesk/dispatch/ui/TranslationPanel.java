package org.newsdesk.dispatch.ui;

import org.newsdesk.base.ui.DiffTable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.base.i18n.LocaleText;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.dispatch.EditorState;
import org.newsdesk.dispatch.SourceChange;
import org.newsdesk.dispatch.TranslationMember;
import org.newsdesk.dispatch.TranslationSets;
import org.newsdesk.workflow.WorkflowAction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The editor's view of a story's translation set: every language version (language, state, who),
 * "Translate" into a language the set lacks, a warning with the differences when the source changed
 * after this translation was made, and killing every language at once.
 */
class TranslationPanel extends VerticalLayout {

    /** Built when the story first has other language versions: most dispatches never do, and each open editor would carry it. */
    Grid<TranslationMember> members;
    final Div sourceChanged = new Div();
    /** One button per language the set lacks: one click translates (a select and a button took three). */
    final Map<String, Button> translateInto = new LinkedHashMap<>();
    private final HorizontalLayout controls = new HorizontalLayout();

    private final TranslationSets sets;
    private final Runnable reload;
    private DispatchDetails dispatch;

    /** @param reload shows the dispatch again as stored (after the set was killed) */
    TranslationPanel(TranslationSets sets, Runnable reload) {
        this.sets = sets;
        this.reload = reload;
        setPadding(false);
        addClassName("nd-translations");

        sourceChanged.addClassName("nd-notice");
        sourceChanged.setWidthFull();
        sourceChanged.setVisible(false);

        controls.add(new Span(getTranslation("translation.into")));
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        add(new H2(getTranslation("translation.title")), sourceChanged, controls);
    }

    /** Whether the panel lists the story's language versions now. */
    boolean listsMembers() {
        return members != null && members.isVisible();
    }

    private Grid<TranslationMember> members() {
        if (members == null) {
            members = new Grid<>();
            members.addColumn(m -> LocaleText.nativeName(Locale.forLanguageTag(m.language())))
                    .setHeader(getTranslation("dispatch.language")).setKey("language");
            members.addColumn(m -> getTranslation("state." + m.state().name().toLowerCase(Locale.ROOT))
                            + (m.source() ? " · " + getTranslation("translation.source") : "")
                            + (m.sourceChanged() ? " · " + getTranslation("translation.outdated") : ""))
                    .setHeader(getTranslation("dispatch.state")).setKey("state");
            members.addColumn(TranslationMember::authorName).setHeader(getTranslation("dispatch.author")).setKey("author");
            // A full page load: the editor of this version saves what is pending and releases its lock, the next takes its own.
            members.addComponentColumn(m -> {
                        var link = new Anchor("dispatch/" + m.id(), m.headline());
                        link.setRouterIgnore(true);
                        return link;
                    })
                    .setHeader(getTranslation("dispatch.headline")).setKey("headline");
            members.setAllRowsVisible(true);
            org.newsdesk.base.ui.FittingGrids.fit(members, java.util.Map.of("language", 2, "state", 2, "author", 2, "headline", 5),
                    java.util.Map.of("author", 700));
            members.setWidthFull();
            addComponentAtIndex(indexOf(sourceChanged) + 1, members);
        }
        return members;
    }

    /** The story's language versions and, for a translation, how its source changed, as the editor's state says. */
    void show(EditorState state) {
        DispatchDetails d = state.dispatch();
        this.dispatch = d;
        setVisible(true);
        List<TranslationMember> set = state.translations();
        if (!set.isEmpty()) {
            members().setItems(set);
        }
        if (members != null) {
            members.setVisible(!set.isEmpty());
        }

        Set<String> present = set.stream().map(TranslationMember::language).collect(Collectors.toSet());
        present.add(d.draft().language());
        List<String> missing = TranslationSets.LANGUAGES.stream().filter(l -> !present.contains(l)).toList();
        if (!missing.equals(List.copyOf(translateInto.keySet()))) {
            translateInto.values().forEach(controls::remove);
            translateInto.clear();
            for (String language : missing) {
                String name = LocaleText.nativeName(Locale.forLanguageTag(language));
                var button = new Button(name, e -> translate(language));
                button.setAriaLabel(getTranslation("translation.translate") + ": " + name);
                button.getElement().setAttribute("data-language", language);
                translateInto.put(language, button);
                controls.add(button);
            }
        }
        controls.setVisible(!missing.isEmpty());
        showSourceChange(state.sourceChange());
    }

    private void showSourceChange(Optional<SourceChange> change) {
        sourceChanged.removeAll();
        sourceChanged.setVisible(change.isPresent());
        change.ifPresent(this::showSourceChange);
    }

    private void showSourceChange(SourceChange c) {
        String language = LocaleText.nativeName(Locale.forLanguageTag(c.sourceLanguage()));
        var text = new Span(getTranslation("translation.source-changed", language, c.translatedRevision(), c.latestRevision()));
        var diff = new DiffTable(c.diff(), "dispatch.field.", getTranslation("dispatch.history.revision", c.translatedRevision()),
                getTranslation("dispatch.history.revision", c.latestRevision()));
        var seen = new Button(getTranslation("translation.source-seen"), e -> {
            sets.sourceSeen(dispatch.id());
            showSourceChange(sets.sourceChange(dispatch.id()));
        });
        seen.setVisible(dispatch.allowedActions().contains(WorkflowAction.EDIT));
        sourceChanged.add(text, diff, seen);
    }

    void translate(String language) {
        try {
            DispatchDetails created = sets.translate(dispatch.id(), language);
            Notification.show(getTranslation("translation.created",
                            LocaleText.nativeName(Locale.forLanguageTag(language))), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // The router keeps the editor view, which leaves this dispatch (pending text saved, lock released)
            // and takes the translation's lock; Back returns to this one.
            UI.getCurrent().navigate(DispatchEditorView.class, String.valueOf(created.id()));
        } catch (DispatchValidationException e) {
            e.errors().values().stream().findFirst().ifPresent(key ->
                    Notification.show(getTranslation(key), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /**
     * The editor's "Kill": asks for the public notice and, when the story has other language versions,
     * whether to kill it in every language (checked by default: a kill must reach every version).
     */
    void askKill(DispatchDetails d, Consumer<String> killThisOne) {
        this.dispatch = d;
        boolean inSet = sets.members(d.id()).size() > 1;
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dispatch.action.kill"));
        var notice = new TextArea(getTranslation("dispatch.kill-notice"));
        notice.setWidth("min(30rem, 80vw)");
        notice.setRequiredIndicatorVisible(true);
        var everyLanguage = new Checkbox(getTranslation("translation.kill-set"), true);
        everyLanguage.setHelperText(getTranslation("translation.kill-set.explain"));
        everyLanguage.setVisible(inSet);
        dialog.add(new VerticalLayout(notice, everyLanguage));
        var ok = new Button(getTranslation("dispatch.action.kill"), e -> {
            if (notice.getValue().isBlank()) {
                notice.setErrorMessage(getTranslation("dispatch.error.kill-notice-required"));
                notice.setInvalid(true);
                return;
            }
            dialog.close();
            if (inSet && everyLanguage.getValue()) {
                killSet(notice.getValue());
            } else {
                killThisOne.accept(notice.getValue());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    void killSet(String notice) {
        int killed = sets.killSet(dispatch.id(), notice).size();
        Notification.show(getTranslation("translation.killed", killed), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload.run();
    }
}
