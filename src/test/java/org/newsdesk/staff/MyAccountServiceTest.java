package org.newsdesk.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.SessionValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Self-service: one's own password and profile. */
@IntegrationTest
class MyAccountServiceTest {

    static final String PASSWORD = "the first password here";

    @Autowired
    MyAccountService myAccount;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SessionValidator sessions;

    String username;

    @BeforeEach
    void logInAsAFreshAccount() {
        username = "self-" + UUID.randomUUID().toString().substring(0, 8);
        var account = new StaffAccount(username, "Self Service", passwordEncoder.encode(PASSWORD), Set.of(Role.WRITER), Instant.now());
        account.changePassword(account.getPasswordHash(), true, Instant.now());
        accounts.saveAndFlush(account);
        var principal = StaffDirectory.toPrincipal(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndMeetsThePolicy() {
        assertThat(myAccount.mustChangePassword()).isTrue();

        var wrong = catchThrowableOfType(StaffValidationException.class, () -> myAccount.changePassword("nope", "a fine new passphrase"));
        assertThat(wrong.errors()).containsEntry("currentPassword", "account.error.current-password");
        var weak = catchThrowableOfType(StaffValidationException.class, () -> myAccount.changePassword(PASSWORD, "password12345"));
        assertThat(weak.errors()).containsEntry("newPassword", "password.common");
        var mine = catchThrowableOfType(StaffValidationException.class, () -> myAccount.changePassword(PASSWORD, "i am " + username + " ok"));
        assertThat(mine.errors()).containsEntry("newPassword", "password.contains-username");
        var same = catchThrowableOfType(StaffValidationException.class, () -> myAccount.changePassword(PASSWORD, PASSWORD));
        assertThat(same.errors()).containsEntry("newPassword", "account.error.same-password");

        var before = currentUser.require();
        myAccount.changePassword(PASSWORD, "a fine new passphrase");

        assertThat(myAccount.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("a fine new passphrase", accounts.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
        // Sessions from before the change end; this one was brought up to date and goes on.
        assertThat(sessions.isStillValid(before)).isFalse();
        assertThat(sessions.isStillValid(currentUser.require())).isTrue();
    }

    @Test
    void profileChangesAreValidated() {
        var e = catchThrowableOfType(StaffValidationException.class, () -> myAccount.updateProfile(" ", "en"));
        assertThat(e.errors()).containsEntry("displayName", "staff.error.display-name-required");
        e = catchThrowableOfType(StaffValidationException.class, () -> myAccount.updateProfile("Name", "xx"));
        assertThat(e.errors()).containsEntry("preferredLanguage", "staff.error.language");

        assertThat(myAccount.updateProfile("Aynur Əliyeva", "en").displayName()).isEqualTo("Aynur Əliyeva");
        assertThat(currentUser.require().displayName()).isEqualTo("Aynur Əliyeva");
    }
}
