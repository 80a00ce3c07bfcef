package org.newsdesk.staff;

import org.newsdesk.security.Role;

import java.util.Set;

/** What an administrator may change on an account. */
public record AccountChanges(String displayName, String email, Set<Role> roles, String preferredLanguage) {
}
