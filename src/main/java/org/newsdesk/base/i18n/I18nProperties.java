package org.newsdesk.base.i18n;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Locale;

/**
 * Languages the interface is offered in. Adding one is configuration plus a
 * {@code messages_xx.properties} file: no code change.
 *
 * @param languages BCP 47 tags; the first is the default
 */
@ConfigurationProperties("newsdesk.i18n")
public record I18nProperties(List<String> languages) {

    public I18nProperties {
        languages = languages == null || languages.isEmpty() ? List.of("en") : List.copyOf(languages);
    }

    public List<Locale> locales() {
        return languages.stream().map(Locale::forLanguageTag).toList();
    }

    public Locale defaultLocale() {
        return locales().getFirst();
    }
}
