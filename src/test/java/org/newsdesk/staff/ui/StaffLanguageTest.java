package org.newsdesk.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.newsdesk.base.ui.MainLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom speaks the staff member's language from login, and the shell switches it. */
@IntegrationTest
class StaffLanguageTest extends NewsroomViewTest {

    static final Locale AZ = Locale.forLanguageTag("az");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    StaffLocale staffLocale;

    /** Two accounts of our own (the demo accounts stay as they are): one prefers Azerbaijani, one English. */
    @BeforeEach
    void accounts() {
        account("desk-az", "Leyla Məmmədova", "az");
        account("desk-switch", "Nigar Əliyeva", "en");
    }

    void account(String username, String name, String language) {
        if (jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username = :u").param("u", username).query(Long.class).single() == 0) {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, must_change_password, preferred_language,
                        created_at, updated_at)
                    VALUES (:u, :n, :h, FALSE, :l, NOW(6), NOW(6))""")
                    .param("u", username).param("n", name).param("h", passwordEncoder.encode("a long test password"))
                    .param("l", language).update();
            jdbc.sql("INSERT INTO staff_role (account_id, role) SELECT id, 'EDITOR' FROM staff_account WHERE username = :u")
                    .param("u", username).update();
        } else {
            jdbc.sql("UPDATE staff_account SET preferred_language = :l WHERE username = :u")
                    .param("l", language).param("u", username).update();
        }
    }

    @Test
    @WithUserDetails(value = "desk-az", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void thePreferredLanguageAppliesAtLogin() {
        // What happens when a page of the logged-in session loads.
        staffLocale.apply(UI.getCurrent());
        var view = navigate("", com.vaadin.flow.component.Component.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(AZ);
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).contains("İdarə paneli", "Xəbərlər");
        assertThat(view.getElement().getTextRecursively()).contains("Xoş gördük, Leyla Məmmədova");
    }

    @Test
    @WithUserDetails(value = "desk-switch", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theShellSwitchesTheLanguageAndStoresItOnTheAccount() {
        staffLocale.apply(UI.getCurrent());
        MyAccountView view = navigate(MyAccountView.class);
        MainLayout layout = (MainLayout) view.getParent().orElseThrow();
        assertThat(layout.getElement().getTextRecursively()).contains("Log out");

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).single();
        test(language).selectItem("Azərbaycan");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(AZ);
        assertThat(jdbc.sql("SELECT preferred_language FROM staff_account WHERE username = 'desk-switch'")
                .query(String.class).single()).isEqualTo("az");
        // The browser reloads the page, and the next page load of the session keeps Azerbaijani.
        var nextPage = new UI();
        staffLocale.apply(nextPage);
        assertThat(nextPage.getLocale()).isEqualTo(AZ);
    }
}
