package org.newsdesk.base.i18n;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** Message lookup bound to one locale, for templates: {@code t.get("site.home.title")}. */
public final class Messages {

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.toLanguageTag();
    }
}
