package org.newsdesk.security;

/** What a staff member may do in the newsroom. An account may hold several roles. */
public enum Role {
    /** Drafts dispatches and submits them for review. */
    WRITER,
    /** Reviews, returns, publishes, corrects and kills dispatches. */
    EDITOR,
    /** Manages staff accounts; no newsroom rights beyond reading. */
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
