package org.newsdesk.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.newsdesk.IntegrationTest;
import org.newsdesk.audit.AuditFilter;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Account administration on MariaDB: who may, what is validated, which rules hold, what is recorded. */
@IntegrationTest
class StaffAdminServiceTest {

    @Autowired
    StaffAdminService admin;

    @Autowired
    AuditTrail audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static NewAccount newAccount(String username, Role... roles) {
        return new NewAccount(username, "Test " + username, username + "@example.org", Set.of(roles), "en");
    }

    /** Every administration operation on the given account, for the role matrix. */
    List<Executable> everyOperation(long target) {
        return List.of(
                () -> admin.listAccounts(),
                () -> admin.search(StaffFilter.none(), PageRequest.of(0, 10)),
                () -> admin.count(StaffFilter.none()),
                () -> admin.get(target),
                () -> admin.create(newAccount(unique("m"), Role.WRITER)),
                () -> admin.update(target, new AccountChanges("X", null, Set.of(Role.EDITOR), "en")),
                () -> admin.setEnabled(target, true),
                () -> admin.resetPassword(target),
                () -> audit.search(AuditFilter.all(), 0, 10),
                () -> audit.count(AuditFilter.all()),
                () -> audit.verify());
    }

    /** Refused calls never reach the account; an id that exists makes a wrongly allowed call visible. */
    long someAccount() {
        return idOf("editor");
    }

    @Test
    @WithUserDetails("writer")
    void writersMayNotAdministerAccounts() {
        everyOperation(someAccount()).forEach(op -> assertThatThrownBy(op::execute).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithUserDetails("editor")
    void editorsMayNotAdministerAccounts() {
        everyOperation(someAccount()).forEach(op -> assertThatThrownBy(op::execute).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void anonymousCallersMayNotAdministerAccounts() {
        everyOperation(someAccount()).forEach(op -> assertThatThrownBy(op::execute)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    @WithUserDetails("admin")
    void administratorsMay() {
        // A throwaway account: the demo accounts stay as they are for the other tests.
        long target = admin.create(newAccount(unique("matrix"), Role.WRITER)).accountId();
        for (Executable op : everyOperation(target)) {
            try {
                op.execute();
            } catch (Throwable t) {
                throw new AssertionError("an administrator was refused: " + t, t);
            }
        }
        assertThat(admin.get(target).roles()).containsExactly(Role.EDITOR);
        assertThat(admin.get(target).mustChangePassword()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void createGivesAOneTimePasswordThatMustBeChanged() {
        String name = unique("reporter");
        TemporaryPassword temporary = admin.create(new NewAccount(name, "Leyla Məmmədova", "leyla@example.org",
                Set.of(Role.WRITER, Role.EDITOR), "en"));

        assertThat(temporary.password()).hasSize(23).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        var created = admin.get(temporary.accountId());
        assertThat(created.displayName()).isEqualTo("Leyla Məmmədova");
        assertThat(created.roles()).containsExactly(Role.WRITER, Role.EDITOR);
        assertThat(created.mustChangePassword()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE id = :id")
                .param("id", temporary.accountId()).query(String.class).single();
        assertThat(hash).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(temporary.password(), hash)).isTrue();
        assertThat(audit.search(new AuditFilter("admin", "ACCOUNT_CREATED", null, null), 0, 5))
                .anySatisfy(e -> assertThat(e.targetLabel()).isEqualTo(name));
    }

    @Test
    @WithUserDetails("admin")
    void usernamesAreUniqueIgnoringCase() {
        var e = catchThrowableOfType(StaffValidationException.class, () -> admin.create(newAccount("EDITOR", Role.WRITER)));
        assertThat(e.errors()).containsEntry("username", "staff.error.username-taken");
        e = catchThrowableOfType(StaffValidationException.class, () -> admin.create(newAccount("Writer", Role.WRITER)));
        assertThat(e.errors()).containsEntry("username", "staff.error.username-taken");
    }

    @Test
    @WithUserDetails("admin")
    void invalidInputIsRefusedFieldByFieldWithClearMessages() {
        for (String bad : new String[] {"ab", "has space", "émile", "x".repeat(41), "semi;colon", ""}) {
            var e = catchThrowableOfType(StaffValidationException.class, () -> admin.create(newAccount(bad, Role.WRITER)));
            assertThat(e.errors()).as(bad).containsEntry("username", "staff.error.username-format");
        }
        for (String bad : new String[] {"not-an-email", "a@b", "a@@example.org", "a b@example.org", "a@example."}) {
            var e = catchThrowableOfType(StaffValidationException.class, () -> admin.create(
                    new NewAccount(unique("mail"), "Name", bad, Set.of(Role.WRITER), "en")));
            assertThat(e.errors()).as(bad).containsEntry("email", "staff.error.email");
        }
        var e = catchThrowableOfType(StaffValidationException.class, () -> admin.create(
                new NewAccount(unique("x"), " ", null, Set.of(), "xx")));
        assertThat(e.errors()).containsOnlyKeys("displayName", "roles", "preferredLanguage");
    }

    @Test
    @WithUserDetails("admin")
    void theLastEnabledAdministratorKeepsTheRoleAndStaysEnabled() {
        long me = idOf("admin");
        // Other administrators left by other tests would make this pass for the wrong reason.
        admin.search(new StaffFilter(null, Role.ADMIN, true), PageRequest.of(0, 100)).stream()
                .filter(a -> a.id() != me).forEach(a -> admin.setEnabled(a.id(), false));

        var e = catchThrowableOfType(StaffRuleException.class,
                () -> admin.update(me, new AccountChanges("Demo Admin", null, Set.of(Role.EDITOR), "en")));
        assertThat(e.messageKey()).isEqualTo("staff.error.last-admin");
        assertThat(admin.get(me).roles()).contains(Role.ADMIN);

        // With a second administrator the first may step down, and the second may not then be disabled.
        var second = admin.create(newAccount(unique("chief"), Role.ADMIN));
        admin.update(me, new AccountChanges("Demo Admin", null, Set.of(Role.ADMIN, Role.EDITOR), "en"));
        admin.update(me, new AccountChanges("Demo Admin", null, Set.of(Role.ADMIN), "en"));
        admin.setEnabled(second.accountId(), false);
        assertThat(admin.get(second.accountId()).enabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotDisableThemself() {
        var e = catchThrowableOfType(StaffRuleException.class, () -> admin.setEnabled(idOf("admin"), false));
        assertThat(e.messageKey()).isEqualTo("staff.error.disable-self");
    }

    @Test
    @WithUserDetails("admin")
    void changesAreRecordedWithWhatChanged() {
        var created = admin.create(newAccount(unique("desk"), Role.WRITER));
        admin.update(created.accountId(), new AccountChanges("New Name", "new@example.org", Set.of(Role.WRITER, Role.EDITOR), "en"));
        admin.setEnabled(created.accountId(), false);
        admin.setEnabled(created.accountId(), true);
        admin.resetPassword(created.accountId());

        var entries = audit.search(new AuditFilter("admin", null, null, null), 0, 10).stream()
                .filter(a -> created.accountId() == (a.targetId() == null ? -1 : a.targetId())).toList();
        assertThat(entries).extracting(a -> a.action())
                .containsExactly("PASSWORD_RESET", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_UPDATED", "ACCOUNT_CREATED");
        assertThat(entries.get(3).note()).contains("name: Test " + created.username() + " → New Name",
                "roles: [WRITER] → [WRITER, EDITOR]", "e-mail: " + created.username() + "@example.org → new@example.org");
    }

    @Test
    @WithUserDetails("admin")
    void theListFiltersAndSortsInTheDatabase() {
        String tag = unique("zz");
        admin.create(new NewAccount(tag + "-b", "Bravo " + tag, null, Set.of(Role.EDITOR), "en"));
        admin.create(new NewAccount(tag + "-a", "Alpha " + tag, null, Set.of(Role.WRITER), "en"));

        var byName = admin.search(new StaffFilter(tag, null, null), PageRequest.of(0, 10, Sort.by("displayName")));
        assertThat(byName).extracting(StaffAccountSummary::username).containsExactly(tag + "-a", tag + "-b");
        assertThat(admin.search(new StaffFilter(tag, Role.EDITOR, true), PageRequest.of(0, 10)))
                .extracting(StaffAccountSummary::username).containsExactly(tag + "-b");
        assertThat(admin.count(new StaffFilter(tag.toUpperCase(), null, null))).isEqualTo(2);
        assertThat(admin.count(new StaffFilter(tag, null, false))).isZero();
    }

    long idOf(String username) {
        return jdbc.sql("SELECT id FROM staff_account WHERE username = :u").param("u", username).query(Long.class).single();
    }
}
