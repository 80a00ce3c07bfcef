package org.newsdesk.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String WRITER = "WRITER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
