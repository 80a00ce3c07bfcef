package org.newsdesk.apiclient;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Resolves {@code Authorization: Bearer …} against the API clients' hashed tokens. No header: the
 * request goes on anonymously. A header that is not a valid, unrevoked bearer token: 401 with a JSON
 * error and {@code WWW-Authenticate: Bearer} (RFC 6750), never a silent downgrade to anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClientService clients;

    ApiTokenFilter(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(response, "invalid_request", "Use Authorization: Bearer <token>.");
            return;
        }
        var client = clients.authenticate(header.substring(BEARER.length()).strip());
        if (client.isEmpty()) {
            unauthorized(response, "invalid_token", "The bearer token is invalid or has been revoked.");
            return;
        }
        // Looked up per request: tests (and some integrations) replace the strategy after startup.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(client.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static void unauthorized(HttpServletResponse response, String error, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsdesk\", error=\"" + error + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Both strings are constants of this class: no escaping needed.
        response.getWriter().write("{\"status\":401,\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
