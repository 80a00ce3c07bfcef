package org.newsdesk.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * First filter of all. Refuses requests no page can answer before they reach code that would fail on
 * them with a stack trace: path parameters ({@code /newsroom;x} — Spring's path parsing throws on them
 * under a servlet mapping; Newsdesk never puts session ids in URLs) and query strings that are not
 * percent-encoded UTF-8 (reading any parameter throws). Each refusal is a 400 with one WARN line; the
 * error dispatch then renders the site's error page.
 *
 * <p>On error dispatches it also makes the error page render whatever the failed request had set:
 * a content type preset by the failing handler (Vaadin sets {@code text/plain}) would otherwise turn
 * a 4xx into a 500, and answers refused before any security chain ran get the site's headers.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (!response.isCommitted()) {
                response.setContentType(null);
                SiteHeaders.addMissing(response);
            }
            chain.doFilter(request, response);
            return;
        }
        String problem = problem(request);
        if (problem != null) {
            log.warn("Refused malformed request ({}): {} {}", problem, request.getMethod(), printable(request));
            SiteHeaders.addMissing(response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static String problem(HttpServletRequest request) {
        if (request.getRequestURI().indexOf(';') >= 0) {
            return "path parameter";
        }
        String query = request.getQueryString();
        if (query != null && !isPercentEncodedUtf8(query)) {
            return "query not UTF-8";
        }
        return null;
    }

    /** True when every %XX escape is well formed and the bytes they spell are valid UTF-8. */
    static boolean isPercentEncodedUtf8(String query) {
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int hi = Character.digit(query.charAt(i + 1), 16);
                int lo = Character.digit(query.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c > 0x7f) {
                return true; // raw non-ASCII: Tomcat already decoded the line; nothing to check here
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The request line for the log: bounded, without control characters (no forged log lines). */
    private static String printable(HttpServletRequest request) {
        String line = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        line = line.length() > 200 ? line.substring(0, 200) + "…" : line;
        return line.replaceAll("\\p{Cntrl}", "?");
    }
}
