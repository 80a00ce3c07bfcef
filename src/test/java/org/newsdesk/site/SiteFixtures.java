package org.newsdesk.site;

import org.newsdesk.dispatch.Dateline;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/** Dispatches made and published through the real workflow, as an editor, for site tests. */
final class SiteFixtures {

    private final DispatchService dispatches;
    private final UserDetailsService users;

    SiteFixtures(DispatchService dispatches, UserDetailsService users) {
        this.dispatches = dispatches;
        this.users = users;
    }

    static String unique(String s) {
        return s + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word no other test uses: search and list checks stay independent of what else is in the database. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static DispatchDraft draft(String language, String headline, String body) {
        return new DispatchDraft(language, headline, "SITE", new Dateline("Baku", LocalDate.of(2026, 11, 27)), "Test Desk",
                "A lead paragraph.", body, "economy", "site, test", 5, null);
    }

    <T> T as(String username, Supplier<T> action) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    DispatchDetails create(DispatchDraft draft) {
        return as("editor", () -> dispatches.create(draft));
    }

    DispatchDetails publish(DispatchDraft draft) {
        var created = create(draft);
        return as("editor", () -> dispatches.publish(created.id()));
    }

    DispatchDetails get(long id) {
        return as("editor", () -> dispatches.get(id));
    }
}
