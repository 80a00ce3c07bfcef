package org.newsdesk.staff.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.NewsroomViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;


import static org.assertj.core.api.Assertions.assertThat;

/** Self-service, and the one-time-password holder who may go nowhere else until choosing a password. */
@IntegrationTest
class MyAccountViewTest extends NewsroomViewTest {

    static final String TEMPORARY = "Abcde-Fghjk-Mnpqr-Stuvw";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;


    /** "trainee" holds a one-time password at the start of every test. */
    @BeforeEach
    void trainee() {
        String hash = passwordEncoder.encode(TEMPORARY);
        if (jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username = 'trainee'").query(Long.class).single() == 0) {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, must_change_password, created_at, updated_at)
                    VALUES ('trainee', 'Trainee', :h, TRUE, NOW(6), NOW(6))""").param("h", hash).update();
            jdbc.sql("INSERT INTO staff_role (account_id, role) SELECT id, 'WRITER' FROM staff_account WHERE username = 'trainee'").update();
        } else {
            jdbc.sql("UPDATE staff_account SET password_hash = :h, must_change_password = TRUE WHERE username = 'trainee'")
                    .param("h", hash).update();
        }
    }

    @Test
    @WithUserDetails(value = "trainee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aOneTimePasswordHolderIsSentToChooseAPasswordThenReachesTheNewsroom() {
        // Asking for the dashboard lands on the account page instead.
        MyAccountView view = navigate("", MyAccountView.class);
        assertThat(view.forcedNotice.isVisible()).isTrue();

        test(view.currentPassword).setValue(TEMPORARY);
        test(view.newPassword).setValue("password123456");
        test(view.confirmPassword).setValue("password123456");
        test(view.changePassword).click();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("This password is too common: it is among the first that attackers try.");

        test(view.newPassword).setValue("tea with lemon at the desk");
        test(view.confirmPassword).setValue("tea with lemon at the dusk");
        test(view.changePassword).click();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The two new passwords differ.");

        test(view.confirmPassword).setValue("tea with lemon at the desk");
        test(view.changePassword).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");
        assertThat(jdbc.sql("SELECT must_change_password FROM staff_account WHERE username = 'trainee'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    @WithUserDetails(value = "trainee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theCurrentPasswordIsRequired() {
        MyAccountView view = navigate(MyAccountView.class);
        test(view.currentPassword).setValue("not-my-password");
        test(view.newPassword).setValue("tea with lemon at the desk");
        test(view.confirmPassword).setValue("tea with lemon at the desk");
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.newPassword.getValue()).isEqualTo("tea with lemon at the desk");
    }

    @Test
    @WithUserDetails("editor")
    void staffWithoutAOneTimePasswordUseTheNewsroomNormally() {
        MyAccountView view = navigate(MyAccountView.class);
        assertThat(view.forcedNotice.isVisible()).isFalse();
        assertThat(view.displayName.getValue()).isEqualTo("Demo Editor");
    }

    @Test
    @WithUserDetails("writer")
    void aStaffMemberChoosesTheirTimeZoneAndTimesAreShownInItWithItsName() {
        try {
            MyAccountView view = navigate(MyAccountView.class);
            assertThat(view.timeZone.getValue()).as("unset: the browser's zone").isNull();
            view.timeZone.setValue("Asia/Baku");
            test(view.saveProfile).click();
            assertThat(jdbc.sql("SELECT time_zone FROM staff_account WHERE username = 'writer'").query(String.class).single())
                    .isEqualTo("Asia/Baku");
            assertThat(org.newsdesk.base.ui.StaffTime.zone()).isEqualTo(java.time.ZoneId.of("Asia/Baku"));
            // 12:00 UTC is 16:00 in Baku, and the time says so.
            assertThat(org.newsdesk.base.ui.StaffTime.time(java.time.Instant.parse("2026-03-01T12:00:00Z"), java.util.Locale.FRENCH))
                    .isEqualTo("16:00 Asia/Baku");

            // A new page load takes the zone from the profile.
            navigate(MyAccountView.class);
            assertThat(navigate(MyAccountView.class).timeZone.getValue()).isEqualTo("Asia/Baku");
        } finally {
            jdbc.sql("UPDATE staff_account SET time_zone = NULL WHERE username = 'writer'").update();
        }
    }
}
