package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchRow;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.support.RunAs;
import org.newsdesk.workflow.DispatchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.unique;

/** The newsroom's dispatch views without a browser: list, editor, conflicts, locks, history. */
@IntegrationTest
class DispatchViewsTest extends NewsroomViewTest {

    @Autowired
    DispatchService service;

    @Autowired
    RunAs runAs;

    @AfterEach
    void releaseLocks() {
        SecurityContextHolder.clearContext();
    }

    /** Runs as another staff member, then restores the test's own user. */
    <T> T as(String username, Supplier<T> action) {
        return runAs.as(username, action);
    }


    static DispatchDraft draft(String headline) {
        return new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null, null,
                "Premier paragraphe.", "politics", null, 5, null);
    }

    @Test
    @WithUserDetails("writer")
    void aWriterDraftsADispatchWithPreviewAndDatelineAndSeesWhatTheyMayDo() {
        DispatchEditorView view = navigate("dispatch/new", DispatchEditorView.class);
        String headline = unique("Ilham Aliyev a reçu");
        test(view.form.headline).setValue(headline);
        view.form.language.setValue("fr");
        test(view.form.datelinePlace).selectItem("Bakou");
        view.form.datelineDate.setValue(LocalDate.of(2023, 3, 1));
        test(view.form.body).setValue("Le président a reçu *António Vitorino*.\n\n<script>alert(1)</script>");

        assertThat(view.form.datelinePreview.getText()).isEqualTo("Bakou, 1er mars, AZERTAC");
        String html = view.form.preview.getElement().getProperty("innerHTML");
        assertThat(html).contains("<em>António Vitorino</em>").doesNotContain("<script");

        test(view.actions.save).click();
        DispatchEditorView saved = (DispatchEditorView) getCurrentView();
        assertThat(saved.title.getText()).isEqualTo(headline);
        assertThat(saved.status.stateBadge.getText()).isEqualTo("Draft");
        assertThat(saved.actions.getChildren().filter(c -> c instanceof Button).map(c -> ((Button) c).getText()))
                .contains("Save", "Submit for review", "Spike").doesNotContain("Publish now");
        // The writer goes on writing: the router kept the view, which now holds the new dispatch's lock.
        assertThat(saved.lock.holds()).isTrue();
        assertThat(saved.form.body.isReadOnly()).isFalse();
        assertThat(saved.lock.editAgain).as("no 'Edit' to click first").isNull();
        assertThat(service.get(saved.state().dispatch().id()).lockedByName()).isEqualTo("Demo Writer");
    }

    @Test
    @WithUserDetails("writer")
    void backToANewDispatchOrOnFromAWrongAddressTheKeptViewShowsOnlyWhatItNowOpens() {
        var created = as("writer", () -> service.create(draft(unique("Retour"))));
        as("writer", () -> {
            service.addComment(created.id(), "Une remarque.");
            return null;
        });
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.comments.thread.getChildren()).hasSize(1);

        // Back to "new" (where the dispatch was first saved): the router keeps the view.
        DispatchEditorView fresh = navigate("dispatch/new", DispatchEditorView.class);
        assertThat(fresh).isSameAs(view);
        assertThat(fresh.form.headline.getValue()).isEmpty();
        assertThat(fresh.form.body.isReadOnly()).isFalse();
        assertThat(fresh.comments.thread.getChildren()).isEmpty();
        assertThat(fresh.parts).extracting(p -> p.asComponent().getElement().getTextRecursively())
                .allMatch(text -> text.contains("Save the dispatch to add pictures."));
        assertThat(service.get(created.id()).lockedByName()).isNull();

        DispatchEditorView wrong = navigate("dispatch/999999999", DispatchEditorView.class);
        assertThat(wrong.notFound.isVisible()).isTrue();
        assertThat(wrong.form.columns.isVisible()).isFalse();

        DispatchEditorView right = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(right.notFound.isVisible()).isFalse();
        assertThat(right.form.columns.isVisible()).isTrue();
        assertThat(right.comments.isVisible()).isTrue();
        assertThat(right.title.getText()).isEqualTo(created.draft().headline());
    }

    @Test
    @WithUserDetails("writer")
    void theListOpensFilteredFromAnAddressAsTheDashboardsTilesLinkIt() {
        var mine = as("writer", () -> service.create(draft(unique("Le mien"))));
        DispatchListView list = listAt("state=DRAFT&author=mine");

        assertThat(list.state.getValue()).isEqualTo(DispatchState.DRAFT);
        assertThat(list.author.getValue().id()).isEqualTo(mine.authorId());
        assertThat(list.grid.getLazyDataView().getItems()).isNotEmpty()
                .allMatch(r -> r.state() == DispatchState.DRAFT && r.authorId() == mine.authorId())
                .anyMatch(r -> r.id() == mine.id());

        DispatchListView unknown = listAt("state=NONSENSE");
        assertThat(unknown.state.getValue()).as("an unknown state filters nothing").isNull();
    }

    private DispatchListView listAt(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(DispatchListView.class,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        return (DispatchListView) getCurrentView();
    }

    @Test
    @WithUserDetails("writer")
    void anEditorLeftInATabLeavesNothingOfItselfOnTheTab() {
        var created = as("writer", () -> service.create(draft(unique("Quitter"))));
        var ui = com.vaadin.flow.component.UI.getCurrent();
        navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(com.vaadin.flow.component.ComponentUtil.hasEventListener(ui, com.vaadin.flow.component.PollEvent.class))
                .as("the lock's heartbeat").isTrue();

        navigate(DispatchListView.class);

        // The heartbeat's listener held the whole editor: a desk opening story after story in one tab kept every
        // editor it had left (≈ 140-160 KB each) until the tab closed.
        assertThat(com.vaadin.flow.component.ComponentUtil.hasEventListener(ui, com.vaadin.flow.component.PollEvent.class))
                .isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        assertThat(service.get(created.id()).lockedByName()).isNull();
    }

    @Test
    @WithUserDetails("writer")
    void goingFromOneDispatchToAnotherInTheSameTabSavesAndReleasesTheFirstAndLocksTheSecond() {
        var first = as("writer", () -> service.create(draft(unique("Premier"))));
        var second = as("writer", () -> service.create(draft(unique("Second"))));
        DispatchEditorView view = navigate("dispatch/" + first.id(), DispatchEditorView.class);
        test(view.form.body).setValue("Tapé avant de partir.");

        DispatchEditorView next = navigate("dispatch/" + second.id(), DispatchEditorView.class);

        assertThat(next).as("the router keeps the view").isSameAs(view);
        assertThat(service.get(first.id()).draft().body()).isEqualTo("Tapé avant de partir.");
        assertThat(service.get(first.id()).lockedByName()).isNull();
        assertThat(service.get(second.id()).lockedByName()).isEqualTo("Demo Writer");
        assertThat(next.form.body.isReadOnly()).isFalse();
        assertThat(next.form.headline.getValue()).isEqualTo(second.draft().headline());
    }

    @Test
    @WithUserDetails("writer")
    void missingFieldsAreMarkedBesideTheFieldsAndTheTextStays() {
        DispatchEditorView view = navigate("dispatch/new", DispatchEditorView.class);
        test(view.form.body).setValue("Un texte sans titre.");
        test(view.actions.save).click();

        assertThat(view.form.headline.isInvalid()).isTrue();
        assertThat(view.form.headline.getErrorMessage()).isEqualTo("Enter a headline.");
        assertThat(view.form.body.getValue()).isEqualTo("Un texte sans titre.");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithUserDetails("editor")
    void aStaleSaveOpensTheConflictDialogAndKeepsTheText() {
        var created = as("editor", () -> service.create(draft(unique("Conflit"))));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        // Someone else (another editor session) saves in the meantime.
        as("editor", () -> service.save(created.id(), created.version(), draft("Stored by someone else")));

        test(view.form.body).setValue("My own careful paragraph.");
        test(view.actions.save).click();

        ConflictDialog dialog = find(ConflictDialog.class).single();
        assertThat(dialog.mineText.getValue()).contains("My own careful paragraph.");
        assertThat(dialog.diff.getElement().getOuterHTML())
                .contains("<span>Stored now</span><span>Yours</span>", "<del>Stored</del>", "<ins>My</ins> <ins>own careful paragraph</ins>");
        test(dialog.takeStored).click();

        assertThat(view.form.headline.getValue()).isEqualTo("Stored by someone else");
        assertThat(view.kept.isVisible()).isTrue();
        assertThat(view.kept.text.getValue()).contains("My own careful paragraph.");
    }

    @Test
    @WithUserDetails("editor")
    void anotherPersonsLockIsShownAndAnEditorCanTakeOver() {
        var created = as("writer", () -> service.create(draft(unique("Verrou"))));
        as("writer", () -> service.lock(created.id()));

        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.lock.status.getText()).startsWith("Being edited by Demo Writer since");
        assertThat(view.form.headline.isReadOnly()).isTrue();
        assertThat(view.lock.takeOver.isVisible()).isTrue();

        test(view.lock.takeOver).click();
        assertThat(view.form.headline.isReadOnly()).isFalse();
        assertThat(as("writer", () -> service.get(created.id())).lockedByName()).isEqualTo("Demo Editor");
    }

    @Test
    @WithUserDetails("editor")
    void theEditorReturnsWithACommentThatTheWriterThenSees() {
        var created = as("writer", () -> service.create(draft(unique("Retour"))));
        as("writer", () -> service.submit(created.id()));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        var returnButton = action(view, "Return to writer");
        test(returnButton).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).last();
        var comment = find(com.vaadin.flow.component.textfield.TextArea.class, dialog).single();
        test(comment).setValue("Ajoutez la date de la rencontre.");
        test(find(Button.class, dialog).withText("Return to writer").single()).click();

        assertThat(view.status.stateBadge.getText()).isEqualTo("Returned");
        DispatchDetails seen = as("writer", () -> service.get(created.id()));
        assertThat(seen.state()).isEqualTo(DispatchState.RETURNED);
        assertThat(as("writer", () -> service.comments(created.id()))).extracting(c -> c.text())
                .containsExactly("Ajoutez la date de la rencontre.");
    }

    @Test
    @WithUserDetails("editor")
    void theListFiltersByStateAndText() {
        String headline = unique("Liste filtrée");
        as("writer", () -> service.create(draft(headline)));
        DispatchListView list = navigate(DispatchListView.class);
        list.text.setValue(headline);
        assertThat(list.grid.getLazyDataView().getItems().map(DispatchRow::headline)).containsExactly(headline);
        list.state.setValue(DispatchState.PUBLISHED);
        assertThat(list.grid.getLazyDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void historyShowsRevisionsTheirDifferencesAndTheAuditEntries() {
        var created = as("writer", () -> service.create(draft(unique("Historique"))));
        as("writer", () -> service.save(created.id(), created.version(), new DispatchDraft("fr", created.draft().headline(),
                null, null, null, null, "Premier paragraphe, revu.", "politics", null, 5, null)));
        DispatchHistoryView history = navigate("dispatch-history/" + created.id(), DispatchHistoryView.class);

        assertThat(history.revisions.getGenericDataView().getItems()).hasSize(2);
        // By default the latest revision is compared with the one before.
        assertThat(history.from.getValue()).isEqualTo(1);
        assertThat(history.to.getValue()).isEqualTo(2);
        assertThat(history.diff.getElement().getOuterHTML()).contains("<span>Body</span>", "revu</ins>");
        assertThat(history.trail.getGenericDataView().getItems().map(e -> e.action())).contains("DISPATCH_CREATED");
    }

    @Test
    @WithUserDetails("writer")
    void unknownOrMalformedIdsShowNotFoundNotAnException() {
        DispatchEditorView view = navigate("dispatch/999999999", DispatchEditorView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(find(H1.class).single().getText()).isEqualTo("Dispatch not found");
        view = navigate("dispatch/abc", DispatchEditorView.class);
        assertThat(view.notFound.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void theReviewerSeesWhatChangedSinceTheDispatchWasReturned() {
        var created = as("writer", () -> service.create(draft(unique("Relecture"))));
        as("writer", () -> service.submit(created.id()));
        as("editor", () -> service.returnToWriter(created.id(), "Précisez."));
        var returned = as("writer", () -> service.get(created.id()));
        as("writer", () -> service.save(created.id(), returned.version(), new DispatchDraft("fr", returned.draft().headline(),
                null, returned.draft().dateline(), null, null, "Premier paragraphe, précisé.", "politics", null, 5, null)));
        as("writer", () -> service.submit(created.id()));

        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.reviewChanges.getElement().getOuterHTML())
                .contains("Changes since revision 1", "précisé</ins>");
    }

    /**
     * A colleague's comment appears in an open editor without a reload — also in the editor holding the lock,
     * which takes no other refresh — and what is being typed in the comment box and the form stays.
     */
    @Test
    @WithUserDetails("editor")
    void aColleaguesCommentAppearsInTheOpenEditor() {
        var created = as("writer", () -> service.create(draft(unique("Fil"))));
        as("writer", () -> service.submit(created.id()));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(as("writer", () -> service.get(created.id())).lockedByName()).as("this editor holds it").isEqualTo("Demo Editor");
        test(view.form.body).setValue("Texte en cours de relecture.");
        test(view.comments.newComment).setValue("Je regarde le");

        String comment = unique("Source confirmée par téléphone");
        as("writer", () -> {
            service.addComment(created.id(), comment);
            return null;
        });
        runPushedWork();

        assertThat(view.comments.thread.getElement().getTextRecursively()).contains(comment, "Demo Writer");
        assertThat(view.comments.newComment.getValue()).isEqualTo("Je regarde le");
        assertThat(view.form.body.getValue()).isEqualTo("Texte en cours de relecture.");
    }

    static java.util.List<String> buttons(DispatchEditorView view) {
        return view.actions.getChildren().filter(c -> c instanceof Button b && b.isVisible()).map(c -> ((Button) c).getText()).toList();
    }

    /** The action bar's button with this text. */
    static Button action(DispatchEditorView view, String text) {
        return view.actions.getChildren().filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    void runPushedWork() {
        com.vaadin.flow.component.UI.getCurrent().getSession().getService()
                .runPendingAccessTasks(com.vaadin.flow.component.UI.getCurrent().getSession());
    }

    @Test
    @WithUserDetails("editor")
    void returningReleasesTheEditorsLockSoTheWriterCanEditAndTheHeartbeatDoesNotTakeItBack() {
        var created = as("writer", () -> service.create(draft(unique("Rendu"))));
        as("writer", () -> service.submit(created.id()));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(as("writer", () -> service.get(created.id())).lockedByName()).isEqualTo("Demo Editor");

        test(action(view, "Return to writer")).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).last();
        test(find(com.vaadin.flow.component.textfield.TextArea.class, dialog).single()).setValue("Ajoutez la date.");
        test(find(Button.class, dialog).withText("Return to writer").single()).click();

        // The editor's open editor is read-only at once, and stays unlocked while the tab stays open.
        assertThat(view.form.headline.isReadOnly()).isTrue();
        assertThat(view.actions.save.isVisible()).isFalse();
        assertThat(view.lock.editAgain.isVisible()).isTrue();
        view.lock.heartbeat();
        var writerSees = as("writer", () -> service.get(created.id()));
        assertThat(writerSees.lockedByName()).isNull();
        assertThat(writerSees.allowedActions()).contains(org.newsdesk.workflow.WorkflowAction.SUBMIT);

        // The writer takes the lock, edits and resubmits.
        as("writer", () -> service.lock(created.id()));
        var saved = as("writer", () -> service.save(created.id(), writerSees.version(), draft("Rendu, avec la date")));
        as("writer", () -> service.submit(saved.id()));
        assertThat(as("writer", () -> service.get(created.id())).lockedByName()).as("submitting hands it on").isNull();
    }

    @Test
    @WithUserDetails("writer")
    void whileTheEditorHoldsTheLockTheWriterIsOfferedNoActionTheLockMakesPointless() {
        var created = as("writer", () -> service.create(draft(unique("Verrouillé"))));
        as("writer", () -> service.submit(created.id()));
        as("editor", () -> service.lock(created.id()));
        as("editor", () -> service.returnToWriter(created.id(), "Précisez."));
        as("editor", () -> service.lock(created.id())); // the editor reopens it and keeps typing

        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.lock.status.getText()).startsWith("Being edited by Demo Editor");
        assertThat(view.form.headline.isReadOnly()).isTrue();
        assertThat(buttons(view)).doesNotContain("Submit for review", "Spike", "Save");
        // The service decides, not the hidden button.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.submit(created.id()))
                .isInstanceOf(org.newsdesk.dispatch.DispatchLockedException.class);
    }

    @Test
    @WithUserDetails("writer")
    void aTakeOverTurnsTheFormerHoldersEditorReadOnlyAtOnceAndKeepsTheirUnsavedText() {
        var created = as("writer", () -> service.create(draft(unique("Reprise"))));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.form.headline.isReadOnly()).isFalse();
        test(view.form.body).setValue("Un paragraphe pas encore enregistré.");

        as("editor", () -> service.takeOverLock(created.id()));
        runPushedWork();

        assertThat(view.form.headline.isReadOnly()).isTrue();
        assertThat(view.lock.status.getText()).startsWith("Being edited by Demo Editor");
        assertThat(view.kept.isVisible()).isTrue();
        assertThat(view.kept.text.getValue()).contains("Un paragraphe pas encore enregistré.");
    }

    @Test
    @WithUserDetails("editor")
    void anEmbargoedPublishedDispatchCarriesAnEmbargoedUntilBadgeInEditorListAndDashboard() {
        String headline = unique("Sous embargo");
        var created = as("writer", () -> service.create(draft(headline)));
        service.setEmbargo(created.id(), java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
        service.publish(created.id());

        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        assertThat(view.status.stateBadge.getText()).isEqualTo("Published");
        assertThat(view.status.timing.getElement().getTextRecursively()).startsWith("Embargoed until ").contains("(in 2 hr");

        DispatchListView list = navigate(DispatchListView.class);
        list.text.setValue(headline);
        var stateCell = test(list.grid).getCellComponent(0, "state");
        assertThat(stateCell.getElement().getTextRecursively()).startsWith("Published").contains("Embargoed until");

        // The dashboard: an embargoed draft of mine heads "My drafts" (newest first) with its badge.
        var mine = service.create(draft(headline + " brouillon"));
        service.setEmbargo(mine.id(), java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .map(li -> li.getElement().getTextRecursively()).filter(t -> t.startsWith(headline + " brouillon"))
                .findFirst().orElseThrow())
                .contains("Embargoed until");

        // Leave nothing that would reach the public site when the embargo lifts.
        service.kill(created.id(), "Test.");
        service.spike(mine.id());
    }

    @Test
    @WithUserDetails("editor")
    void aScheduledDispatchShowsWhenItGoesOutInEditorDashboardAndASortableListColumn() {
        String headline = unique("Programmée");
        var soon = as("writer", () -> service.create(draft(headline + " bientôt")));
        var later = as("writer", () -> service.create(draft(headline + " plus tard")));
        service.schedule(soon.id(), java.time.Instant.now().plus(java.time.Duration.ofMinutes(12)).plusSeconds(20));
        service.schedule(later.id(), java.time.Instant.now().plus(java.time.Duration.ofHours(5)));

        DispatchEditorView view = navigate("dispatch/" + soon.id(), DispatchEditorView.class);
        assertThat(view.status.timing.getElement().getTextRecursively()).startsWith("Scheduled for ").contains("(in 12 min");

        var dashboard = navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .map(li -> li.getElement().getTextRecursively()).filter(t -> t.startsWith(headline + " bientôt")).findFirst().orElseThrow())
                .contains("Scheduled for", "in 12 min");

        DispatchListView list = navigate(DispatchListView.class);
        list.text.setValue(headline);
        var grid = test(list.grid);
        assertThat(grid.isColumnSortable("goesOut")).isTrue();
        grid.sortByColumn("goesOut", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(grid.getRow(0).headline()).endsWith("plus tard");
        assertThat(grid.getCellText(0, grid.getColumnPosition("goesOut"))).contains("in 5 hr");
        grid.sortByColumn("goesOut", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(grid.getRow(0).headline()).endsWith("bientôt");

        // Nothing left to go out on its own later and change the public site under other tests.
        service.spike(soon.id());
        service.spike(later.id());
    }

    @Test
    @WithUserDetails("editor")
    void theNoticeAfterAnActionSaysWhatHappened() {
        var created = as("writer", () -> service.create(draft(unique("Avis"))));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        test(action(view, "Set embargo")).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).last();
        test(find(Button.class, dialog).withText("Set embargo").single()).click();

        var until = service.get(created.id()).embargoUntil();
        assertThat(until).isNotNull();
        String notice = test(find(com.vaadin.flow.component.notification.Notification.class).last()).getText();
        assertThat(notice).isEqualTo("Embargo set until " + org.newsdesk.base.ui.StaffTime.dateTime(until, java.util.Locale.ENGLISH) + ".");
        assertThat(view.status.stateBadge.getText()).isEqualTo("Draft");
    }

    @Test
    @WithUserDetails("writer")
    void thePreviewShowsHeadlineDatelineLeadAndBodyAsReadersWillSeeThem() {
        DispatchEditorView view = navigate("dispatch/new", DispatchEditorView.class);
        test(view.form.headline).setValue("Ilham Aliyev a reçu le directeur général de l’OIM");
        view.form.language.setValue("fr");
        test(view.form.datelinePlace).selectItem("Bakou");
        view.form.datelineDate.setValue(LocalDate.of(2023, 3, 1));
        test(view.form.lead).setValue("Le président a reçu António Vitorino.");
        test(view.form.body).setValue("Premier paragraphe.");

        assertThat(view.form.previewBox.getChildren().filter(c -> c.isVisible()).map(c -> c.getElement().getTextRecursively()).toList())
                .containsExactly("Ilham Aliyev a reçu le directeur général de l’OIM", "Bakou, 1er mars, AZERTAC",
                        "Le président a reçu António Vitorino.", "");
        assertThat(view.form.preview.getElement().getProperty("innerHTML")).contains("<p>Premier paragraphe.</p>");
    }

    @Test
    @WithUserDetails("writer")
    void ctrlSOrCmdSSavesCtrlEnterSubmitsAndTheHelpListsTheShortcuts() {
        var created = as("writer", () -> service.create(draft(unique("Raccourci"))));
        DispatchEditorView view = navigate("dispatch/" + created.id(), DispatchEditorView.class);
        test(view.form.body).setValue("Enregistré au clavier.");
        pressKey("KeyS"); // Ctrl+S and ⌘S: the browser tells which (EditorShortcuts.KEYS, driven in NewsroomKeyboardIT)
        assertThat(view.autosave.status.getText()).startsWith("Saved at");
        assertThat(service.get(created.id()).draft().body()).isEqualTo("Enregistré au clavier.");

        pressKey("KeyP");
        assertThat(view.form.previewColumn.isVisible()).isFalse();

        assertThat(view.shortcuts.popover).as("built when first asked for").isNull();
        test(view.shortcuts.help).click();
        assertThat(view.shortcuts.popover.isOpened()).isTrue();
        assertThat(view.shortcuts.popover.getElement().getTextRecursively())
                .contains("Ctrl+S (⌘S on a Mac): save now", "Ctrl+Enter (⌘Enter): submit for review", "Alt+Shift+P");
        pressKey("Enter");
        assertThat(service.get(created.id()).state()).isEqualTo(DispatchState.SUBMITTED);
    }

    /** A keydown the browser let through {@link EditorShortcuts#KEYS}, as it reaches the page's listener. */
    private static void pressKey(String code) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode()
                .put("event.code", code).put(EditorShortcuts.KEYS, true);
        ui.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(ui.getElement(), "keydown", data));
    }
}
