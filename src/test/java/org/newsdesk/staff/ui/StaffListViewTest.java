package org.newsdesk.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.staff.StaffAccountSummary;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StaffListViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.newsdesk");
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesTheAccounts() {
        navigate(StaffListView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Staff accounts");
        @SuppressWarnings("unchecked")
        Grid<StaffAccountSummary> grid = find(Grid.class).single();
        var usernames = grid.getGenericDataView().getItems().map(StaffAccountSummary::username).toList();
        assertThat(usernames).contains("admin", "editor", "writer");
    }

    @Test
    @WithUserDetails("writer")
    void writerCannotOpenTheAdminView() {
        // Vaadin's access checker refuses the navigation; the view is never built.
        assertThatThrownBy(() -> navigate(StaffListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(StaffListView.class);
    }
}
