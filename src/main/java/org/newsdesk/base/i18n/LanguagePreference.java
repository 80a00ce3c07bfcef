package org.newsdesk.base.i18n;

/**
 * Stores the interface language the logged-in staff member chose (in the shell), so that it applies
 * at their next login too. Implemented by the staff feature; the shell only knows this interface.
 */
public interface LanguagePreference {

    /** @param languageTag one of {@link I18nProperties#languages()} */
    void changeLanguage(String languageTag);
}
