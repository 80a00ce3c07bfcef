package org.newsdesk.staff;

/** A one-time password, shown once to the administrator; its holder must replace it at login. */
public record TemporaryPassword(long accountId, String username, String password) {

    @Override
    public String toString() {
        return "TemporaryPassword[" + username + "]";
    }
}
