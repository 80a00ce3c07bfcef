package org.newsdesk.apiclient.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.apiclient.ApiClientService;
import org.newsdesk.apiclient.ApiClientSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API clients view as an administrator uses it, without a browser. */
@IntegrationTest
class ApiClientsViewTest extends NewsroomViewTest {

    @Autowired
    ApiClientService clients;

    List<ApiClientSummary> rows(ApiClientsView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("admin")
    void adminIssuesATokenSeesItOnceAndRevokesItAfterConfirming() {
        var view = navigate(ApiClientsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("API clients");
        assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)).contains("API clients", "Staff accounts");
        String name = "Partner " + UUID.randomUUID().toString().substring(0, 6);

        test(view.issue).click();
        var dialog = find(ApiClientsView.IssueDialog.class).single();
        test(dialog.name).setValue(name);
        test(dialog.confirm).click();

        var shown = find(ApiClientsView.TokenDialog.class).single();
        String token = shown.token.getValue();
        assertThat(token).startsWith("ndk_");
        assertThat(shown.token.isReadOnly()).isTrue();
        assertThat(shown.getHeaderTitle()).isEqualTo("Token for " + name);
        assertThat(clients.authenticate(token)).isPresent();

        ApiClientSummary row = rows(view).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(row.tokenHint()).isEqualTo(token.substring(0, 8));
        assertThat(view.grid.getColumnByKey("lastUsed")).isNotNull();
        view.refresh();
        row = rows(view).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(row.lastUsedAt()).isNotNull();
        // The token is in no row: only its first characters.
        assertThat(rows(view)).noneMatch(c -> c.tokenHint().equals(token));

        ConfirmDialog confirm = view.confirmRevoke(row);
        roundTrip();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(clients.authenticate(token)).as("nothing happens before confirming").isPresent();
        test(confirm).confirm();
        assertThat(rows(view).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().revoked()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("The token of " + name + " is revoked.");
        assertThat(clients.authenticate(token)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void aNameIsRequired() {
        var view = navigate(ApiClientsView.class);
        test(view.issue).click();
        var dialog = find(ApiClientsView.IssueDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the partner's name.");
    }

    @Test
    @WithUserDetails("editor")
    void editorsCannotOpenTheView() {
        assertThatThrownBy(() -> navigate(ApiClientsView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
