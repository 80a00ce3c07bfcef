package org.newsdesk.staff;

import org.newsdesk.security.LoginThrottledException;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Staff login: the throttle first (the same answer whether or not the username exists), then the
 * password check against MariaDB, and every attempt recorded.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(StaffDirectory directory, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(directory);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        try {
            throttle.check(username, address);
        } catch (LoginThrottledException e) {
            throttle.record(username, address, LoginThrottle.Outcome.THROTTLED, null);
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            Long id = result.getPrincipal() instanceof StaffPrincipal p ? p.accountId() : null;
            throttle.record(username, address, LoginThrottle.Outcome.SUCCEEDED, id);
            return result;
        } catch (AuthenticationException e) {
            throttle.record(username, address, LoginThrottle.Outcome.FAILED, null);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
