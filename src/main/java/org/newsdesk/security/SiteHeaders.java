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

    /**
     * The newsroom's policy: what Vaadin Flow needs and nothing more. Flow runs server-sent JavaScript
     * ({@code executeJs}, built with {@code new Function}) and its bootstrap page has inline script,
     * hence 'unsafe-eval'/'unsafe-inline' for scripts; Lumo and components set inline styles. Still no
     * other origin may supply script, style, frames or form targets, and no one may frame the newsroom.
     * 'self' in connect-src covers the push WebSocket (same host).
     */
    static final String NEWSROOM_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
