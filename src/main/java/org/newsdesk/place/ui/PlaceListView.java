package org.newsdesk.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.i18n.LocaleText;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.place.Place;
import org.newsdesk.place.PlaceValidationException;
import org.newsdesk.place.Places;
import org.newsdesk.security.Roles;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The places datelines name, with their name in each agency language; editors add places. */
@Route("places")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Menu(order = 20, title = "nav.places")
class PlaceListView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    final TextField search = new TextField();
    final Grid<Place> grid = new Grid<>();
    final Map<String, TextField> names = new LinkedHashMap<>();
    final Button add;

    private final Places places;

    PlaceListView(Places places) {
        this.places = places;
        setSizeFull();
        add(new H1(getTranslation("place.title")));

        search.setPlaceholder(getTranslation("place.search"));
        search.setAriaLabel(getTranslation("place.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidthFull();
        add(search);

        String sortLanguage = sortLanguage();
        for (String language : Places.LANGUAGES) {
            var column = grid.addColumn(p -> p.names().getOrDefault(language, ""))
                    .setHeader(LocaleText.nativeName(Locale.forLanguageTag(language))).setKey(language);
            column.setComparator(Places.byNameIn(language)).setSortable(true);
        }
        grid.setWidthFull();
        grid.setHeight("24rem");
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        add(grid);

        add(new H2(getTranslation("place.new")));
        var form = new FormLayout();
        for (String language : Places.LANGUAGES) {
            var field = new TextField(getTranslation("place.name-in", Locale.forLanguageTag(language).getDisplayLanguage(getLocale())));
            field.setMaxLength(100);
            field.setRequiredIndicatorVisible("en".equals(language));
            names.put(language, field);
            form.add(field);
        }
        add(form);
        add = new Button(getTranslation("place.add"), VaadinIcon.PLUS.create(), e -> addPlace());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        refresh();
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(sortLanguage)).build());
    }

    /** The column sorted at first: the interface language when places are named in it, else English. */
    private String sortLanguage() {
        String language = getLocale().getLanguage();
        return Places.LANGUAGES.contains(language) ? language : "en";
    }

    void refresh() {
        String text = search.getValue();
        grid.setItems(places.all().stream()
                .filter(p -> text == null || text.isBlank() || p.names().entrySet().stream()
                        .anyMatch(n -> LocaleText.containsIgnoreCase(n.getValue(), text.strip(), LocaleText.locale(n.getKey()))))
                .sorted(Places.byNameIn(sortLanguage()))
                .toList());
    }

    void addPlace() {
        names.values().forEach(f -> f.setInvalid(false));
        Map<String, String> input = new LinkedHashMap<>();
        names.forEach((language, field) -> input.put(language, field.getValue()));
        try {
            Place place = places.add(input);
            names.values().forEach(TextField::clear);
            refresh();
            Notification.show(getTranslation("place.added", place.nameIn(sortLanguage())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PlaceValidationException e) {
            e.errors().forEach((language, key) -> {
                var field = names.get(language);
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("place.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("place.title");
    }
}
