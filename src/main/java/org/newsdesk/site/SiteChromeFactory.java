package org.newsdesk.site;

import org.newsdesk.base.i18n.I18nProperties;
import org.newsdesk.base.i18n.Messages;
import org.newsdesk.publication.Editions;
import org.newsdesk.publication.PerVersion;
import org.newsdesk.publication.PublicationVersion;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.publication.RenderContext;
import org.newsdesk.section.Sections;
import org.newsdesk.section.SectionLabel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/** Builds the shared page chrome; the interface language follows the edition where there is one. */
@Component
class SiteChromeFactory {

    private final Editions editions;
    private final PublicationVersions versions;
    private final Sections sectionList;
    private final MessageSource messages;
    private final I18nProperties i18n;
    private final SiteProperties site;
    private final StaticAssets assets;
    /** Every page of an edition shows its sections: read once per publication version, not per render. */
    private final PerVersion<String, List<SectionLabel>> activeSections = new PerVersion<>(100);

    SiteChromeFactory(Editions editions, PublicationVersions versions, Sections sectionList, MessageSource messages, I18nProperties i18n, SiteProperties site,
                      StaticAssets assets) {
        this.editions = editions;
        this.versions = versions;
        this.sectionList = sectionList;
        this.messages = messages;
        this.i18n = i18n;
        this.site = site;
        this.assets = assets;
    }

    SiteChrome forEdition(String edition, String currentSection) {
        Locale uiLocale = uiLocale(edition);
        var t = new Messages(messages, uiLocale);
        List<SiteChrome.EditionLink> editions = editions().stream()
                .map(code -> new SiteChrome.EditionLink(code, editionName(t, code), code.equals(edition)))
                .toList();
        var sections = edition == null ? List.<SectionLabel>of()
                : activeSections.get(versions.current(), edition, sectionList::active);
        // <html lang> is the content's language on edition pages, the interface's elsewhere.
        String lang = edition != null ? edition : uiLocale.toLanguageTag();
        return new SiteChrome(lang, t, editions, edition, sections, currentSection, site.timeZone(), baseUrl(),
                assets.siteCss(), null);
    }

    /** The edition's own name for itself ("Français"); languages without a message use the JDK's name. */
    static String editionName(Messages t, String code) {
        String key = "edition." + code;
        String name = t.get(key);
        if (!name.equals(key)) {
            return name;
        }
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayName(locale);
        return own.isEmpty() ? code : own.substring(0, 1).toUpperCase(locale) + own.substring(1);
    }

    private Locale uiLocale(String edition) {
        return edition != null && i18n.languages().contains(edition) ? Locale.forLanguageTag(edition) : i18n.defaultLocale();
    }

    /** For error pages when the database itself is down: no navigation from it. */
    SiteChrome withoutDatabase() {
        var locale = i18n.defaultLocale();
        return new SiteChrome(locale.toLanguageTag(), new Messages(messages, locale), List.of(), null, List.of(), null,
                site.timeZone(), baseUrl(), assets.siteCss(), null);
    }

    SiteChrome general() {
        return forEdition(null, null);
    }

    /** The editions navigation offers (see {@link Editions#listed}), in a stable order. */
    List<String> editions() {
        return editions.listed(versions.current());
    }

    boolean editionExists(String language) {
        return editionExists(language, versions.current());
    }

    boolean editionExists(String language, PublicationVersion version) {
        return editions.exists(language, version);
    }

    String defaultEdition() {
        return editions.defaultEdition();
    }

    /** The configured base URL, or else the one this request came in on. */
    String baseUrl() {
        if (site.baseUrl() != null) {
            return site.baseUrl();
        }
        // Bound while a response renders, also in the background, away from any request.
        String rendering = RenderContext.baseUrl();
        return rendering != null ? rendering : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
