package org.newsdesk.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import org.newsdesk.base.ui.SecuredPush;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DashboardData;
import org.newsdesk.dispatch.DispatchQueries;
import org.newsdesk.dispatch.DispatchRow;
import org.newsdesk.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;

/**
 * The newsroom's start page: my drafts, what was returned to me, the review queue, what is
 * scheduled or under embargo, and what was published last — kept current for everyone by server
 * push whenever a dispatch changes.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    static final int ROWS = 8;

    final Div sections = new Div();
    private final DispatchQueries queries;
    private final CurrentUser currentUser;
    private final DashboardUpdates updates;
    private final Clock clock;
    private Runnable unsubscribe;
    /** This person's own lists as last read: kept while a round of changes does not touch their dispatches. */
    private DashboardData.Own own;

    DashboardView(CurrentUser currentUser, DispatchQueries queries, DashboardUpdates updates, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.updates = updates;
        this.clock = clock;
        addClassName("nd-dashboard");
        add(new H1(getTranslation("dashboard.greeting", currentUser.require().displayName())));
        add(new Paragraph(getTranslation("dashboard.intro")));
        sections.addClassName("nd-tiles");
        add(sections);
        refresh();
    }

    void refresh() {
        Instant now = clock.instant();
        own = queries.dashboardOwn(currentUser.require().accountId(), now, ROWS);
        show(DashboardData.of(own, queries.dashboardShared(now, ROWS)), now);
    }

    /** After a round of changes: the desk's lists as read once for everyone, this person's own only if they changed. */
    void update(DashboardUpdates.Round round) {
        long me = currentUser.require().accountId();
        if (round.touches(me)) {
            own = queries.dashboardOwn(me, round.now(), ROWS);
        }
        show(DashboardData.of(own, round.shared()), round.now());
    }

    private void show(DashboardData data, Instant now) {
        sections.removeAll();
        sections.add(section("dashboard.my-drafts", data.myDrafts(), "MY_DRAFTS", now));
        sections.add(section("dashboard.returned", data.returnedToMe(), "RETURNED", now));
        sections.add(section("dashboard.review", data.reviewQueue(), "REVIEW", now));
        sections.add(section("dashboard.scheduled", data.scheduledOrEmbargoed(), "SCHEDULED", now));
        sections.add(section("dashboard.published", data.recentlyPublished(), "PUBLISHED", now));
    }

    private Div section(String titleKey, DashboardData.Section data, String key, Instant now) {
        var count = new Span(java.text.NumberFormat.getIntegerInstance(getLocale()).format(data.count()));
        count.addClassName("nd-count");
        var title = new H2(getTranslation(titleKey));
        var list = new UnorderedList();
        for (DispatchRow row : data.rows()) {
            var item = new ListItem(new Anchor("/newsroom/dispatch/" + row.id(), row.headline()));
            // When it goes out, at a glance: the scheduled time and any running embargo.
            if (row.state() == org.newsdesk.workflow.DispatchState.SCHEDULED && row.scheduledAt() != null) {
                var when = new Span(getTranslation("dispatch.scheduled-for",
                        StaffTime.withRelative(row.scheduledAt(), now, getLocale())));
                when.addClassName("nd-row-time");
                item.add(when);
            }
            var embargo = StaffTime.embargoBadge(row.embargoUntil(), now, getTranslation("dispatch.embargoed-until",
                    StaffTime.withRelative(row.embargoUntil(), now, getLocale())));
            if (embargo != null) {
                item.add(embargo);
            }
            list.add(item);
        }
        if (data.rows().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.none")));
        }
        var tile = new Div(count, title, list);
        tile.addClassName("nd-tile");
        tile.getElement().setAttribute("data-section", key);
        return tile;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var asThisUser = SecuredPush.forCurrentUser(event.getUI());
        unsubscribe = updates.subscribe(round -> asThisUser.accept(() -> update(round)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("dashboard.title");
    }
}
