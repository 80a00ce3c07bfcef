package org.newsdesk.base;

/**
 * The application cannot start and the operator can fix it: reported as a short description and
 * an action, without a stack trace (see {@code StartupRefusedFailureAnalyzer}).
 */
public class StartupRefusedException extends RuntimeException {

    private final String action;

    public StartupRefusedException(String description, String action) {
        this(description, action, null);
    }

    public StartupRefusedException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
