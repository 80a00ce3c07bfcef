package org.newsdesk.site;

import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.i18n.Messages;
import org.newsdesk.dispatch.PublishedDispatches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Builds the shared page chrome; the interface language follows the edition where there is one. */
@Component
class SiteChromeFactory {

    private final PublishedDispatches published;
    private final MessageSource messages;
    private final I18nProperties i18n;

    private final ZoneId zone;

    SiteChromeFactory(PublishedDispatches published, MessageSource messages, I18nProperties i18n,
                      @Value("${newsdesk.site.time-zone:UTC}") ZoneId zone) {
        this.published = published;
        this.messages = messages;
        this.i18n = i18n;
        this.zone = zone;
    }

    SiteChrome forEdition(String edition, String currentSection) {
        Locale uiLocale = edition != null && i18n.languages().contains(edition)
                ? Locale.forLanguageTag(edition) : i18n.defaultLocale();
        var t = new Messages(messages, uiLocale);
        List<SiteChrome.EditionLink> editions = editions().stream()
                .map(code -> new SiteChrome.EditionLink(code, t.get("edition." + code), code.equals(edition)))
                .toList();
        var sections = edition == null ? List.<org.newsdesk.dispatch.SectionLabel>of() : published.sections(edition);
        // <html lang> is the content's language on edition pages, the interface's elsewhere.
        String lang = edition != null ? edition : uiLocale.toLanguageTag();
        return new SiteChrome(lang, t, editions, edition, sections, currentSection, zone);
    }

    /** For error pages when the database itself is down: no navigation from it. */
    SiteChrome withoutDatabase() {
        var locale = i18n.defaultLocale();
        return new SiteChrome(locale.toLanguageTag(), new Messages(messages, locale), List.of(), null, List.of(), null, zone);
    }

    SiteChrome general() {
        return forEdition(null, null);
    }

    List<String> editions() {
        return published.editions();
    }
}
