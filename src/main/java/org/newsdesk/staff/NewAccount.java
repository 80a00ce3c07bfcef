package org.newsdesk.staff;

import org.newsdesk.security.Role;

import java.util.Set;

/** What an administrator enters to create an account. */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, String preferredLanguage) {
}
