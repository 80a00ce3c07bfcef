package org.newsdesk.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The public site's settings ({@code newsdesk.site.*}).
 *
 * @param timeZone       the agency's zone: dates and times on the site are shown in it
 * @param defaultEdition where {@code /} sends readers whose languages no edition matches
 * @param editions       editions shown even before anything is published in them
 * @param baseUrl        absolute address for canonical links and link previews (e.g.
 *                       https://news.example.org); blank = taken from each request
 * @param maxAge         how long browsers and CDNs may reuse a page without asking; 0 = revalidate
 *                       every time (a 304 when nothing changed), so a kill is never served stale
 * @param renderCache    pages kept rendered per content version on this node
 */
@ConfigurationProperties("newsdesk.site")
public record SiteProperties(ZoneId timeZone, String defaultEdition, List<String> editions, String baseUrl,
                             Duration maxAge, Integer renderCache) {

    public SiteProperties {
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        defaultEdition = defaultEdition == null || defaultEdition.isBlank() ? "en" : defaultEdition.strip();
        editions = editions == null ? List.of() : editions.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        maxAge = maxAge == null ? Duration.ZERO : maxAge;
        renderCache = renderCache == null ? 2000 : renderCache;
    }
}
