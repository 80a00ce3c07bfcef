package org.newsdesk.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username or from this address; says nothing of whether the account exists. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterMinutes;

    public LoginThrottledException(long retryAfterMinutes) {
        super("Too many failed logins; try again in " + retryAfterMinutes + " minutes");
        this.retryAfterMinutes = retryAfterMinutes;
    }

    public long retryAfterMinutes() {
        return retryAfterMinutes;
    }
}
