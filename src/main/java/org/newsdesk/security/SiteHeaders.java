package org.newsdesk.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every page of the site carries. The public chain writes them on its pages;
 * answers that never reach a chain (requests refused as malformed, Tomcat's own error pages) get
 * them from here, so no response goes out bare.
 */
final class SiteHeaders {

    static final String PUBLIC_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SiteHeaders() {
    }

    /** Adds the headers the response does not have yet. */
    static void addMissing(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", PUBLIC_CSP);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfAbsent(response, "Cache-Control", "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
