package org.newsdesk.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The logged-in staff member, as kept in the HTTP session. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final String preferredLanguage;
    private final int credentialsVersion;
    private String passwordHash;

    public StaffPrincipal(long accountId, String username, String displayName, Set<Role> roles, boolean enabled,
                          String preferredLanguage, int credentialsVersion, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.preferredLanguage = preferredLanguage;
        this.credentialsVersion = credentialsVersion;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    /** The account's credentials version at login; a newer one in the database ends this session. */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Roles in a stable order, for display. */
    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffPrincipal other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + " " + roles + "]";
    }
}
