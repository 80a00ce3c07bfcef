package org.newsdesk.syndication;

import org.newsdesk.apiclient.ApiClientAuthentication;
import org.newsdesk.publication.Editions;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.publication.SyndicatedDispatches.Audience;
import org.springframework.http.CacheControl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the partner APIs (ninjs, NewsML-G2) share: who is asking, and their parameters, checked the
 * same way with the same messages.
 */
@Component
class ApiRequests {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 10_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private final Editions editions;
    private final PublicationVersions versions;

    ApiRequests(Editions editions, PublicationVersions versions) {
        this.editions = editions;
        this.versions = versions;
    }

    /** A request the API refuses, with a message saying what to change. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** There is no such item for the caller. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** An edition's language tag, or null for "any". */
    String language(String lang) {
        String language = blankToNull(lang);
        if (language != null && (!LANGUAGE.matcher(language).matches() || !editions.exists(language, versions.current()))) {
            throw new BadRequest("Unknown language '" + language + "': use an edition's language tag, e.g. fr or en.");
        }
        return language;
    }

    static Audience audience() {
        return ApiClientAuthentication.isApiClient(SecurityContextHolder.getContext().getAuthentication())
                ? Audience.PARTNER : Audience.PUBLIC;
    }

    /** What an API response depends on besides its URL and the content: the audience and the host in its links. */
    static String variant(Audience audience) {
        return audience + " " + SiteUrls.absolute("/");
    }

    static CacheControl cacheControl(Audience audience) {
        return audience == Audience.PARTNER ? HttpCaching.PRIVATE : HttpCaching.PUBLIC;
    }

    static long parseId(String id) {
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new BadRequest("A dispatch id is a positive whole number, not '" + id + "'.");
    }

    static Instant parseSince(String since) {
        String value = blankToNull(since);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("'since' must be an RFC 3339 date-time with an offset, e.g. 2026-11-27T10:00:00Z.");
        }
    }

    static int parsePage(String page) {
        String value = blankToNull(page);
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new BadRequest("'page' must be a whole number from 1 to " + MAX_PAGE + ".");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
