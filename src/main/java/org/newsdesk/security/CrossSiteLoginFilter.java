package org.newsdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.security.ui.LoginView;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses login posts that another site's page made the browser send (login CSRF): Vaadin's login
 * form cannot carry Spring's CSRF token, and {@code SameSite=Lax} does not stop a top-level cross-site
 * POST. Browsers say where a request comes from: {@code Sec-Fetch-Site} (every current browser), else
 * {@code Origin}. A request with neither is no browser's, so it cannot be forged by a page.
 * The refused browser is sent to the real login page, which says why.
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/newsroom/login";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisSite(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + LoginView.CROSS_SITE);
        }
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // "none" = the user's own action (address bar, bookmark); "same-site" (a sibling subdomain) is refused too.
            String site = fetchSite.toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin == null || sameOrigin(origin, request);
    }

    /** Compares with the address the request was sent to (forwarded headers apply when configured). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin);
            if (o.getScheme() == null || o.getHost() == null) {
                return false; // "null": sandboxed frames, data: URLs, privacy-sensitive redirects
            }
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return o.getScheme().equalsIgnoreCase(request.getScheme())
                    && o.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
