package org.newsdesk.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Calls services as a staff member (the demo accounts: writer, editor, admin), without a browser,
 * then puts back whoever the test ran as before (none, or a view test's {@code @WithUserDetails}).
 */
@Component
public class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            if (before.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(before);
            }
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
