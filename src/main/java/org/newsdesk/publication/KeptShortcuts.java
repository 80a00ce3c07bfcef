package org.newsdesk.publication;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public hot path without the stack: a request for an address whose public response is kept and still
 * valid is answered here, before the security filter chain and Spring MVC, with the headers those added
 * the last time the same address went the whole way. In a profile of a cached page, Tomcat's own work was a
 * fraction of what the filter chain, handler mapping and controller cost around a map lookup.
 *
 * <p>What it may answer is learnt, never configured: after a request went the whole way and
 * {@link PublicResponses#serve} wrote it from a kept response that any shared cache could store
 * ({@code public}), the address (scheme, host, port, path and query) is remembered with that response's key
 * and the other headers the chain wrote (security headers). Anything that could make the answer differ
 * between two requests for the same address keeps the request on the whole way: credentials
 * ({@code Authorization}), a chain that set a cookie or varied on anything but the encoding and credentials. When the kept
 * response is no longer valid (a publication changed what it shows), the request goes the whole way, which
 * renders it and learns the address again — so no request is answered with anything {@code serve} would not
 * have written at that moment.
 */
class KeptShortcuts extends HttpFilter {

    /** Headers {@link PublicResponses} writes for each response; the rest of what the chain wrote is replayed. */
    private static final Set<String> PER_RESPONSE = Set.of("cache-control", "etag", "last-modified", "vary",
            "content-encoding", "content-type", "content-length", "transfer-encoding", "date",
            PublicResponses.TAG_HEADER.toLowerCase(Locale.ROOT));

    /** What the chain added to one learnt address, and the route it matched (for the request metrics). */
    private record Shortcut(PublicResponses.Served served, List<Map.Entry<String, String>> headers, String route) {
    }

    private final PublicResponses responses;
    private final int capacity;
    private final Map<String, Shortcut> shortcuts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();

    KeptShortcuts(PublicResponses responses, int capacity) {
        this.responses = responses;
        this.capacity = capacity;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !eligible(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = address(request);
        Shortcut shortcut = shortcuts.get(address);
        if (shortcut != null && answer(shortcut, request, response)) {
            return;
        }
        chain.doFilter(request, response);
        learn(address, request, response);
    }

    private static boolean eligible(HttpServletRequest request) {
        String method = request.getMethod();
        // Parameters from elsewhere than the query string (a test's mock request) would not be in the address.
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (request.getQueryString() != null || request.getParameterMap().isEmpty());
    }

    private boolean answer(Shortcut shortcut, HttpServletRequest request, HttpServletResponse response) {
        if (!responses.serveKept(shortcut.served(), shortcut.headers(), request, response)) {
            return false;
        }
        answered.increment();
        if (shortcut.route() != null) {
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(shortcut.route()));
        }
        return true;
    }

    private void learn(String address, HttpServletRequest request, HttpServletResponse response) {
        var served = request.getAttribute(PublicResponses.SERVED) instanceof PublicResponses.Served s ? s : null;
        List<Map.Entry<String, String>> headers = served == null ? null : chainHeaders(response);
        if (headers == null) {
            shortcuts.remove(address);
            return;
        }
        if (shortcuts.size() >= capacity) {
            // Addresses of responses no longer kept are dead weight; starting over is cheap (each is learnt again).
            shortcuts.clear();
        }
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        shortcuts.put(address, new Shortcut(served, List.copyOf(headers), route == null ? null : route.toString()));
    }

    /** What the chain wrote besides what {@link PublicResponses} writes; null if the answer may differ per request. */
    private static List<Map.Entry<String, String>> chainHeaders(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("set-cookie") || lower.equals("content-language")) {
                return null;
            }
            if (lower.equals("vary")) {
                // The encoding is chosen per request here too; credentials never come this way.
                for (String vary : response.getHeaders(name)) {
                    for (String part : vary.split(",")) {
                        String field = part.strip();
                        if (field.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
                            headers.add(Map.entry(name, field));
                        } else if (!field.isEmpty() && !field.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
                            return null;
                        }
                    }
                }
            } else if (!PER_RESPONSE.contains(lower)) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return headers;
    }

    /** The address as the whole way sees it: the base URL (some responses name it) and the exact path and query. */
    static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** Requests answered here so far. */
    long answered() {
        return answered.sum();
    }
}
