package org.newsdesk.picture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.LocalizedPickers;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.base.ui.StaffTime;
import org.newsdesk.dispatch.DispatchNotFoundException;
import org.newsdesk.picture.LibraryPicture;
import org.newsdesk.picture.Pictures;
import org.newsdesk.security.Roles;
import org.springframework.security.access.AccessDeniedException;

import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Every picture the newsroom has: search by caption, credit or photographer and by the day taken; reuse one in a dispatch. */
@Route("pictures")
@RolesAllowed({Roles.WRITER, Roles.EDITOR})
@Menu(order = 15, title = "nav.pictures")
class PictureLibraryView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    static final int LIMIT = 100;

    final TextField search = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<LibraryPicture> grid = new Grid<>();
    final IntegerField dispatch = new IntegerField();
    final Button reuse = new Button();

    private final Pictures pictures;

    PictureLibraryView(Pictures pictures) {
        this.pictures = pictures;
        setSizeFull();
        add(new H1(getTranslation("picture.library.title")));

        search.setPlaceholder(getTranslation("picture.library.search"));
        search.setAriaLabel(getTranslation("picture.library.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("24rem");
        from.setLabel(getTranslation("picture.library.from"));
        to.setLabel(getTranslation("picture.library.to"));
        LocalizedPickers.localize(from);
        LocalizedPickers.localize(to);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(search, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.addColumn(new ComponentRenderer<>(this::thumbnail)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.caption() == null ? "" : p.caption()).setHeader(getTranslation("picture.caption", ""))
                .setFlexGrow(3);
        grid.addColumn(p -> join(p.creator(), p.credit())).setHeader(getTranslation("picture.credit")).setFlexGrow(1);
        grid.addColumn(p -> p.takenOn() == null ? "" : p.takenOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()))).setHeader(getTranslation("picture.library.taken"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("picture.library.used-in", p.usedIn())).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("picture.library.uploaded", StaffTime.dateTime(p.uploadedAt(), getLocale()), p.uploadedBy()))
                .setAutoWidth(true);
        grid.setWidthFull();
        grid.setHeight("32rem");
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        add(grid);

        dispatch.setLabel(getTranslation("picture.library.dispatch"));
        dispatch.setMin(1);
        reuse.setText(getTranslation("picture.library.reuse"));
        reuse.addThemeVariants(ButtonVariant.PRIMARY);
        reuse.addClickListener(e -> reuse());
        reuse.setEnabled(false);
        grid.addSelectionListener(e -> reuse.setEnabled(e.getFirstSelectedItem().isPresent()));
        var reuseBar = new HorizontalLayout(dispatch, reuse);
        reuseBar.setAlignItems(Alignment.BASELINE);
        add(reuseBar);
        refresh();
    }

    void refresh() {
        if (from.isInvalid() || to.isInvalid()) {
            return;
        }
        grid.setItems(pictures.search(search.getValue(), from.getValue(), to.getValue(), LIMIT));
        grid.setEmptyStateText(getTranslation("picture.library.empty"));
    }

    void reuse() {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null || dispatch.getValue() == null) {
            dispatch.setInvalid(dispatch.getValue() == null);
            return;
        }
        long target = dispatch.getValue();
        try {
            pictures.attach(target, selected.id());
            say(getTranslation("picture.library.reused", String.valueOf(target)), false);
            refresh();
        } catch (AccessDeniedException e) {
            say(getTranslation("workflow.error.not-allowed"), true);
        } catch (DispatchNotFoundException e) {
            say(getTranslation("dispatch.not-found"), true);
        }
    }

    private com.vaadin.flow.component.Component thumbnail(LibraryPicture p) {
        if (p.thumbKey() == null) {
            return new Span();
        }
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            InputStream in = pictures.open(p.thumbKey()).orElse(null);
            return in == null ? DownloadResponse.error(404) : new DownloadResponse(in, p.thumbKey(), "image/jpeg", -1);
        }), p.caption() == null ? "" : p.caption());
        image.setWidth("6rem");
        return image;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() || b.equals(a) ? a : a + " / " + b;
    }

    private void say(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 3000, Notification.Position.BOTTOM_START);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("picture.library.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("picture.library.title");
    }
}
