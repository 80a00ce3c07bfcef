package org.newsdesk.wire.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.newsdesk.base.ui.SecuredPush;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.DiffTable;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.dispatch.DispatchValidationException;
import org.newsdesk.security.Roles;
import org.newsdesk.text.MarkdownRenderer;
import org.newsdesk.wire.IncomingWires;
import org.newsdesk.wire.WireException;
import org.newsdesk.wire.WireFilter;
import org.newsdesk.wire.UsedWireUpdate;
import org.newsdesk.wire.WireItem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Partners' incoming items for the desk: filter, read, "Use" one as a draft. Updates itself when this
 * node's poller stores something (push); the refresh button covers items another node stored.
 */
@Route("wires")
@RolesAllowed({Roles.WRITER, Roles.EDITOR})
@Menu(order = 12, title = "nav.wires")
class IncomingWiresView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle, BeforeEnterObserver {

    static final List<String> LANGUAGES = List.of("az", "en", "fr", "ru");

    final ComboBox<IncomingWires.SourceName> source = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<Integer> urgency = new ComboBox<>();
    final TextField words = new TextField();
    final Button refresh;
    final Grid<WireItem> grid = new Grid<>();
    final Div preview = new Div();
    /** The items this user used that changed since they last looked. */
    final Div changed = new Div();
    final Button use;

    private final IncomingWires wires;
    private final WireUpdates updates;
    private final DateTimeFormatter format;
    private Runnable unsubscribe;

    IncomingWiresView(IncomingWires wires, WireUpdates updates) {
        this.wires = wires;
        this.updates = updates;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        setSizeFull();
        add(new H1(getTranslation("wires.title")), new Paragraph(getTranslation("wires.explain")));

        source.setPlaceholder(getTranslation("wires.filter.source"));
        source.setAriaLabel(getTranslation("wires.filter.source"));
        source.setItems(wires.sources());
        source.setItemLabelGenerator(IncomingWires.SourceName::name);
        language.setPlaceholder(getTranslation("wires.filter.language"));
        language.setAriaLabel(getTranslation("wires.filter.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(tag -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(tag)));
        urgency.setPlaceholder(getTranslation("wires.filter.urgency"));
        urgency.setAriaLabel(getTranslation("wires.filter.urgency"));
        urgency.setItems(IntStream.rangeClosed(1, 9).boxed().toList());
        words.setPlaceholder(getTranslation("wires.filter.words"));
        words.setAriaLabel(getTranslation("wires.filter.words"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        for (var f : List.of(source, language, urgency)) {
            f.setClearButtonVisible(true);
        }
        refresh = new Button(getTranslation("wires.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        var filters = new HorizontalLayout(words, source, language, urgency, refresh);
        filters.setWidthFull();
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        changed.addClassName("nd-wire-changed");
        changed.setWidthFull();
        add(changed, filters);

        grid.addColumn(WireItem::headline).setHeader(getTranslation("wires.headline")).setKey("headline").setFlexGrow(4);
        grid.addColumn(this::status).setHeader(getTranslation("wires.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(WireItem::sourceName).setHeader(getTranslation("wires.source")).setKey("source").setAutoWidth(true);
        grid.addColumn(WireItem::language).setHeader(getTranslation("wires.language")).setKey("language").setAutoWidth(true);
        grid.addColumn(WireItem::urgency).setHeader(getTranslation("wires.urgency")).setKey("urgency").setAutoWidth(true);
        grid.addColumn(WireItem::version).setHeader(getTranslation("wires.version")).setKey("version").setAutoWidth(true);
        grid.addColumn(i -> format.format(i.updatedAt())).setHeader(getTranslation("wires.updated")).setKey("updated").setAutoWidth(true);
        grid.setPartNameGenerator(i -> i.updatedSinceUse() ? "nd-wire-updated" : null);
        grid.setWidthFull();
        grid.setHeight("45vh");
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        add(grid);

        use = new Button(getTranslation("wires.use"), VaadinIcon.EDIT.create(), e -> useSelected());
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.setEnabled(false);
        preview.addClassName("nd-wire-preview");
        preview.setWidthFull();
        add(use, preview);

        source.addValueChangeListener(e -> reloadList());
        language.addValueChangeListener(e -> reloadList());
        urgency.addValueChangeListener(e -> reloadList());
        words.addValueChangeListener(e -> reloadList());
        refresh();
    }

    /** {@code ?item=N} (the link in an alert) opens that item. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("item").flatMap(IncomingWiresView::id).ifPresent(this::open);
    }

    private static java.util.Optional<Long> id(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Shows one item, selected in the list when the filters let it through. */
    void open(long id) {
        List<WireItem> rows = grid.getListDataView().getItems().toList();
        rows.stream().filter(i -> i.id() == id).findFirst().ifPresentOrElse(grid::select, () -> {
            try {
                grid.deselectAll();
                show(wires.get(id));
            } catch (WireException e) {
                error(getTranslation(e.key()));
            }
        });
    }

    private void refreshChanged() {
        changed.removeAll();
        List<UsedWireUpdate> updates = wires.myUpdates();
        changed.setVisible(!updates.isEmpty());
        MainLayout shell = findAncestor(MainLayout.class);
        if (shell != null) {
            shell.badge(UsedWireAlerts.ROUTE, updates.size());
        }
        if (updates.isEmpty()) {
            return;
        }
        changed.add(new H2(getTranslation("wires.changed.title", updates.size())));
        for (UsedWireUpdate u : updates) {
            var open = new Button(getTranslation("wires.changed.item", u.headline(), u.sourceName(), u.latestVersion(),
                    u.usedVersion()), e -> open(u.itemId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            changed.add(new Div(open));
        }
    }

    String status(WireItem i) {
        if (i.canceled()) {
            return getTranslation("wires.status.canceled");
        }
        if (i.updatedSinceUse()) {
            return getTranslation("wires.status.updated-since-use", i.usedVersion());
        }
        return getTranslation(i.used() ? "wires.status.used" : "wires.status.new");
    }

    WireFilter filter() {
        return new WireFilter(source.getValue() == null ? null : source.getValue().id(), language.getValue(),
                urgency.getValue(), words.getValue());
    }

    /** Everything again: the list and what changed for this user (arrivals, the refresh button). */
    void refresh() {
        refreshChanged();
        reloadList();
    }

    /** The list under the current filters (a filter change touches nothing else). */
    private void reloadList() {
        Long selected = grid.getSelectedItems().stream().findFirst().map(WireItem::id).orElse(null);
        List<WireItem> items = wires.list(filter());
        grid.setItems(items);
        items.stream().filter(i -> selected != null && i.id() == selected).findFirst()
                .ifPresentOrElse(grid::select, () -> show(null));
    }

    private void show(WireItem item) {
        preview.removeAll();
        use.setEnabled(item != null && !item.canceled());
        if (item == null) {
            return;
        }
        preview.add(new H2(item.headline()));
        if (item.updatedSinceUse()) {
            preview.add(new Paragraph(getTranslation("wires.updated-notice", item.usedVersion(), item.version())));
        }
        wires.changesSinceMyUse(item.id()).ifPresent(this::showChangesSinceUse);
        String credit = item.credit() != null ? item.credit() : item.sourceName();
        String meta = String.join(" · ", java.util.stream.Stream.of(item.dateline() != null ? item.dateline() : item.located(),
                item.byline(), credit).filter(s -> s != null && !s.isBlank()).toList());
        preview.add(new Paragraph(meta));
        if (item.lead() != null) {
            var lead = new Paragraph(item.lead());
            lead.addClassName("nd-lead");
            preview.add(lead);
        }
        // Bodies are Markdown made from sanitized HTML; rendered through the same sanitizer as the site.
        String html = MarkdownRenderer.toSafeHtml(item.body());
        if (!html.isEmpty()) {
            preview.add(new Html("<div>" + html + "</div>"));
        }
        if (item.link() != null) {
            var original = new Anchor(item.link(), getTranslation("wires.original"));
            original.setTarget("_blank");
            original.getElement().setAttribute("rel", "noopener noreferrer");
            preview.add(original);
        }
    }

    /** What changed since this user made a draft of the item, and a way to that draft; seen once shown. */
    private void showChangesSinceUse(IncomingWires.ChangesSinceUse changes) {
        UsedWireUpdate use = changes.use();
        var draft = new Anchor("/newsroom/dispatch/" + use.dispatchId(), getTranslation("wires.changed.open-draft"));
        if (use.latestVersion() == use.usedVersion()) {
            preview.add(new Paragraph(draft));
            return;
        }
        var section = new Div(new H3(getTranslation("wires.changed.since", use.usedVersion(), use.latestVersion())));
        section.addClassName("nd-wire-changes");
        if (changes.usedTextKept()) {
            section.add(new DiffTable(changes.rows(), "dispatch.field.",
                    getTranslation("wires.changed.version", use.usedVersion()), getTranslation("wires.changed.version", use.latestVersion())));
        } else {
            section.add(new Paragraph(getTranslation("wires.changed.not-kept", use.usedVersion())));
        }
        section.add(draft);
        preview.add(section);
        if (use.unseen()) {
            wires.seen(use.itemId());
            refreshChanged();
        }
    }

    void useSelected() {
        var item = grid.getSelectedItems().stream().findFirst().orElse(null);
        if (item == null) {
            return;
        }
        try {
            var draft = wires.use(item.id());
            Notification.show(getTranslation("wires.used", item.headline()));
            UI.getCurrent().navigate("dispatch/" + draft.id());
        } catch (WireException e) {
            error(getTranslation(e.key()));
            refresh();
        } catch (DispatchValidationException e) {
            error(getTranslation("wires.error.cannot-use",
                    String.join(", ", e.errors().values().stream().map(k -> getTranslation(k)).toList())));
        }
    }

    private void error(String text) {
        Notification n = Notification.show(text);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        unsubscribe = updates.subscribe(SecuredPush.asCurrentUser(event.getUI(), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wires.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("wires.title");
    }
}
