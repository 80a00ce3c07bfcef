package org.newsdesk.base.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.Locale;

/**
 * Case conversion, case-insensitive matching and sorting of user text by the rules of a language.
 * Azerbaijani (like Turkish) pairs dotted İ/i and dotless I/ı: "İLHAM" lower-cases to "ilham" and
 * "IŞIQ" to "ışıq" only with the {@code az} locale; {@link Locale#ROOT} would give "i̇lham" and "işiq".
 * Identifiers (enum names, usernames, message keys) keep using {@link Locale#ROOT}.
 */
public final class LocaleText {

    private LocaleText() {
    }

    /** The locale for a BCP 47 language tag; {@link Locale#ROOT} when there is none. */
    public static Locale locale(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? Locale.ROOT : Locale.forLanguageTag(languageTag);
    }

    public static String lower(String text, Locale locale) {
        return text == null ? null : text.toLowerCase(locale);
    }

    public static String upper(String text, Locale locale) {
        return text == null ? null : text.toUpperCase(locale);
    }

    public static boolean equalsIgnoreCase(String a, String b, Locale locale) {
        if (a == null || b == null) {
            return a == b;
        }
        return lower(a, locale).equals(lower(b, locale)) || upper(a, locale).equals(upper(b, locale));
    }

    public static boolean containsIgnoreCase(String text, String part, Locale locale) {
        return text != null && part != null && lower(text, locale).contains(lower(part, locale));
    }

    /** Sorts names as a reader of the language expects (ə after e, ç after c in Azerbaijani; ё with е in Russian). */
    public static Comparator<String> collator(Locale locale) {
        // ICU's CLDR rules: the JDK's Collator knows no Azerbaijani order.
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        collator.setStrength(Collator.SECONDARY);
        collator.freeze();
        return collator::compare;
    }

    /** A language's name in itself, capitalised by its own rules: "Azərbaycan", "Français", "Русский", "English". */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return locale.toLanguageTag();
        }
        int first = name.offsetByCodePoints(0, 1);
        return upper(name.substring(0, first), locale) + name.substring(first);
    }
}
