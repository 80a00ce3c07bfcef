package org.newsdesk.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.i18n.LanguagePreference;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** What every staff member may do with their own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccountService implements LanguagePreference {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final I18nProperties i18n;
    private final Clock clock;

    MyAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                     AuditTrail audit, CurrentUser currentUser, I18nProperties i18n, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.audit = audit;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StaffAccountSummary me() {
        return StaffAccountSummary.of(mine());
    }

    /** True while the account holds a one-time password that must be replaced before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return mine().isMustChangePassword();
    }

    /**
     * Sets a new password. The current one is required; the new one must meet the policy. Other
     * sessions of the account end; this one goes on.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        StaffAccount account = mine();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw StaffValidationException.of("currentPassword", "account.error.current-password");
        }
        List<String> problems = policy.violations(newPassword, account.getUsername());
        if (!problems.isEmpty()) {
            throw StaffValidationException.of("newPassword", problems.getFirst());
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw StaffValidationException.of("newPassword", "account.error.same-password");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        accounts.saveAndFlush(account);
        record(account, "PASSWORD_CHANGED", null);
        keepThisSession(account);
    }

    @Transactional
    public StaffAccountSummary updateProfile(String displayName, String preferredLanguage) {
        StaffAccount account = mine();
        if (displayName == null || displayName.isBlank()) {
            throw StaffValidationException.of("displayName", "staff.error.display-name-required");
        }
        if (displayName.strip().length() > 100) {
            throw StaffValidationException.of("displayName", "staff.error.display-name-too-long");
        }
        if (preferredLanguage == null || !i18n.languages().contains(preferredLanguage)) {
            throw new StaffValidationException(Map.of("preferredLanguage", "staff.error.language"));
        }
        var now = clock.instant();
        String note = "";
        if (!account.getDisplayName().equals(displayName.strip())) {
            note += "name: " + account.getDisplayName() + " → " + displayName.strip();
            account.setDisplayName(displayName.strip(), now);
        }
        if (!account.getPreferredLanguage().equals(preferredLanguage)) {
            note += (note.isEmpty() ? "" : "; ") + "language: " + account.getPreferredLanguage() + " → " + preferredLanguage;
            account.setPreferredLanguage(preferredLanguage, now);
        }
        if (!note.isEmpty()) {
            accounts.saveAndFlush(account);
            record(account, "PROFILE_UPDATED", note);
            keepThisSession(account);
        }
        return StaffAccountSummary.of(account);
    }

    /** This person's time zone (IANA id), or null when times follow their browser's zone. */
    @Transactional(readOnly = true)
    public String timeZone() {
        return mine().getTimeZone();
    }

    /** Sets the zone times are entered and shown in; null or blank = the browser's. Audited. */
    @Transactional
    public void changeTimeZone(String zoneId) {
        String zone = zoneId == null || zoneId.isBlank() ? null : zoneId.strip();
        if (zone != null) {
            try {
                zone = java.time.ZoneId.of(zone).getId();
            } catch (java.time.DateTimeException e) {
                throw StaffValidationException.of("timeZone", "account.error.time-zone");
            }
        }
        StaffAccount account = mine();
        if (java.util.Objects.equals(account.getTimeZone(), zone)) {
            return;
        }
        String note = "time zone: " + (account.getTimeZone() == null ? "browser" : account.getTimeZone()) + " → "
                + (zone == null ? "browser" : zone);
        account.setTimeZone(zone, clock.instant());
        accounts.saveAndFlush(account);
        record(account, "PROFILE_UPDATED", note);
    }

    /** The language chosen in the shell: stored on the account (audited) and in this session's principal. */
    @Override
    @Transactional
    public void changeLanguage(String languageTag) {
        if (languageTag == null || !i18n.languages().contains(languageTag)) {
            throw new StaffValidationException(Map.of("preferredLanguage", "staff.error.language"));
        }
        StaffAccount account = mine();
        if (account.getPreferredLanguage().equals(languageTag)) {
            return;
        }
        String note = "language: " + account.getPreferredLanguage() + " → " + languageTag;
        account.setPreferredLanguage(languageTag, clock.instant());
        accounts.saveAndFlush(account);
        record(account, "PROFILE_UPDATED", note);
        keepThisSession(account);
    }

    private StaffAccount mine() {
        StaffPrincipal me = currentUser.require();
        return accounts.findById(me.accountId()).orElseThrow(() -> new StaffRuleException("staff.error.not-found"));
    }

    private void record(StaffAccount account, String action, String note) {
        audit.record(AuditEvent.of(account.getId(), account.getUsername(), action, "ACCOUNT", account.getId(),
                account.getUsername(), note));
    }

    /** The session's principal carries the new credentials version (and name), so it stays valid. */
    private void keepThisSession(StaffAccount account) {
        StaffPrincipal updated = StaffDirectory.toPrincipal(account);
        updated.eraseCredentials();
        var auth = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            var session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
