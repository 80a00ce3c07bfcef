package org.newsdesk.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.security.Roles;
import org.newsdesk.staff.StaffAccountSummary;
import org.newsdesk.staff.StaffAdminService;

import java.util.stream.Collectors;

/** Staff accounts, for administrators. The service checks the role again. */
@Route("admin/staff")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.staff")
class StaffListView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    StaffListView(StaffAdminService staff) {
        setSizeFull();
        add(new H1(getTranslation("staff.title")));
        var grid = new Grid<StaffAccountSummary>();
        grid.addColumn(StaffAccountSummary::username).setHeader(getTranslation("staff.username")).setSortable(true);
        grid.addColumn(StaffAccountSummary::displayName).setHeader(getTranslation("staff.display-name")).setSortable(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name().toLowerCase()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("staff.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.status"));
        grid.setItems(staff.listAccounts());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("staff.title");
    }
}
