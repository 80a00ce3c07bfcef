package org.newsdesk.site;

import org.newsdesk.base.i18n.Messages;
import org.newsdesk.dispatch.SectionLabel;

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
 */
public record SiteChrome(String lang, Messages t, List<EditionLink> editions, String edition,
                         List<SectionLabel> sections, String currentSection, ZoneId zone) {

    /** "1 mars 2023 à 13:30" / "March 1, 2023 at 1:30 PM": in the page's language and the agency's time zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(lang)).withZone(zone).format(instant);
    }

    /** Machine-readable form for {@code <time datetime>}. */
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
}
