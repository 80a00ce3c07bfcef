package org.newsdesk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Vaadin reads the same message bundles as the public site (Spring's {@link MessageSource}). */
@Component
class MessageSourceI18nProvider implements I18NProvider {

    private final MessageSource messages;
    private final I18nProperties properties;

    MessageSourceI18nProvider(MessageSource messages, I18nProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return properties.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        // A missing key shows as the key itself: visible in the UI and caught by the bundle tests.
        return messages.getMessage(key, params, key, locale == null ? properties.defaultLocale() : locale);
    }
}
