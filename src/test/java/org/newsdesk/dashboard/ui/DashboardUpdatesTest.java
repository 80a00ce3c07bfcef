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

    /**
     * The database cost of one autosave (issue 14): with K dashboards open, the change is told once and each
     * dashboard re-reads its lists once — K refreshes in all, whatever else is open, and nothing per autosave
     * beyond that. Measured in statements on this thread, which runs the dashboards' pushed work here.
     */
    @Test
    @WithUserDetails("editor")
    void oneAutosaveCostsEachOpenDashboardOneRefreshOfItsLists() throws Exception {
        var first = navigate(DashboardView.class);
        var session = UI.getCurrent().getSession();
        int k = 4;
        var dashboards = new java.util.ArrayList<DashboardView>(java.util.List.of(first));
        while (dashboards.size() < k) {
            var another = new DashboardView(currentUser, queries, updates, clock);
            UI.getCurrent().add(another); // attached: subscribed like an open dashboard
            dashboards.add(another);
        }
        int perRefresh = org.newsdesk.support.ConnectionCounter.statementsDuring(first::refresh);
        assertThat(perRefresh).as("statements of one dashboard's refresh").isPositive();

        var heard = new AtomicInteger();
        Runnable unsubscribe = updates.subscribe(heard::incrementAndGet);
        try {
            String headline = "Coût " + UUID.randomUUID().toString().substring(0, 6);
            var draft = new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                    null, null, "Texte.", null, null, 5, null);
            var created = dispatches.create(draft);
            awaitShownEverywhere(dashboards, headline, heard, 1, session);

            // One autosave: the same call the editor's autosave makes.
            String saved = headline + " (2)";
            dispatches.save(created.id(), created.version(), new DispatchDraft("fr", saved, null,
                    new Dateline("Bakou", LocalDate.of(2023, 3, 1)), null, null, "Texte modifié.", null, null, 5, null));
            int statements = org.newsdesk.support.ConnectionCounter.statementsDuring(() -> {
                awaitShownEverywhere(dashboards, saved, heard, 2, session);
                // Anything still to come for this autosave would come within the coalescing moment.
                java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofSeconds(1).toNanos());
                session.getService().runPendingAccessTasks(session);
            });
            assertThat(heard.get()).as("told once for the autosave").isEqualTo(2);
            assertThat(statements).as("one refresh per open dashboard, no more").isEqualTo(k * perRefresh);
        } finally {
            unsubscribe.run();
            dashboards.stream().skip(1).forEach(UI.getCurrent()::remove);
        }
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
        Runnable unsubscribe = updates.subscribe(heard::incrementAndGet);
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
        var burst = new DashboardUpdates(java.time.Duration.ofMillis(500), (task, delay) -> scheduled.add(task));
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        burst.subscribe(first::incrementAndGet);
        burst.subscribe(second::incrementAndGet);
        for (int i = 0; i < 20; i++) {
            burst.dispatchChanged(new org.newsdesk.dispatch.DispatchChanged(i));
        }
        assertThat(scheduled).as("one telling for the burst").hasSize(1);
        assertThat(first.get() + second.get()).as("nothing before it").isZero();
        scheduled.getFirst().run();
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(1);
        burst.dispatchChanged(new org.newsdesk.dispatch.DispatchChanged(99));
        assertThat(scheduled).as("a later change is told again").hasSize(2);
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
