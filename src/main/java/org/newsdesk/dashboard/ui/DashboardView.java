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
import java.util.ArrayList;
import java.util.List;

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
    /** What each tile shows, as text, in order: compared before a tile is rebuilt. */
    private final List<?>[] shown = new List<?>[5];

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
        put(0, "dashboard.my-drafts", data.myDrafts(), "MY_DRAFTS", now);
        put(1, "dashboard.returned", data.returnedToMe(), "RETURNED", now);
        put(2, "dashboard.review", data.reviewQueue(), "REVIEW", now);
        put(3, "dashboard.scheduled", data.scheduledOrEmbargoed(), "SCHEDULED", now);
        put(4, "dashboard.published", data.recentlyPublished(), "PUBLISHED", now);
    }

    /**
     * Replaces a tile only when what it shows changed: most rounds (an autosave of the body, a change in a list
     * beyond its first rows) leave every tile as it is, so nothing is sent to this browser, focus stays put, and
     * an open dashboard costs the server no new components.
     */
    private void put(int index, String titleKey, DashboardData.Section data, String key, Instant now) {
        List<String> content = new ArrayList<>();
        content.add(java.text.NumberFormat.getIntegerInstance(getLocale()).format(data.count()));
        for (DispatchRow row : data.rows()) {
            content.add(row.id() + " " + row.headline());
            content.add(scheduledText(row, now));
            content.add(embargoText(row, now) + " " + row.embargoUntil());
        }
        if (content.equals(shown[index])) {
            return;
        }
        Div tile = section(titleKey, content.getFirst(), data, key, now);
        if (index < sections.getComponentCount()) {
            sections.replace(sections.getComponentAt(index), tile);
        } else {
            sections.add(tile);
        }
        shown[index] = content;
    }

    private String scheduledText(DispatchRow row, Instant now) {
        return row.state() == org.newsdesk.workflow.DispatchState.SCHEDULED && row.scheduledAt() != null
                ? getTranslation("dispatch.scheduled-for", StaffTime.withRelative(row.scheduledAt(), now, getLocale()))
                : null;
    }

    private String embargoText(DispatchRow row, Instant now) {
        return row.embargoUntil() != null && row.embargoUntil().isAfter(now)
                ? getTranslation("dispatch.embargoed-until", StaffTime.withRelative(row.embargoUntil(), now, getLocale()))
                : null;
    }

    /**
     * The dispatch list's filter for each tile that has one. "Scheduled or under embargo" has none: an embargo
     * is not a state, and the list filters by state.
     */
    private static final java.util.Map<String, String> ALL = java.util.Map.of(
            "MY_DRAFTS", "state=DRAFT&author=mine", "RETURNED", "state=RETURNED&author=mine",
            "REVIEW", "state=SUBMITTED", "PUBLISHED", "state=PUBLISHED");

    private Div section(String titleKey, String countText, DashboardData.Section data, String key, Instant now) {
        var count = new Span(countText);
        count.addClassName("nd-count");
        var title = new H2(getTranslation(titleKey));
        var list = new UnorderedList();
        for (DispatchRow row : data.rows()) {
            var item = new ListItem(new Anchor("/newsroom/dispatch/" + row.id(), row.headline()));
            // When it goes out, at a glance: the scheduled time and any running embargo.
            String scheduled = scheduledText(row, now);
            if (scheduled != null) {
                var when = new Span(scheduled);
                when.addClassName("nd-row-time");
                item.add(when);
            }
            var embargo = StaffTime.embargoBadge(row.embargoUntil(), now, embargoText(row, now));
            if (embargo != null) {
                item.add(embargo);
            }
            list.add(item);
        }
        if (data.rows().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.none")));
        }
        var tile = new Div(count, title, list);
        // The tile lists the first few; the rest are one click away in the dispatch list, filtered the same way.
        String filter = ALL.get(key);
        if (filter != null && data.count() > data.rows().size()) {
            var all = new Anchor("/newsroom/dispatches?" + filter, getTranslation("dashboard.all", countText));
            all.addClassName("nd-tile-all");
            tile.add(all);
        }
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
