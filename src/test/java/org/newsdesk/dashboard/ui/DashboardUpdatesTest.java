package org.newsdesk.dashboard.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards hear about every committed change, and refresh their lists from the database. */
@IntegrationTest
class DashboardUpdatesTest extends NewsroomViewTest {

    @Autowired
    DashboardUpdates updates;

    @Autowired
    DispatchService dispatches;

    @Autowired
    org.newsdesk.security.CurrentUser currentUser;

    @Autowired
    org.newsdesk.dispatch.DispatchQueries queries;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.newsdesk.support.RunAs runAs;

    /**
     * The database cost of one autosave (issue 14): with K dashboards open, the change is told once; the desk's
     * lists are read once for all of them, plus who wrote what changed — and nobody's own lists, since none of
     * the open dashboards belongs to the writer. The same number of statements whatever K is. Counted on this
     * thread, which runs the dashboards' pushed work here.
     */
    @Test
    @WithUserDetails("editor")
    void anAutosaveCostsTheSameWhateverTheNumberOfOpenDashboards() throws Exception {
        var first = navigate(DashboardView.class);
        var session = UI.getCurrent().getSession();
        var dashboards = new java.util.ArrayList<DashboardView>(java.util.List.of(first));
        var heard = new AtomicInteger();
        Runnable unsubscribe = updates.subscribe(round -> heard.incrementAndGet());
        try {
            // A writer's story in the review queue, which every dashboard shows.
            String headline = "Coût " + UUID.randomUUID().toString().substring(0, 6);
            var created = runAs.as("writer", () -> {
                var d = dispatches.create(draft(headline, "Texte."));
                return dispatches.submit(d.id());
            });
            awaitShownEverywhere(dashboards, headline, heard, 1, session);
            int shared = org.newsdesk.support.ConnectionCounter.statementsDuring(
                    () -> queries.dashboardShared(clock.instant(), DashboardView.ROWS));
            int perRefresh = org.newsdesk.support.ConnectionCounter.statementsDuring(first::refresh);
            assertThat(shared).as("statements of the desk's lists").isPositive().isLessThan(perRefresh);

            var version = new java.util.concurrent.atomic.AtomicLong(created.version());
            for (int k : new int[] {1, 4}) {
                while (dashboards.size() < k) {
                    var another = new DashboardView(currentUser, queries, updates, clock);
                    UI.getCurrent().add(another); // attached: subscribed like an open dashboard
                    dashboards.add(another);
                }
                // One autosave by the editor reviewing it: the same call the editor's autosave makes.
                String saved = headline + " (" + k + ")";
                version.set(dispatches.save(created.id(), version.get(), draft(saved, "Texte revu " + k + ".")).version());
                int told = heard.get();
                int statements = org.newsdesk.support.ConnectionCounter.statementsDuring(() -> {
                    awaitShownEverywhere(dashboards, saved, heard, told + 1, session);
                    // Anything still to come for this autosave would come within the coalescing moment.
                    java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofSeconds(1).toNanos());
                    session.getService().runPendingAccessTasks(session);
                });
                assertThat(heard.get()).as("told once for the autosave").isEqualTo(told + 1);
                assertThat(statements).as("with %d dashboards open: the desk's lists once and who wrote it", k)
                        .isEqualTo(shared + 1);
            }
        } finally {
            unsubscribe.run();
            dashboards.stream().skip(1).forEach(UI.getCurrent()::remove);
        }
    }

    @Test
    @WithUserDetails("writer")
    void aRoundThatTouchesSomeonesOwnDispatchesReReadsTheirOwnLists() {
        var view = navigate(DashboardView.class);
        String headline = "Brouillon " + UUID.randomUUID().toString().substring(0, 6);
        var mine = dispatches.create(draft(headline, "Texte."));
        long me = currentUser.require().accountId();
        var someoneElses = new DashboardUpdates.Round(java.util.Set.of(-1L), queries, clock.instant());
        view.update(someoneElses);
        assertThat(view.sections.getElement().getTextRecursively()).as("own lists kept as they were").doesNotContain(headline);
        var touchingMine = new DashboardUpdates.Round(java.util.Set.of(mine.id()), queries, clock.instant());
        assertThat(touchingMine.touches(me)).isTrue();
        view.update(touchingMine);
        assertThat(view.sections.getElement().getTextRecursively()).contains(headline);
    }

    /**
     * A round rebuilds only the tiles whose text changed: an autosave of a story's body changes nothing a
     * dashboard shows, so nothing is rebuilt or sent; a new headline rebuilds its tile alone; a scheduled time's
     * "in N min" rebuilds its tile as the minutes pass.
     */
    @Test
    @WithUserDetails("editor")
    void aRoundRebuildsOnlyTheTilesWhoseTextChanged() {
        var view = navigate(DashboardView.class);
        String headline = "Tuile " + UUID.randomUUID().toString().substring(0, 6);
        var submitted = runAs.as("writer", () -> dispatches.submit(dispatches.create(draft(headline, "Texte.")).id()));
        var before = tiles(view);
        view.update(new DashboardUpdates.Round(java.util.Set.of(submitted.id()), queries, clock.instant()));
        var after = tiles(view);
        assertThat(view.sections.getElement().getTextRecursively()).contains(headline);
        assertThat(after.get(2)).as("the review queue, which shows it").isNotSameAs(before.get(2));
        assertThat(java.util.List.of(after.get(0), after.get(1), after.get(3), after.get(4)))
                .as("the other tiles").containsExactly(before.get(0), before.get(1), before.get(3), before.get(4));

        // An autosave of the body: the round comes, and nothing on the dashboard changes.
        var saved = dispatches.save(submitted.id(), submitted.version(), draft(headline, "Texte revu."));
        view.update(new DashboardUpdates.Round(java.util.Set.of(saved.id()), queries, clock.instant()));
        assertThat(tiles(view)).as("every tile as it was").containsExactlyElementsOf(after);

        // Scheduled in 30 minutes: the tile says so, and says it again differently ten minutes later.
        var scheduled = dispatches.schedule(saved.id(), clock.instant().plus(java.time.Duration.ofMinutes(30)));
        try {
            var now = clock.instant();
            view.update(new DashboardUpdates.Round(java.util.Set.of(scheduled.id()), queries, now));
            var inThirty = tiles(view);
            assertThat(inThirty.get(3)).isNotSameAs(after.get(3));
            view.update(new DashboardUpdates.Round(java.util.Set.of(), queries, now));
            assertThat(tiles(view).get(3)).as("the same minute").isSameAs(inThirty.get(3));
            view.update(new DashboardUpdates.Round(java.util.Set.of(), queries, now.plus(java.time.Duration.ofMinutes(10))));
            assertThat(tiles(view).get(3)).as("ten minutes later").isNotSameAs(inThirty.get(3));
        } finally {
            dispatches.unschedule(scheduled.id());
        }
    }

    private static java.util.List<com.vaadin.flow.component.Component> tiles(DashboardView view) {
        return view.sections.getChildren().toList();
    }

    static DispatchDraft draft(String headline, String body) {
        return new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, body, null, null, 5, null);
    }

    /** Runs the pushed work here until every dashboard shows the text (the telling runs on its own timer). */
    private static void awaitShownEverywhere(java.util.List<DashboardView> dashboards, String text, AtomicInteger heard,
                                             int tellings, com.vaadin.flow.server.VaadinSession session) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (heard.get() < tellings
                || !dashboards.stream().allMatch(d -> d.sections.getElement().getTextRecursively().contains(text))) {
            assertThat(System.nanoTime()).as("every dashboard shows it within 10 s").isLessThan(deadline);
            session.getService().runPendingAccessTasks(session);
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
    }


    @Test
    @WithUserDetails("writer")
    void aChangeReachesSubscribersAfterCommitAndTheDashboardShowsIt() {
        var heard = new AtomicInteger();
        Runnable unsubscribe = updates.subscribe(round -> heard.incrementAndGet());
        try {
            DashboardView view = navigate(DashboardView.class);
            String headline = "Tableau " + UUID.randomUUID().toString().substring(0, 6);
            dispatches.create(new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                    null, null, "Texte.", null, null, 5, null));
            // Told once the changes of the moment are gathered (newsdesk.dashboard.coalesce).
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
            while (heard.get() == 0) {
                assertThat(System.nanoTime()).as("told within 5 s").isLessThan(deadline);
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }
            assertThat(heard.get()).isEqualTo(1);

            // The dashboard's own listener may run after ours in the same telling: its UI.access task
            // is queued under the session lock, which is ours here, so run pending work until it shows.
            var session = UI.getCurrent().getSession();
            while (!view.sections.getElement().getTextRecursively().contains(headline)) {
                assertThat(System.nanoTime()).as("the dashboard shows it within 5 s").isLessThan(deadline);
                session.getService().runPendingAccessTasks(session);
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }
            assertThat(view.sections.getElement().getTextRecursively()).contains(headline);
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void aBurstOfChangesSuchAsAutosavesIsToldToEachDashboardOnce() {
        var scheduled = new java.util.ArrayList<Runnable>();
        var burst = new DashboardUpdates(java.time.Duration.ofMillis(500), (task, delay) -> scheduled.add(task), queries, clock);
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        var changed = new java.util.ArrayList<java.util.Set<Long>>();
        burst.subscribe(round -> {
            first.incrementAndGet();
            changed.add(round.changed());
        });
        burst.subscribe(round -> second.incrementAndGet());
        for (int i = 0; i < 20; i++) {
            burst.dispatchChanged(new org.newsdesk.dispatch.DispatchChanged(i));
        }
        assertThat(scheduled).as("one telling for the burst").hasSize(1);
        assertThat(first.get() + second.get()).as("nothing before it").isZero();
        scheduled.getFirst().run();
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(1);
        assertThat(changed.getFirst()).as("every change of the burst in the round").hasSize(20);
        burst.dispatchChanged(new org.newsdesk.dispatch.DispatchChanged(99));
        assertThat(scheduled).as("a later change is told again").hasSize(2);
        scheduled.getLast().run();
        assertThat(changed.getLast()).containsExactly(99L);
    }

    @Test
    @WithUserDetails("editor")
    void leavingTheDashboardUnsubscribes() {
        navigate(DashboardView.class);
        int onDashboard = updates.subscribers();
        assertThat(onDashboard).isPositive();
        navigate("account", com.vaadin.flow.component.Component.class);
        assertThat(updates.subscribers()).isEqualTo(onDashboard - 1);
    }
}
