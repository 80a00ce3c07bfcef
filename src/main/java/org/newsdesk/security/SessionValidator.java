package org.newsdesk.security;

/**
 * Decides whether a logged-in session may go on: an account that was disabled, or whose password
 * changed elsewhere, loses its other sessions at their next request.
 */
public interface SessionValidator {

    boolean isStillValid(StaffPrincipal principal);
}
