package org.newsdesk.wire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.security.Roles;
import org.newsdesk.wire.WireException;
import org.newsdesk.wire.WireKind;
import org.newsdesk.wire.WireSource;
import org.newsdesk.wire.WireSourceForm;
import org.newsdesk.wire.WireSources;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Partner wires, for administrators: add, change, remove a source, poll it now, and see its health
 * (last success, last error in words, items taken). The token is never shown back: only its first
 * characters. The service checks the role again.
 */
@Route("wires/sources")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "nav.wire-sources")
class WireSourcesView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    final Grid<WireSource> grid = new Grid<>();
    final Button add;

    private final WireSources sources;
    private final DateTimeFormatter format;

    WireSourcesView(WireSources sources) {
        this.sources = sources;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        setSizeFull();
        add(new H1(getTranslation("wire-sources.title")), new Paragraph(getTranslation("wire-sources.explain")));
        add = new Button(getTranslation("wire-sources.add"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);

        grid.addColumn(WireSource::name).setHeader(getTranslation("wire-sources.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(s -> getTranslation("wire-sources.kind." + s.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("wire-sources.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(WireSource::url).setHeader(getTranslation("wire-sources.url")).setKey("url").setFlexGrow(2);
        grid.addColumn(s -> getTranslation("wire-sources.every", s.pollInterval().toMinutes()))
                .setHeader(getTranslation("wire-sources.interval")).setKey("interval").setAutoWidth(true);
        grid.addColumn(this::health).setHeader(getTranslation("wire-sources.health")).setKey("health").setFlexGrow(3);
        grid.addColumn(WireSource::itemsTaken).setHeader(getTranslation("wire-sources.items-taken")).setKey("itemsTaken").setAutoWidth(true);
        grid.addColumn(s -> s.tokenHint() == null ? "" : s.tokenHint() + "…")
                .setHeader(getTranslation("wire-sources.token")).setKey("token").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            var edit = new Button(getTranslation("wire-sources.edit"), e -> openForm(s));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var poll = new Button(getTranslation("wire-sources.poll-now"), e -> pollNow(s));
            poll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var delete = new Button(getTranslation("wire-sources.delete"), e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(edit, poll, delete);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(sources.list());
    }

    /** "OK · last success …" or "Error: … (since …)"; the error is the poller's words, as stored. */
    String health(WireSource s) {
        if (s.lastError() != null) {
            return getTranslation("wire-sources.health.error", getTranslation(s.lastError(),
                    s.lastErrorDetail() == null ? "" : s.lastErrorDetail()), when(s.lastErrorAt()), s.failures());
        }
        if (s.lastSuccessAt() == null) {
            return getTranslation("wire-sources.health.never");
        }
        return getTranslation("wire-sources.health.ok", when(s.lastSuccessAt()));
    }

    private String when(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    SourceDialog openForm(WireSource source) {
        var dialog = new SourceDialog(source);
        dialog.open();
        return dialog;
    }

    void pollNow(WireSource s) {
        sources.pollSoon(s.id());
        Notification.show(getTranslation("wire-sources.poll-soon", s.name()));
    }

    ConfirmDialog confirmDelete(WireSource s) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("wire-sources.delete.title", s.name()));
        confirm.setText(getTranslation("wire-sources.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("wire-sources.cancel"));
        confirm.setConfirmText(getTranslation("wire-sources.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                sources.delete(s.id());
            } catch (WireException ex) {
                Notification.show(getTranslation(ex.key())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        confirm.open();
        return confirm;
    }

    /** Adds or changes a source; a blank token field keeps the stored token. */
    class SourceDialog extends Dialog {

        final TextField name = new TextField();
        final TextField url = new TextField();
        final Select<WireKind> kind = new Select<>();
        final IntegerField minutes = new IntegerField();
        final PasswordField token = new PasswordField();
        final Checkbox clearToken = new Checkbox();
        final Button save;
        private final WireSource editing;

        SourceDialog(WireSource editing) {
            this.editing = editing;
            setHeaderTitle(getTranslation(editing == null ? "wire-sources.add" : "wire-sources.edit.title", editing == null ? "" : editing.name()));
            name.setLabel(getTranslation("wire-sources.name"));
            name.setMaxLength(WireSources.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            url.setLabel(getTranslation("wire-sources.url"));
            url.setPlaceholder("https://");
            url.setRequiredIndicatorVisible(true);
            kind.setLabel(getTranslation("wire-sources.kind"));
            kind.setItems(WireKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("wire-sources.kind." + k.name().toLowerCase(Locale.ROOT)));
            minutes.setLabel(getTranslation("wire-sources.interval-minutes"));
            minutes.setMin(1);
            minutes.setMax(24 * 60);
            minutes.setStepButtonsVisible(true);
            token.setLabel(getTranslation("wire-sources.token"));
            token.setRevealButtonVisible(false);
            token.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
            clearToken.setLabel(getTranslation("wire-sources.token.clear"));
            if (editing != null) {
                name.setValue(editing.name());
                url.setValue(editing.url());
                kind.setValue(editing.kind());
                minutes.setValue((int) editing.pollInterval().toMinutes());
                token.setHelperText(editing.tokenHint() == null ? getTranslation("wire-sources.token.none")
                        : getTranslation("wire-sources.token.kept", editing.tokenHint()));
            } else {
                kind.setValue(WireKind.NINJS);
                minutes.setValue(5);
                token.setHelperText(getTranslation("wire-sources.token.optional"));
            }
            clearToken.setVisible(editing != null && editing.tokenHint() != null);
            for (var f : java.util.List.of(name, url, token)) {
                f.setWidthFull();
            }
            add(new VerticalLayout(name, url, kind, minutes, token, clearToken));
            save = new Button(getTranslation("wire-sources.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("wire-sources.cancel"), e -> close()), save);
        }

        void save() {
            for (var f : java.util.List.of(name, url, token)) {
                f.setInvalid(false);
            }
            minutes.setInvalid(false);
            kind.setInvalid(false);
            var form = new WireSourceForm(name.getValue(), url.getValue(), kind.getValue(),
                    minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()), token.getValue(),
                    clearToken.getValue());
            try {
                WireSource saved = editing == null ? sources.create(form) : sources.update(editing.id(), form);
                close();
                refresh();
                Notification.show(getTranslation("wire-sources.saved", saved.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (WireException e) {
                String message = getTranslation(e.key());
                switch (e.key()) {
                    case "wire.error.url" -> invalid(url, message);
                    case "wire.error.interval" -> {
                        minutes.setInvalid(true);
                        minutes.setErrorMessage(message);
                    }
                    case "wire.error.token" -> invalid(token, message);
                    case "wire.error.kind-required" -> {
                        kind.setInvalid(true);
                        kind.setErrorMessage(message);
                    }
                    case "wire.error.name-required", "wire.error.name-too-long", "wire.error.name-taken" -> invalid(name, message);
                    default -> Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        }

        private void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String message) {
            field.setInvalid(true);
            field.setErrorMessage(message);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wire-sources.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("wire-sources.title");
    }
}
