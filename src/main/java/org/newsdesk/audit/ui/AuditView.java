package org.newsdesk.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.audit.AuditEntry;
import org.newsdesk.audit.AuditFilter;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.base.ui.LocalizedPickers;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.security.Roles;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit trail, newest first, filtered by actor, action and time range. Administrators only. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "nav.audit")
class AuditView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    final com.vaadin.flow.component.button.Button verify = new com.vaadin.flow.component.button.Button();
    final com.vaadin.flow.component.html.Div chainResult = new com.vaadin.flow.component.html.Div();
    private Long brokenId;

    private final AuditTrail audit;

    AuditView(AuditTrail audit) {
        this.audit = audit;
        setSizeFull();
        add(new H1(getTranslation("audit.title")));

        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        LocalizedPickers.localize(from);
        LocalizedPickers.localize(to);
        // Typed in the staff member's zone, named beside the pickers.
        from.setHelperText(StaffTime.zoneNote(this));
        to.setHelperText(StaffTime.zoneNote(this));
        // The trail is hash-chained: administrators check it here and see where it was altered.
        verify.setText(getTranslation("audit.verify"));
        verify.addClickListener(e -> verifyChain());
        chainResult.setVisible(false);
        chainResult.addClassName("nd-notice");
        var filters = new HorizontalLayout(actor, action, from, to, verify);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, chainResult);

        grid.addColumn(e -> StaffTime.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setKey("when");
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setKey("actor");
        grid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true).setKey("action");
        grid.addColumn(e -> e.targetLabel() == null ? "" : e.targetLabel()).setHeader(getTranslation("audit.target")).setKey("target");
        grid.addColumn(e -> org.newsdesk.base.ui.AuditNames.transition(this, e.fromState(), e.toState()))
                .setHeader(getTranslation("audit.states")).setKey("states");
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("audit.note")).setFlexGrow(3).setKey("note");
        grid.setPartNameGenerator(e -> brokenId != null && brokenId == e.id() ? "nd-broken" : null);
        grid.setItems(q -> audit.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) audit.count(filter()));
        grid.setSizeFull();
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        org.newsdesk.base.ui.FittingGrids.fit(grid,
                java.util.Map.of("when", 2, "actor", 1, "action", 2, "target", 3, "states", 2, "note", 3),
                java.util.Map.of("actor", 700, "states", 900, "note", 600));
        add(grid);

        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    void verifyChain() {
        var check = audit.verify();
        brokenId = check.intact() ? null : check.firstBrokenId();
        String text;
        if (check.intact()) {
            text = getTranslation("audit.verify.intact", check.entries());
        } else if (brokenId == null) {
            text = getTranslation("audit.verify.broken-end", check.entries());
        } else {
            var entry = audit.entry(brokenId);
            text = getTranslation("audit.verify.broken", String.valueOf(brokenId), check.entries(),
                    entry.map(e -> StaffTime.dateTime(e.occurredAt(), getLocale()) + " · " + e.actor() + " · "
                            + actionName(e.action())).orElse(""));
        }
        chainResult.setText(text);
        chainResult.getElement().setAttribute("data-intact", String.valueOf(check.intact()));
        chainResult.setVisible(true);
        grid.getDataProvider().refreshAll();
    }

    /** Actions by name in the staff member's language; an unknown code shows as itself. */
    String actionName(String code) {
        return org.newsdesk.base.ui.AuditNames.action(this, code);
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), instant(from.getValue()), instant(to.getValue()));
    }

    private java.time.Instant instant(LocalDateTime value) {
        return StaffTime.instant(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("audit.title");
    }
}
