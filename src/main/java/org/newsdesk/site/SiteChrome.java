package org.newsdesk.site;

import org.newsdesk.base.i18n.Messages;
import org.newsdesk.section.SectionLabel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What every public page shares: its language, the messages in it, and the navigation.
 *
 * @param edition  language of the current edition, or null on pages that belong to none
 * @param baseUrl  scheme, host and port for absolute links (canonical, Open Graph)
 * @param cssHref  the stylesheet's address, with its content hash when available
 * @param query    what the search box shows (the current search), or null
 */
public record SiteChrome(String lang, Messages t, List<EditionLink> editions, String edition,
                         List<SectionLabel> sections, String currentSection, ZoneId zone, String baseUrl,
                         String cssHref, String query) {

    /** "1 mars 2023 à 13:30" / "March 1, 2023 at 1:30 PM": in the page's language and the agency's time zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(lang)).withZone(zone).format(instant);
    }

    /** "1 mars 2023": the date alone, for lists. */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang)).withZone(zone).format(instant);
    }

    /** Machine-readable form for {@code <time datetime>} and structured data. */
    public String isoDateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }

    public record EditionLink(String code, String label, boolean current) {
        public String href() {
            return "/" + code + "/";
        }
    }

    public String sectionHref(SectionLabel section) {
        return "/" + edition + "/" + section.code() + "/";
    }

    /** The search form's target: the current edition's search, or the default edition's. */
    public String searchHref() {
        return "/" + (edition != null ? edition : lang) + "/search";
    }

    /** A page of search results; the query is URL-encoded here, HTML-escaped by the template. */
    public String searchHref(String q, int page) {
        return searchHref() + "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&page=" + page;
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    SiteChrome withQuery(String value) {
        return new SiteChrome(lang, t, editions, edition, sections, currentSection, zone, baseUrl, cssHref, value);
    }
}
