package org.newsdesk.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is calling: the logged-in staff member, if any. */
@Component
public class CurrentUser {

    public Optional<StaffPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public StaffPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No staff member is logged in"));
    }
}
