package org.newsdesk.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchFilter;
import org.newsdesk.dispatch.DispatchQueries;
import org.newsdesk.dispatch.DispatchRow;
import org.newsdesk.section.Sections;
import org.newsdesk.section.SectionLabel;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.Roles;
import org.newsdesk.staff.StaffAccounts;
import org.newsdesk.staff.StaffName;
import org.newsdesk.workflow.DispatchState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;

/** All dispatches: filtered, sorted and paged in the database. */
@Route("dispatches")
@RolesAllowed({Roles.WRITER, Roles.EDITOR, Roles.ADMIN})
@Menu(order = 10, title = "nav.dispatches")
class DispatchListView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    /** The agency's languages, offered first; the editor also accepts any other BCP 47 tag. */
    static final List<String> LANGUAGES = List.of("az", "en", "fr", "ru");

    final ComboBox<DispatchState> state = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<SectionLabel> section = new ComboBox<>();
    final ComboBox<Integer> urgency = new ComboBox<>();
    final ComboBox<StaffName> author = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<DispatchRow> grid = new Grid<>();
    final Button create;

    private final DispatchQueries queries;
    private final CurrentUser currentUser;

    private final java.time.Clock clock;
    /** The author filter's first choice: "Mine". */
    private final StaffName me;

    DispatchListView(DispatchQueries queries, Sections sections, CurrentUser currentUser, StaffAccounts staff,
                     java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.currentUser = currentUser;
        setSizeFull();
        add(new H1(getTranslation("dispatches.title")));

        state.setPlaceholder(getTranslation("dispatches.filter.state"));
        state.setAriaLabel(getTranslation("dispatches.filter.state"));
        state.setItems(DispatchState.values());
        state.setItemLabelGenerator(s -> getTranslation("state." + s.name().toLowerCase(Locale.ROOT)));
        language.setPlaceholder(getTranslation("dispatches.filter.language"));
        language.setAriaLabel(getTranslation("dispatches.filter.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(tag -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(tag)));
        section.setPlaceholder(getTranslation("dispatches.filter.section"));
        section.setAriaLabel(getTranslation("dispatches.filter.section"));
        section.setItems(sections.active(getLocale().getLanguage()));
        section.setItemLabelGenerator(SectionLabel::label);
        urgency.setPlaceholder(getTranslation("dispatches.filter.urgency"));
        urgency.setAriaLabel(getTranslation("dispatches.filter.urgency"));
        urgency.setItems(IntStream.rangeClosed(1, 9).boxed().toList());
        author.setPlaceholder(getTranslation("dispatches.filter.author"));
        author.setAriaLabel(getTranslation("dispatches.filter.author"));
        me = new StaffName(currentUser.require().accountId(), getTranslation("dispatches.filter.mine"));
        var authors = new java.util.ArrayList<StaffName>();
        authors.add(me);
        staff.writers(getLocale()).stream().filter(w -> w.id() != me.id()).forEach(authors::add);
        author.setItems(authors);
        author.setItemLabelGenerator(StaffName::displayName);
        text.setPlaceholder(getTranslation("dispatches.filter.text"));
        text.setAriaLabel(getTranslation("dispatches.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        for (var f : List.of(state, language, section, urgency, author)) {
            f.setClearButtonVisible(true);
        }
        text.setClearButtonVisible(true);
        create = new Button(getTranslation("dispatches.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("dispatch/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var principal = currentUser.require();
        create.setVisible(principal.hasRole(Role.WRITER) || principal.hasRole(Role.EDITOR));
        var filters = new HorizontalLayout(text, state, language, section, urgency, author, create);
        filters.setWidthFull();
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addColumn(DispatchRow::headline).setHeader(getTranslation("dispatch.headline")).setKey("headline")
                .setSortable(true).setSortProperty("headline").setFlexGrow(4);
        // An embargoed dispatch never reads as simply "Published": the badge says until when.
        grid.addComponentColumn(r -> {
                    var cell = new com.vaadin.flow.component.html.Span(getTranslation("state." + r.state().name().toLowerCase(Locale.ROOT)));
                    var embargo = StaffTime.embargoBadge(r.embargoUntil(), clock.instant(), getTranslation("dispatch.embargoed-until",
                            StaffTime.dateTime(r.embargoUntil(), getLocale())));
                    if (embargo != null) {
                        cell.add(new com.vaadin.flow.component.html.Span(" "), embargo);
                    }
                    return cell;
                }).setHeader(getTranslation("dispatch.state"))
                .setKey("state").setSortable(true).setSortProperty("state");
        grid.addColumn(r -> r.goesOutAt() == null ? "" : StaffTime.withRelative(r.goesOutAt(), clock.instant(), getLocale()))
                .setHeader(getTranslation("dispatch.goes-out")).setKey("goesOut").setSortable(true).setSortProperty("goesOut");
        grid.addColumn(r -> org.newsdesk.base.i18n.LocaleText.nativeName(Locale.forLanguageTag(r.language()))).setHeader(getTranslation("dispatch.language")).setKey("language")
                .setSortable(true).setSortProperty("language").setAutoWidth(true);
        grid.addColumn(DispatchRow::urgency).setHeader(getTranslation("dispatch.urgency")).setKey("urgency")
                .setSortable(true).setSortProperty("urgency").setAutoWidth(true);
        grid.addColumn(DispatchRow::authorName).setHeader(getTranslation("dispatch.author")).setKey("author");
        grid.addColumn(r -> StaffTime.dateTime(r.updatedAt(), getLocale())).setHeader(getTranslation("dispatch.updated")).setKey("updatedAt")
                .setSortable(true).setSortProperty("updatedAt");
        grid.setItems(q -> q.getLimit() == 0 ? java.util.stream.Stream.empty()
                        : queries.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) queries.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("dispatch/" + e.getItem().id())));
        grid.setSizeFull();
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        org.newsdesk.base.ui.FittingGrids.fit(grid,
                java.util.Map.of("headline", 4, "state", 2, "goesOut", 2, "language", 1, "urgency", 1, "author", 2, "updatedAt", 2),
                java.util.Map.of("language", 700, "urgency", 700, "author", 900, "updatedAt", 600, "goesOut", 480));
        add(grid);

        state.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        section.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        author.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
    }

    /**
     * Opened filtered from elsewhere (a dashboard tile's "See all 9"): {@code ?state=SUBMITTED&author=mine}. An
     * address that names a filter sets both (an unknown state: none); one without keeps what the user chose.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var stateName = parameters.getSingleParameter("state");
        var authorName = parameters.getSingleParameter("author");
        if (stateName.isEmpty() && authorName.isEmpty()) {
            return;
        }
        state.setValue(stateName.flatMap(name -> java.util.Arrays.stream(DispatchState.values())
                .filter(s -> s.name().equals(name)).findFirst()).orElse(null));
        author.setValue(authorName.filter("mine"::equals).map(mine -> me).orElse(null));
    }

    DispatchFilter filter() {
        return new DispatchFilter(state.getValue(), language.getValue(),
                section.getValue() == null ? null : section.getValue().code(),
                author.getValue() == null ? null : author.getValue().id(), urgency.getValue(), text.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatches.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("dispatches.title");
    }
}
