package org.newsdesk.staff;

import org.newsdesk.security.Role;

import java.time.Instant;
import java.util.List;

/** One row of the account list. */
public record StaffAccountSummary(long id, String username, String displayName, String email, List<Role> roles,
                                  boolean enabled, Instant createdAt) {

    static StaffAccountSummary of(StaffAccount a) {
        return new StaffAccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getRoles().stream().sorted().toList(), a.isEnabled(), a.getCreatedAt());
    }
}
