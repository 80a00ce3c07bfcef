package org.newsdesk.dashboard.ui;

import org.newsdesk.base.ui.MainLayout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.dispatch.DispatchStatistics;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.workflow.DispatchState;

import java.util.Map;

/** The newsroom's start page: a greeting and where the copy stands, by state. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    DashboardView(CurrentUser currentUser, DispatchStatistics statistics) {
        addClassName("nd-dashboard");
        add(new H1(getTranslation("dashboard.greeting", currentUser.require().displayName())));
        add(new Paragraph(getTranslation("dashboard.intro")));
        add(new H2(getTranslation("dashboard.by-state")));
        Map<DispatchState, Long> counts = statistics.countsByState();
        var tiles = new Div();
        tiles.addClassName("nd-tiles");
        counts.forEach((state, count) -> {
            var tile = new Div(new Span(String.valueOf(count)), new Span(getTranslation("state." + state.name().toLowerCase())));
            tile.addClassName("nd-tile");
            tile.getElement().setAttribute("data-state", state.name());
            tiles.add(tile);
        });
        add(tiles);
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
