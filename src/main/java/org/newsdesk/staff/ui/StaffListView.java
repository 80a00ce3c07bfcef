package org.newsdesk.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.Roles;
import org.newsdesk.staff.StaffAccountSummary;
import org.newsdesk.staff.StaffAdminService;
import org.newsdesk.staff.StaffFilter;

import java.util.stream.Collectors;
import java.util.Locale;

/** Staff accounts, for administrators: filter, page through, create and edit. The service checks the role again. */
@Route("admin/staff")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.staff")
class StaffListView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    final TextField search = new TextField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<Boolean> status = new ComboBox<>();
    final Grid<StaffAccountSummary> grid = new Grid<>();
    final Button create;

    private final StaffAdminService staff;
    private final I18nProperties i18n;
    private final CurrentUser currentUser;

    StaffListView(StaffAdminService staff, I18nProperties i18n, CurrentUser currentUser) {
        this.staff = staff;
        this.i18n = i18n;
        this.currentUser = currentUser;
        setSizeFull();
        add(new H1(getTranslation("staff.title")));

        search.setPlaceholder(getTranslation("staff.filter.search"));
        search.setAriaLabel(getTranslation("staff.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setPlaceholder(getTranslation("staff.filter.any-role"));
        role.setAriaLabel(getTranslation("staff.roles"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("staff.filter.any-status"));
        status.setAriaLabel(getTranslation("staff.status"));
        status.setItems(true, false);
        status.setItemLabelGenerator(b -> getTranslation(b ? "staff.enabled" : "staff.disabled"));
        status.setClearButtonVisible(true);
        create = new Button(getTranslation("staff.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, role, status, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar);

        grid.addColumn(StaffAccountSummary::username).setHeader(getTranslation("staff.username"))
                .setKey("username").setSortable(true).setSortProperty("username");
        grid.addColumn(StaffAccountSummary::displayName).setHeader(getTranslation("staff.display-name"))
                .setKey("displayName").setSortable(true).setSortProperty("displayName");
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("staff.roles")).setKey("roles");
        grid.addComponentColumn(a -> {
            var badge = new Span(getTranslation(a.enabled() ? "staff.enabled" : "staff.disabled"));
            badge.addClassNames("nd-badge", a.enabled() ? "nd-badge--on" : "nd-badge--off");
            return badge;
        }).setHeader(getTranslation("staff.status")).setKey("status");
        // Lazy: the database pages and sorts; the grid asks only for what it shows.
        grid.setItems(query -> query.getLimit() == 0 ? java.util.stream.Stream.empty()
                        : staff.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) staff.count(filter()));
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        org.newsdesk.base.ui.FittingGrids.fit(grid, java.util.Map.of("username", 2, "displayName", 3, "roles", 2, "status", 1),
                java.util.Map.of("roles", 600));
        add(grid);

        search.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    StaffFilter filter() {
        return new StaffFilter(search.getValue(), role.getValue(), status.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    AccountDialog openCreate() {
        var dialog = AccountDialog.create(staff, i18n, this::refresh);
        dialog.open();
        return dialog;
    }

    AccountDialog openEdit(StaffAccountSummary account) {
        var dialog = AccountDialog.edit(staff, i18n, staff.get(account.id()),
                account.id() == currentUser.require().accountId(), this::refresh);
        dialog.open();
        return dialog;
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
