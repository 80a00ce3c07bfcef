package org.newsdesk.dispatch.ui;

import org.newsdesk.base.ui.DiffTable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.audit.AuditEntry;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchNotFoundException;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.dispatch.RevisionSummary;
import org.newsdesk.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Every revision of a dispatch with the differences between any two, and its audit entries. */
@Route("dispatch-history")
@RolesAllowed({Roles.WRITER, Roles.EDITOR, Roles.ADMIN})
class DispatchHistoryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle,
        MainLayout.HasViewTitle {

    final H1 title = new H1();
    final Grid<RevisionSummary> revisions = new Grid<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Div diff = new Div();
    final Grid<AuditEntry> trail = new Grid<>();

    private final DispatchService service;
    private final AuditTrail audit;
    private DispatchDetails dispatch;

    DispatchHistoryView(DispatchService service, AuditTrail audit) {
        this.service = service;
        this.audit = audit;
        revisions.addColumn(RevisionSummary::number).setHeader("#").setAutoWidth(true).setKey("number");
        revisions.addColumn(r -> org.newsdesk.base.ui.StaffTime.dateTime(r.savedAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        revisions.addColumn(RevisionSummary::savedBy).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        revisions.addColumn(RevisionSummary::headline).setHeader(getTranslation("dispatch.headline")).setFlexGrow(3);
        revisions.addColumn(r -> r.published() ? getTranslation("dispatch.history.live") : "").setAutoWidth(true);
        revisions.addColumn(r -> r.correctionNote() == null ? "" : r.correctionNote()).setHeader(getTranslation("dispatch.correction-note"));
        revisions.setAllRowsVisible(true);
        from.setLabel(getTranslation("dispatch.history.from"));
        to.setLabel(getTranslation("dispatch.history.to"));
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
        trail.addColumn(e -> org.newsdesk.base.ui.StaffTime.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        trail.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        trail.addColumn(e -> org.newsdesk.base.ui.AuditNames.action(this, e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        trail.addColumn(e -> org.newsdesk.base.ui.AuditNames.transition(this, e.fromState(), e.toState())).setHeader(getTranslation("audit.states"));
        trail.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("audit.note")).setFlexGrow(3);
        trail.setAllRowsVisible(true);
        add(title, new H2(getTranslation("dispatch.history.revisions")), revisions, new HorizontalLayout(from, to), diff,
                new H2(getTranslation("dispatch.history.audit")), trail);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            dispatch = service.get(Long.parseLong(parameter));
        } catch (NumberFormatException | DispatchNotFoundException e) {
            removeAll();
            add(new H1(getTranslation("dispatch.not-found.title")), new Anchor("/newsroom/dispatches", getTranslation("nav.dispatches")));
            return;
        }
        title.setText(getTranslation("dispatch.history.title", dispatch.draft().headline()));
        List<RevisionSummary> list = service.revisions(dispatch.id());
        revisions.setItems(list);
        List<Integer> numbers = list.stream().map(RevisionSummary::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() > 1) {
            to.setValue(numbers.getFirst());
            Integer baseline = service.reviewBaseline(dispatch.id());
            from.setValue(baseline != null ? baseline : numbers.get(1));
        }
        trail.setItems(audit.forTarget("DISPATCH", dispatch.id()));
    }

    void showDiff() {
        diff.removeAll();
        if (from.getValue() != null && to.getValue() != null) {
            diff.add(new DiffTable(service.diff(dispatch.id(), from.getValue(), to.getValue()), "dispatch.field.",
                    getTranslation("dispatch.history.revision", from.getValue()),
                    getTranslation("dispatch.history.revision", to.getValue())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.history") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("dispatch.history");
    }
}
