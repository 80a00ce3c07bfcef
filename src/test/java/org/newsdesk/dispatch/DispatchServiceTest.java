package org.newsdesk.dispatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.audit.AuditFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.newsdesk.support.RunAs;
import org.springframework.security.core.context.SecurityContextHolder;
import org.newsdesk.workflow.DispatchState;
import org.newsdesk.workflow.WorkflowAction;
import org.newsdesk.workflow.WorkflowException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.newsdesk.text.Dateline;
import org.newsdesk.publication.PublishedDispatches;
import org.newsdesk.publication.PublishedDispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.unique;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The editorial workflow on MariaDB: transitions and their audit rows, revisions, conflicts, locks, schedule, embargo. */
@IntegrationTest
class DispatchServiceTest {

    @Autowired
    DispatchService dispatches;

    @Autowired
    PublishedDispatches published;

    @Autowired
    ScheduledPublishing scheduler;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    org.newsdesk.audit.AuditTrail audit;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    <T> T as(String username, Supplier<T> action) {
        return runAs.as(username, action);
    }

    static DispatchDraft draft(String headline) {
        return new DispatchDraft("fr", headline, "TEST", new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null,
                "Un chapeau.", "Premier paragraphe.\n\nDeuxième paragraphe.", "politics", "test", 5, null);
    }


    List<String> auditActions(long id) {
        return jdbc.sql("SELECT CONCAT(action, ':', COALESCE(from_state, ''), '>', COALESCE(to_state, '')) FROM audit_entry "
                        + "WHERE target_type = 'DISPATCH' AND target_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
    }

    @Test
    void writerDraftsEditorReturnsWriterResubmitsEditorPublishes() {
        String headline = unique("Le cycle complet");
        var created = as("writer", () -> dispatches.create(draft(headline)));
        assertThat(created.state()).isEqualTo(DispatchState.DRAFT);
        assertThat(created.allowedActions()).contains(WorkflowAction.EDIT, WorkflowAction.SUBMIT);
        assertThat(created.slug()).startsWith("le-cycle-complet-");

        as("writer", () -> dispatches.submit(created.id()));
        var returned = as("editor", () -> dispatches.returnToWriter(created.id(), "Précisez la date, s’il vous plaît."));
        assertThat(returned.state()).isEqualTo(DispatchState.RETURNED);
        assertThat(as("writer", () -> dispatches.comments(created.id())))
                .extracting(DispatchComment::text).containsExactly("Précisez la date, s’il vous plaît.");

        var revised = as("writer", () -> dispatches.get(created.id()));
        var edit = new DispatchDraft("fr", headline, "TEST", new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null,
                "Un chapeau.", "Premier paragraphe, le 1er mars.", "politics", "test", 5, null);
        as("writer", () -> dispatches.save(created.id(), revised.version(), edit));
        as("writer", () -> dispatches.submit(created.id()));
        var live = as("editor", () -> dispatches.publish(created.id()));

        assertThat(live.state()).isEqualTo(DispatchState.PUBLISHED);
        assertThat(live.publishedRevision()).isEqualTo(2);
        assertThat(auditActions(created.id())).containsExactly(
                "DISPATCH_CREATED:>DRAFT", "DISPATCH_SUBMIT:DRAFT>SUBMITTED", "DISPATCH_RETURN:SUBMITTED>RETURNED",
                "DISPATCH_SUBMIT:RETURNED>SUBMITTED", "DISPATCH_PUBLISH:SUBMITTED>PUBLISHED");
        assertThat(published.latestInEdition("fr", 100)).extracting(PublishedDispatch::headline).contains(headline);
    }

    @Test
    void theServiceRefusesWhatTheRulesDoNotAllowWhateverTheUiShows() {
        var created = as("writer", () -> dispatches.create(draft(unique("Refus"))));
        assertThatThrownBy(() -> as("writer", () -> dispatches.publish(created.id()))).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> as("admin", () -> dispatches.submit(created.id()))).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> as("admin", () -> dispatches.create(draft("x")))).isInstanceOf(AccessDeniedException.class);
        var e = catchThrowableOfType(DispatchValidationException.class,
                () -> as("editor", () -> dispatches.returnToWriter(created.id(), " ")));
        assertThat(e.errors()).containsEntry("comment", "dispatch.error.comment-required");
        assertThat(as("writer", () -> dispatches.get(created.id())).state()).isEqualTo(DispatchState.DRAFT);
    }

    @Test
    void editingAPublishedDispatchDoesNotChangeWhatReadersSeeUntilCorrected() {
        String headline = unique("Version publiée");
        var d = as("editor", () -> dispatches.create(draft(headline)));
        var live = as("editor", () -> dispatches.publish(d.id()));
        var changed = new DispatchDraft("fr", headline + " (corrigé)", "TEST", null, null, null, "Texte corrigé.",
                "politics", null, 5, null);
        as("editor", () -> dispatches.save(d.id(), live.version(), changed));

        assertThat(published.latestInEdition("fr", 200)).extracting(PublishedDispatch::headline)
                .contains(headline).doesNotContain(headline + " (corrigé)");

        var corrected = as("editor", () -> dispatches.correct(d.id(), "Une version précédente comportait une erreur."));
        assertThat(corrected.publishedRevision()).isEqualTo(2);
        assertThat(corrected.slug()).isEqualTo(live.slug());
        assertThat(published.latestInEdition("fr", 200)).extracting(PublishedDispatch::headline)
                .contains(headline + " (corrigé)");
    }

    @Test
    void aStaleSaveIsRefusedAndStoresNothing() {
        var d = as("editor", () -> dispatches.create(draft(unique("Conflit"))));
        long loaded = d.version();
        as("editor", () -> dispatches.save(d.id(), loaded, draft("First save wins")));

        var stale = catchThrowableOfType(StaleDispatchException.class,
                () -> as("editor", () -> dispatches.save(d.id(), loaded, draft("Second save loses"))));
        assertThat(stale.current().draft().headline()).isEqualTo("First save wins");
        assertThat(as("editor", () -> dispatches.get(d.id())).draft().headline()).isEqualTo("First save wins");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispatch_revision WHERE dispatch_id = :id").param("id", d.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theEditLockIsSeenByOthersAndAnEditorCanTakeItOver() {
        var d = as("writer", () -> dispatches.create(draft(unique("Verrou"))));
        as("writer", () -> dispatches.lock(d.id()));
        var seen = as("editor", () -> dispatches.get(d.id()));
        assertThat(seen.lockedByName()).isEqualTo("Demo Writer");

        var locked = catchThrowableOfType(DispatchLockedException.class, () -> as("editor", () -> dispatches.lock(d.id())));
        assertThat(locked.holder()).isEqualTo("Demo Writer");

        as("editor", () -> dispatches.takeOverLock(d.id()));
        var writerView = as("writer", () -> dispatches.get(d.id()));
        assertThat(writerView.lockedByName()).isEqualTo("Demo Editor");
        assertThatThrownBy(() -> as("writer", () -> dispatches.save(d.id(), writerView.version(), draft("mine"))))
                .isInstanceOf(DispatchLockedException.class);
        assertThat(auditActions(d.id())).contains("DISPATCH_LOCK_TAKEN_OVER:>");

        // A lock nobody renews expires.
        clock.advance(Duration.ofMinutes(3));
        assertThat(as("writer", () -> dispatches.lock(d.id())).lockedByName()).isEqualTo("Demo Writer");
    }

    @Test
    void scheduledDispatchesPublishExactlyOnceWithTwoWorkers() throws Exception {
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            var d = as("editor", () -> dispatches.create(draft(unique("Programmé"))));
            as("editor", () -> dispatches.schedule(d.id(), clock.instant().plusSeconds(60)));
            ids.add(d.id());
        }
        assertThat(scheduler.publishDue()).as("nothing is due yet").isZero();

        clock.advance(Duration.ofMinutes(2));
        Callable<Integer> worker = scheduler::publishDue;
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(worker);
            var b = pool.submit(worker);
            assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(ids.size());
        }
        for (long id : ids) {
            assertThat(jdbc.sql("SELECT state FROM dispatch WHERE id = :id").param("id", id).query(String.class).single())
                    .isEqualTo("PUBLISHED");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target_id = :id AND action = 'DISPATCH_PUBLISH'")
                    .param("id", id).query(Long.class).single()).as("published once").isEqualTo(1);
        }
    }

    @Test
    void whatFellDueDuringDowntimeIsPublishedOnRecovery() {
        var d = as("editor", () -> dispatches.create(draft(unique("Rattrapage"))));
        as("editor", () -> dispatches.schedule(d.id(), clock.instant().plusSeconds(30)));
        clock.advance(Duration.ofHours(5));   // the application was "down" past the instant
        scheduler.catchUp();
        assertThat(as("editor", () -> dispatches.get(d.id())).state()).isEqualTo(DispatchState.PUBLISHED);
    }

    @Test
    void anEmbargoKeepsAPublishedDispatchOffPublicPagesUntilTheInstant() {
        String headline = unique("Sous embargo");
        var d = as("editor", () -> dispatches.create(draft(headline)));
        as("editor", () -> dispatches.setEmbargo(d.id(), clock.instant().plus(Duration.ofHours(1))));
        as("editor", () -> dispatches.publish(d.id()));
        assertThat(published.latestInEdition("fr", 500)).extracting(PublishedDispatch::headline).doesNotContain(headline);

        clock.advance(Duration.ofMinutes(59));
        assertThat(published.latestInEdition("fr", 500)).extracting(PublishedDispatch::headline).doesNotContain(headline);
        clock.advance(Duration.ofMinutes(2));
        assertThat(published.latestInEdition("fr", 500)).extracting(PublishedDispatch::headline).contains(headline);
    }

    @Test
    void killSpikeAndUnspike() {
        var d = as("editor", () -> dispatches.create(draft(unique("Retrait"))));
        as("editor", () -> dispatches.publish(d.id()));
        var killed = as("editor", () -> dispatches.kill(d.id(), "Cette dépêche a été retirée."));
        assertThat(killed.state()).isEqualTo(DispatchState.KILLED);
        assertThat(killed.killNotice()).isEqualTo("Cette dépêche a été retirée.");

        var s = as("writer", () -> dispatches.create(draft(unique("Jeté"))));
        as("writer", () -> dispatches.spike(s.id()));
        assertThatThrownBy(() -> as("writer", () -> dispatches.unspike(s.id()))).isInstanceOf(WorkflowException.class);
        assertThat(as("editor", () -> dispatches.unspike(s.id())).state()).isEqualTo(DispatchState.DRAFT);
    }

    @Test
    void badFieldsAreRefusedFieldByField() {
        var bad = new DispatchDraft("not a tag!", " ", null, null, null, null, "", "no-such-section", null, 12, "Bad Slug");
        var e = catchThrowableOfType(DispatchValidationException.class, () -> as("writer", () -> dispatches.create(bad)));
        assertThat(e.errors()).containsKeys("headline", "body", "urgency", "language", "sectionCode", "slug");
        var tooLong = new DispatchDraft("fr", "x".repeat(201), null, null, null, null, "y".repeat(100_001), null, null, 5, null);
        e = catchThrowableOfType(DispatchValidationException.class, () -> as("writer", () -> dispatches.create(tooLong)));
        assertThat(e.errors()).containsEntry("headline", "dispatch.error.headline-too-long")
                .containsEntry("body", "dispatch.error.body-too-long");
    }

    @Test
    void theAzertacTextRoundTripsByteForByteThroughSaveAndPublication() throws Exception {
        String fixture = new org.springframework.core.io.ClassPathResource("demo/azertac-2023-03-01-fr.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        String body = fixture.substring(fixture.indexOf('\n') + 1).strip();
        var d = as("writer", () -> dispatches.create(new DispatchDraft("fr", unique("Essai de texte AZERTAC"),
                "AZ-IOM", new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null, null, body, "politics", null, 5, null)));
        as("writer", () -> dispatches.submit(d.id()));
        as("editor", () -> dispatches.publish(d.id()));
        var stored = jdbc.sql("SELECT body FROM dispatch_revision WHERE dispatch_id = :id AND revision_no = 1")
                .param("id", d.id()).query(String.class).single();
        assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(published.latestInEdition("fr", 500)).filteredOn(p -> p.id() == d.id())
                .singleElement().satisfies(p -> {
                    assertThat(p.body()).isEqualTo(body);
                    assertThat(p.dateline()).isEqualTo("Bakou, 1er mars, AZERTAC");
                });
    }

    @Test
    void theAuditChainStaysIntact() {
        as("editor", () -> dispatches.create(draft(unique("Chaîne"))));
        assertThat(as("admin", () -> audit.verify()).intact()).isTrue();
        assertThat(as("admin", () -> audit.count(new AuditFilter(null, "DISPATCH_CREATED", null, null)))).isPositive();
    }

    @Test
    void everyTransitionLeavesItsAuditRowWithStatesAndNote() {
        var d = as("editor", () -> dispatches.create(draft(unique("Chaque transition"))));
        long id = d.id();
        var later = clock.instant().plus(Duration.ofHours(2));
        as("editor", () -> dispatches.setEmbargo(id, later));
        as("editor", () -> dispatches.clearEmbargo(id));
        as("editor", () -> dispatches.submit(id));
        as("editor", () -> dispatches.schedule(id, later));
        as("editor", () -> dispatches.unschedule(id));
        as("editor", () -> dispatches.returnToWriter(id, "À revoir."));
        as("editor", () -> dispatches.submit(id));
        as("editor", () -> dispatches.publish(id));
        as("editor", () -> dispatches.correct(id, "Correction : le lieu."));
        as("editor", () -> dispatches.kill(id, "Retirée."));
        var s = as("writer", () -> dispatches.create(draft(unique("Jetée"))));
        as("writer", () -> dispatches.spike(s.id()));
        as("editor", () -> dispatches.unspike(s.id()));

        assertThat(auditActions(id)).containsExactly(
                "DISPATCH_CREATED:>DRAFT", "DISPATCH_SET_EMBARGO:DRAFT>DRAFT", "DISPATCH_CLEAR_EMBARGO:DRAFT>DRAFT",
                "DISPATCH_SUBMIT:DRAFT>SUBMITTED", "DISPATCH_SCHEDULE:SUBMITTED>SCHEDULED",
                "DISPATCH_UNSCHEDULE:SCHEDULED>SUBMITTED", "DISPATCH_RETURN:SUBMITTED>RETURNED",
                "DISPATCH_SUBMIT:RETURNED>SUBMITTED", "DISPATCH_PUBLISH:SUBMITTED>PUBLISHED",
                "DISPATCH_CORRECT:PUBLISHED>PUBLISHED", "DISPATCH_KILL:PUBLISHED>KILLED");
        assertThat(auditActions(s.id())).containsExactly("DISPATCH_CREATED:>DRAFT", "DISPATCH_SPIKE:DRAFT>SPIKED",
                "DISPATCH_UNSPIKE:SPIKED>DRAFT");
        assertThat(jdbc.sql("SELECT note FROM audit_entry WHERE target_id = :id AND action = 'DISPATCH_RETURN'")
                .param("id", id).query(String.class).single()).isEqualTo("À revoir.");
    }

    @Test
    void theEditorsWholeStateComesFromOneCallWithTheReviewBaselineFromTheDispatchItself() {
        var d = as("writer", () -> dispatches.create(draft(unique("État de l’éditeur"))));
        as("writer", () -> dispatches.submit(d.id()));
        as("editor", () -> dispatches.returnToWriter(d.id(), "Précisez le lieu."));
        var returned = as("writer", () -> dispatches.get(d.id()));
        as("writer", () -> dispatches.lock(d.id()));
        as("writer", () -> dispatches.save(d.id(), returned.version(), draft("Le lieu précisé")));

        var editorSees = as("editor", () -> dispatches.editorState(d.id()));
        assertThat(editorSees.dispatch().state()).isEqualTo(DispatchState.RETURNED);
        assertThat(editorSees.holdsLock()).isFalse();
        assertThat(editorSees.mayTakeOverLock()).as("an editor, someone else's lock").isTrue();
        assertThat(editorSees.dispatch().allowedActions()).containsExactly(WorkflowAction.EDIT);
        assertThat(editorSees.comments()).extracting(DispatchComment::text).containsExactly("Précisez le lieu.");
        assertThat(editorSees.translations()).isEmpty();
        assertThat(editorSees.sourceChange()).isEmpty();

        var writerSees = as("writer", () -> dispatches.editorState(d.id()));
        assertThat(writerSees.holdsLock()).isTrue();
        assertThat(writerSees.mayTakeOverLock()).isFalse();
        assertThat(writerSees.review()).as("only reviewers read the changes").isEmpty();

        as("writer", () -> dispatches.submit(d.id()));
        var review = as("editor", () -> dispatches.editorState(d.id())).review().orElseThrow();
        assertThat(review.since()).isEqualTo(1);
        assertThat(review.latest()).isEqualTo(2);
        assertThat(review.changes()).isNotEmpty();
        // The baseline no longer depends on the audit trail's rows.
        jdbc.sql("UPDATE dispatch SET returned_revision = NULL WHERE id = :id").param("id", d.id()).update();
        assertThat(as("editor", () -> dispatches.reviewBaseline(d.id()))).isNull();
    }
}
