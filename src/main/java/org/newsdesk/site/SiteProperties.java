package org.newsdesk.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The public site's settings ({@code newsdesk.site.*}; the editions are {@code EditionProperties}, the
 * render cache's size is {@code newsdesk.site.render-cache}).
 *
 * @param timeZone       the agency's zone: dates and times on the site are shown in it
 * @param baseUrl        absolute address for canonical links and link previews (e.g.
 *                       https://news.example.org); blank = taken from each request
 * @param maxAge         how long browsers and CDNs may reuse a page without asking; 0 = revalidate
 *                       every time (a 304 when nothing changed), so a kill is never served stale
 */
@ConfigurationProperties("newsdesk.site")
public record SiteProperties(ZoneId timeZone, String baseUrl, Duration maxAge) {

    public SiteProperties {
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        maxAge = maxAge == null ? Duration.ZERO : maxAge;
    }
}
