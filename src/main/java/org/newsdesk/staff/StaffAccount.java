package org.newsdesk.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.newsdesk.security.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who works in the newsroom. Never deleted: names stay on dispatches and in the audit trail. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_language", nullable = false, length = 16)
    private String preferredLanguage = "en";

    /** IANA zone id for entering and reading times; null = the browser's. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public long getVersion() {
        return version;
    }

    void setDisplayName(String displayName, Instant now) {
        this.displayName = displayName;
        this.updatedAt = now;
    }

    public String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone, Instant now) {
        this.timeZone = timeZone;
        this.updatedAt = now;
    }

    void setPreferredLanguage(String preferredLanguage, Instant now) {
        this.preferredLanguage = preferredLanguage;
        this.updatedAt = now;
    }

    void setRoles(Set<Role> roles, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }

    void setEmail(String email, Instant now) {
        this.email = email;
        this.updatedAt = now;
    }

    /** Disabling ends the account's open sessions at their next request. */
    void setEnabled(boolean enabled, Instant now) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            this.credentialsVersion++;
            this.updatedAt = now;
        }
    }

    /** A new password: other sessions of this account end at their next request. */
    void changePassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        this.credentialsVersion++;
        this.updatedAt = now;
    }
}
