package org.newsdesk.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom shell and dashboard, rendered without a browser for real demo accounts. */
@IntegrationTest
class NewsroomShellTest extends NewsroomViewTest {


    @Test
    @WithUserDetails("editor")
    void shellShowsUserRolesNavigationAndLogout() {
        navigate(DashboardView.class);

        List<String> texts = find(Span.class).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("Demo Editor", "Editor", "Dashboard");
        assertThat(navLabels()).contains("Dashboard").doesNotContain("Staff accounts");
        assertThat(find(Anchor.class).withText("Public site").single().getHref()).isEqualTo("/");
        assertThat(find(Button.class).withText("Log out").exists()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void dashboardCountsDispatchesByState() {
        var view = navigate(DashboardView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Good to see you, Demo Editor");
        // The demo content holds published dispatches (the AZERTAC one among them) and a draft.
        var published = find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> "PUBLISHED".equals(d.getElement().getAttribute("data-section"))).findFirst().orElseThrow();
        assertThat(Integer.parseInt(published.getElement().getChild(0).getTextRecursively())).isGreaterThanOrEqualTo(2);
        assertThat(published.getElement().getTextRecursively()).contains("Recently published");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.newsdesk.support.Newsroom newsroom;

    @Test
    @WithUserDetails("writer")
    void aTileWithMoreThanItListsLeadsToTheRestInTheDispatchList() {
        for (int i = 0; i <= DashboardView.ROWS; i++) {
            String headline = "Brouillon " + java.util.UUID.randomUUID().toString().substring(0, 8);
            newsroom.as("writer", () -> newsroom.service().create(org.newsdesk.support.Newsroom.draft("fr", headline, "Texte.")));
        }
        // The test's UI may already show the dashboard (made before these drafts): read its lists again.
        navigate(DashboardView.class).refresh();

        var drafts = find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> "MY_DRAFTS".equals(d.getElement().getAttribute("data-section"))).findFirst().orElseThrow();
        String count = drafts.getElement().getChild(0).getTextRecursively();
        assertThat(Integer.parseInt(count)).isGreaterThan(DashboardView.ROWS);
        var all = drafts.getChildren().filter(c -> c instanceof Anchor).map(c -> (Anchor) c).findFirst().orElseThrow();
        assertThat(all.getText()).isEqualTo("See all " + count);
        assertThat(all.getHref()).isEqualTo("/newsroom/dispatches?state=DRAFT&author=mine");
        // "Scheduled or under embargo" mixes a state and an embargo, which the list cannot filter: no link there.
        var scheduled = find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> "SCHEDULED".equals(d.getElement().getAttribute("data-section"))).findFirst().orElseThrow();
        assertThat(scheduled.getChildren().filter(c -> c instanceof Anchor)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesTheStaffAccountsEntry() {
        navigate(DashboardView.class);

        assertThat(navLabels()).contains("Staff accounts");
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains("Administrator");
    }

    @Test
    @WithUserDetails("writer")
    void noRawMessageKeysOnTheDashboard() {
        var view = navigate(DashboardView.class);

        String text = view.getUI().orElseThrow().getElement().getTextRecursively();
        assertThat(text).doesNotContainPattern("\\b(nav|dashboard|state|role|app)\\.[a-z-]+\\b");
    }

    private List<String> navLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
