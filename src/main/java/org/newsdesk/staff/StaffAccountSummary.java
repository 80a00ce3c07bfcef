package org.newsdesk.staff;

import org.newsdesk.security.Role;

import java.time.Instant;
import java.util.List;

/** An account as the administration shows it. */
public record StaffAccountSummary(long id, String username, String displayName, String email, List<Role> roles,
                                  boolean enabled, boolean mustChangePassword, String preferredLanguage,
                                  Instant createdAt) {

    static StaffAccountSummary of(StaffAccount a) {
        return new StaffAccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getRoles().stream().sorted().toList(), a.isEnabled(), a.isMustChangePassword(),
                a.getPreferredLanguage(), a.getCreatedAt());
    }
}
