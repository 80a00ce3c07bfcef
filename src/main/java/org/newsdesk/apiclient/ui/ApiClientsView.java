package org.newsdesk.apiclient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.apiclient.ApiClientException;
import org.newsdesk.apiclient.ApiClientService;
import org.newsdesk.apiclient.ApiClientSummary;
import org.newsdesk.apiclient.IssuedToken;
import org.newsdesk.base.ui.MainLayout;
import org.newsdesk.security.Roles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * API clients, for administrators: issue a token (shown once, with a copy button), see when each was
 * created and last used, revoke one after confirming. The service checks the role again.
 */
@Route("admin/api-clients")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, title = "nav.api-clients")
class ApiClientsView extends VerticalLayout implements HasDynamicTitle, MainLayout.HasViewTitle {

    final Grid<ApiClientSummary> grid = new Grid<>();
    final Button issue;

    private final ApiClientService clients;

    ApiClientsView(ApiClientService clients) {
        this.clients = clients;
        setSizeFull();
        add(new H1(getTranslation("apiclient.title")), new Paragraph(getTranslation("apiclient.explain")));

        issue = new Button(getTranslation("apiclient.issue"), VaadinIcon.KEY.create(), e -> openIssue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(issue);

        grid.addColumn(ApiClientSummary::name).setHeader(getTranslation("apiclient.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(c -> c.tokenHint() + "…").setHeader(getTranslation("apiclient.token")).setKey("token").setAutoWidth(true);
        grid.addColumn(c -> when(c.createdAt())).setHeader(getTranslation("apiclient.created")).setKey("created").setAutoWidth(true);
        grid.addColumn(ApiClientSummary::createdBy).setHeader(getTranslation("apiclient.created-by")).setKey("createdBy");
        grid.addColumn(c -> c.lastUsedAt() == null ? getTranslation("apiclient.never") : when(c.lastUsedAt()))
                .setHeader(getTranslation("apiclient.last-used")).setKey("lastUsed").setAutoWidth(true);
        grid.addColumn(c -> c.revoked() ? getTranslation("apiclient.revoked", when(c.revokedAt())) : getTranslation("apiclient.active"))
                .setHeader(getTranslation("apiclient.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var revoke = new Button(getTranslation("apiclient.revoke"), e -> confirmRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setVisible(!c.revoked());
            return revoke;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        org.newsdesk.base.ui.LocalizedGrids.localize(grid);
        org.newsdesk.base.ui.FittingGrids.fit(grid,
                java.util.Map.of("name", 3, "token", 1, "created", 2, "createdBy", 2, "lastUsed", 2, "status", 2),
                java.util.Map.of("token", 700, "created", 900, "createdBy", 700, "lastUsed", 600));
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(clients.list());
    }

    IssueDialog openIssue() {
        var dialog = new IssueDialog();
        dialog.open();
        return dialog;
    }

    ConfirmDialog confirmRevoke(ApiClientSummary client) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apiclient.revoke.title", client.name()));
        confirm.setText(getTranslation("apiclient.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("apiclient.cancel"));
        confirm.setConfirmText(getTranslation("apiclient.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revoke(client));
        confirm.open();
        return confirm;
    }

    void revoke(ApiClientSummary client) {
        clients.revoke(client.id());
        refresh();
        Notification.show(getTranslation("apiclient.revoked.notification", client.name()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String when(Instant instant) {
        return instant == null ? "" : org.newsdesk.base.ui.StaffTime.dateTime(instant, getLocale());
    }

    /** Asks for the partner's name, then shows the new token once. */
    class IssueDialog extends Dialog {

        final TextField name = new TextField();
        final Button confirm;

        IssueDialog() {
            setHeaderTitle(getTranslation("apiclient.issue.title"));
            name.setLabel(getTranslation("apiclient.name"));
            name.setMaxLength(100);
            name.setRequiredIndicatorVisible(true);
            name.setWidthFull();
            add(name);
            confirm = new Button(getTranslation("apiclient.issue.confirm"), e -> issue());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("apiclient.cancel"), e -> close()), confirm);
        }

        void issue() {
            try {
                IssuedToken token = clients.issue(name.getValue());
                close();
                refresh();
                new TokenDialog(token).open();
            } catch (ApiClientException e) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(e.messageKey()));
            }
        }
    }

    /** The token, once: it is stored only as a hash. */
    static class TokenDialog extends Dialog {

        final TextField token = new TextField();

        TokenDialog(IssuedToken issued) {
            setHeaderTitle(getTranslation("apiclient.issued.title", issued.name()));
            setCloseOnOutsideClick(false);
            add(new Paragraph(getTranslation("apiclient.issued.explain")));
            token.setLabel(getTranslation("apiclient.token"));
            token.setValue(issued.token());
            token.setReadOnly(true);
            token.setWidthFull();
            var copy = new Button(getTranslation("apiclient.issued.copy"), VaadinIcon.COPY.create(),
                    e -> getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : null",
                            issued.token()));
            token.setSuffixComponent(copy);
            add(token);
            var done = new Button(getTranslation("apiclient.issued.done"), e -> close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(done);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiclient.title") + " · " + getTranslation("app.name");
    }

    @Override
    public String viewTitle() {
        return getTranslation("apiclient.title");
    }
}
