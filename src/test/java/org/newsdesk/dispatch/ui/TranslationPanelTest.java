package org.newsdesk.dispatch.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.TranslationMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "Translate" in the editor, the set it shows, and the warning when the source changed. */
@IntegrationTest
class TranslationPanelTest extends NewsroomViewTest {

    @Autowired
    DispatchService service;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorTranslatesADispatchAndSeesTheSetAndTheSourceChanges() {
        String headline = "Traduire " + UUID.randomUUID().toString().substring(0, 6);
        var source = service.create(new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, "Premier paragraphe.", "politics", null, 5, null));
        DispatchEditorView view = navigate("dispatch/" + source.id(), DispatchEditorView.class);
        assertThat(view.translations.listsMembers()).isFalse();

        assertThat(view.translations.translateInto).as("one button per language the set lacks")
                .containsOnlyKeys("en", "az", "ru");
        assertThat(view.translations.translateInto.get("az").getText()).isEqualTo("Azərbaycan");
        test(view.translations.translateInto.get("az")).click();

        DispatchEditorView translation = (DispatchEditorView) getCurrentView();
        assertThat(translation).as("the router keeps the editor view; it now shows the translation").isSameAs(view);
        assertThat(translation.form.language.getValue()).isEqualTo("az");
        assertThat(translation.form.datelinePreview.getText()).isEqualTo("Bakı, 1 mart, AZƏRTAC");
        assertThat(translation.translations.members.getGenericDataView().getItems().map(TranslationMember::language))
                .containsExactly("fr", "az");
        assertThat(translation.translations.sourceChanged.isVisible()).isFalse();
        assertThat(translation.translations.translateInto).as("what the set still lacks").containsOnlyKeys("en", "ru");
        long translationId = translation.translations.members.getGenericDataView().getItems()
                .filter(m -> m.language().equals("az")).findFirst().orElseThrow().id();
        // The translation's editor holds the translation's lock; the source's editor let go of the source.
        assertThat(service.get(translationId).lockedByName()).isEqualTo("Demo Editor");
        assertThat(service.get(source.id()).lockedByName()).isNull();

        // The source changes; the translator is told, with the differences.
        var stored = service.get(source.id());
        service.save(source.id(), stored.version(), new DispatchDraft("fr", headline, null, stored.draft().dateline(), null,
                null, "Premier paragraphe, précisé.", "politics", null, 5, null));
        DispatchEditorView again = navigate("dispatch/" + translationId, DispatchEditorView.class);
        assertThat(again.translations.sourceChanged.isVisible()).isTrue();
        assertThat(again.translations.sourceChanged.getElement().getTextRecursively())
                .contains("The source (Français) was changed after this translation was made");
        assertThat(again.translations.sourceChanged.getElement().getOuterHTML()).contains("<ins>");
    }

    @Autowired
    org.newsdesk.dispatch.TranslationSets sets;

    @Test
    @WithUserDetails("editor")
    void killingOneVersionAsksAndKillsEveryLanguage() {
        String headline = "Retrait " + UUID.randomUUID().toString().substring(0, 6);
        var source = service.create(new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, "Premier paragraphe.", "politics", null, 5, null));
        var english = sets.translate(source.id(), "en");
        service.publish(source.id());
        service.publish(english.id());

        DispatchEditorView view = navigate("dispatch/" + english.id(), DispatchEditorView.class);
        var kill = view.actions.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button b
                        && b.getText().equals("Kill")).map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst().orElseThrow();
        test(kill).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).last();
        var every = find(com.vaadin.flow.component.checkbox.Checkbox.class, dialog).single();
        assertThat(every.getLabel()).isEqualTo("Kill in every language");
        assertThat(every.getValue()).isTrue();
        test(find(com.vaadin.flow.component.textfield.TextArea.class, dialog).single()).setValue("Dépêche retirée.");
        test(find(com.vaadin.flow.component.button.Button.class, dialog).withText("Kill").single()).click();

        assertThat(service.get(source.id()).state()).isEqualTo(org.newsdesk.workflow.DispatchState.KILLED);
        assertThat(service.get(english.id()).state()).isEqualTo(org.newsdesk.workflow.DispatchState.KILLED);
        assertThat(view.status.stateBadge.getText()).isEqualTo("Killed");
    }
}
