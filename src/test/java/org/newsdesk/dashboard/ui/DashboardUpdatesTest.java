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
