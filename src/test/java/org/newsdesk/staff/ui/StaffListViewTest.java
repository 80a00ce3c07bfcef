package org.newsdesk.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.security.Role;
import org.newsdesk.staff.StaffAccountSummary;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account administration as an administrator uses it, without a browser. */
@IntegrationTest
class StaffListViewTest extends NewsroomViewTest {


    List<String> usernames(Grid<StaffAccountSummary> grid) {
        return grid.getLazyDataView().getItems().map(StaffAccountSummary::username).toList();
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesFiltersAndPagesThroughAccounts() {
        var view = navigate(StaffListView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Staff accounts");
        assertThat(usernames(view.grid)).contains("admin", "editor", "writer");

        view.role.setValue(Role.EDITOR);
        assertThat(usernames(view.grid)).contains("editor").doesNotContain("writer", "admin");
        view.role.clear();
        view.search.setValue("WRIT");
        assertThat(usernames(view.grid)).contains("writer").doesNotContain("editor");
    }

    @Test
    @WithUserDetails("admin")
    void adminCreatesAnAccountAndSeesItsOneTimePasswordOnce() {
        var view = navigate(StaffListView.class);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 6);

        test(view.create).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue(name);
        test(dialog.displayName).setValue("Nigar Hüseynova");
        test(dialog.email).setValue("nigar@example.org");
        dialog.roles.setValue(Set.of(Role.WRITER));
        test(dialog.save).click();

        TemporaryPasswordDialog shown = find(TemporaryPasswordDialog.class).single();
        assertThat(shown.password.getValue()).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        assertThat(shown.getHeaderTitle()).isEqualTo("Account " + name + " created");
        view.search.setValue(name);
        assertThat(usernames(view.grid)).containsExactly(name);
    }

    @Test
    @WithUserDetails("admin")
    void badInputShowsMessagesBesideTheFieldsAndKeepsWhatWasTyped() {
        var view = navigate(StaffListView.class);
        test(view.create).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("Editor");
        test(dialog.displayName).setValue("Someone");
        test(dialog.email).setValue("not-an-email");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is taken (usernames ignore upper and lower case).");
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(dialog.displayName.getValue()).isEqualTo("Someone");
    }

    @Test
    @WithUserDetails("admin")
    void adminCannotDisableThemselfAndTheServiceSaysSoToo() {
        var view = navigate(StaffListView.class);
        view.search.setValue("admin");
        var me = view.grid.getLazyDataView().getItems().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();

        AccountDialog dialog = view.openEdit(me);
        assertThat(dialog.toggleEnabled.isEnabled()).isFalse();
        dialog.toggleEnabled();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("You cannot disable your own account.");
    }

    @Test
    @WithUserDetails("writer")
    void writerCannotOpenTheAdminView() {
        // Vaadin's access checker refuses the navigation; the view is never built.
        assertThatThrownBy(() -> navigate(StaffListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(StaffListView.class);
    }
}
