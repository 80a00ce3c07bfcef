package org.newsdesk.staff;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Role;
import org.newsdesk.security.Roles;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Account administration. ADMIN only, enforced here and not only by hiding the views. Accounts are
 * never deleted; every change is recorded in the audit trail.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class StaffAdminService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final I18nProperties i18n;
    private final Clock clock;

    StaffAdminService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit,
                      CurrentUser currentUser, I18nProperties i18n, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccountSummary> listAccounts() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(StaffAccountSummary::of).toList();
    }

    /** One page of the filtered list, sorted in the database. */
    @Transactional(readOnly = true)
    public List<StaffAccountSummary> search(StaffFilter filter, Pageable page) {
        return accounts.search(like(filter.text()), filter.role(), filter.enabled(), page)
                .map(StaffAccountSummary::of).getContent();
    }

    @Transactional(readOnly = true)
    public long count(StaffFilter filter) {
        return accounts.search(like(filter.text()), filter.role(), filter.enabled(), Pageable.ofSize(1)).getTotalElements();
    }

    @Transactional(readOnly = true)
    public StaffAccountSummary get(long id) {
        return StaffAccountSummary.of(load(id));
    }

    /** Creates the account with a one-time password that its holder must change at first login. */
    @Transactional
    public TemporaryPassword create(NewAccount input) {
        String username = input.username() == null ? "" : input.username().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "staff.error.username-format");
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.put("username", "staff.error.username-taken");
        }
        validateDetails(input.displayName(), input.email(), input.roles(), input.preferredLanguage(), errors);
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        Instant now = clock.instant();
        String password = TemporaryPasswords.generate();
        String hash = passwordEncoder.encode(password);
        var account = new StaffAccount(username, input.displayName().strip(), hash, input.roles(), now);
        account.setEmail(blankToNull(input.email()), now);
        account.setPreferredLanguage(input.preferredLanguage(), now);
        account.changePassword(hash, true, now);
        accounts.saveAndFlush(account);
        record("ACCOUNT_CREATED", account, "roles " + sorted(input.roles()) + ", language " + input.preferredLanguage()
                + (account.getEmail() == null ? "" : ", e-mail " + account.getEmail()));
        return new TemporaryPassword(account.getId(), username, password);
    }

    @Transactional
    public StaffAccountSummary update(long id, AccountChanges changes) {
        StaffAccount account = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        validateDetails(changes.displayName(), changes.email(), changes.roles(), changes.preferredLanguage(), errors);
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        if (account.getRoles().contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN) && account.isEnabled()) {
            requireAnotherEnabledAdmin(account);
        }
        List<String> what = new ArrayList<>();
        Instant now = clock.instant();
        if (!account.getDisplayName().equals(changes.displayName().strip())) {
            what.add("name: " + account.getDisplayName() + " → " + changes.displayName().strip());
            account.setDisplayName(changes.displayName().strip(), now);
        }
        String email = blankToNull(changes.email());
        if (!Objects.equals(account.getEmail(), email)) {
            what.add("e-mail: " + account.getEmail() + " → " + email);
            account.setEmail(email, now);
        }
        if (!account.getRoles().equals(EnumSet.copyOf(changes.roles()))) {
            what.add("roles: " + sorted(account.getRoles()) + " → " + sorted(changes.roles()));
            account.setRoles(changes.roles(), now);
        }
        if (!account.getPreferredLanguage().equals(changes.preferredLanguage())) {
            what.add("language: " + account.getPreferredLanguage() + " → " + changes.preferredLanguage());
            account.setPreferredLanguage(changes.preferredLanguage(), now);
        }
        if (!what.isEmpty()) {
            accounts.saveAndFlush(account);
            record("ACCOUNT_UPDATED", account, String.join("; ", what));
        }
        return StaffAccountSummary.of(account);
    }

    /** Disabling ends the account's sessions at their next request; it cannot log in until enabled. */
    @Transactional
    public StaffAccountSummary setEnabled(long id, boolean enabled) {
        StaffAccount account = load(id);
        if (account.isEnabled() == enabled) {
            return StaffAccountSummary.of(account);
        }
        if (!enabled) {
            if (account.getId() == actor().accountId()) {
                throw new StaffRuleException("staff.error.disable-self");
            }
            if (account.getRoles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdmin(account);
            }
        }
        account.setEnabled(enabled, clock.instant());
        accounts.saveAndFlush(account);
        record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account, null);
        return StaffAccountSummary.of(account);
    }

    /** A new one-time password; the old one stops working and open sessions end. */
    @Transactional
    public TemporaryPassword resetPassword(long id) {
        StaffAccount account = load(id);
        String password = TemporaryPasswords.generate();
        account.changePassword(passwordEncoder.encode(password), true, clock.instant());
        accounts.saveAndFlush(account);
        record("PASSWORD_RESET", account, null);
        return new TemporaryPassword(account.getId(), account.getUsername(), password);
    }

    private void requireAnotherEnabledAdmin(StaffAccount account) {
        List<StaffAccount> admins = accounts.lockEnabledAdmins();
        if (admins.stream().noneMatch(a -> !a.getId().equals(account.getId()))) {
            throw new StaffRuleException("staff.error.last-admin");
        }
    }

    private void validateDetails(String displayName, String email, Set<Role> roles, String language,
                                 Map<String, String> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "staff.error.display-name-required");
        } else if (displayName.strip().length() > 100) {
            errors.put("displayName", "staff.error.display-name-too-long");
        }
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
            errors.put("email", "staff.error.email");
        }
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", "staff.error.roles-required");
        }
        if (language == null || !i18n.languages().contains(language)) {
            errors.put("preferredLanguage", "staff.error.language");
        }
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new StaffRuleException("staff.error.not-found"));
    }

    private StaffPrincipal actor() {
        return currentUser.require();
    }

    private void record(String action, StaffAccount target, String note) {
        StaffPrincipal actor = actor();
        audit.record(AuditEvent.of(actor.accountId(), actor.getUsername(), action, "ACCOUNT", target.getId(),
                target.getUsername(), note));
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
