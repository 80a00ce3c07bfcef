package org.newsdesk.dispatch;

import com.ibm.icu.text.Transliterator;

/** URL slugs from headlines in any script: "Ilham Aliyev a reçu…" → "ilham-aliyev-a-recu…", "Bakı" → "baki". */
public final class Slugs {

    // ICU transliterates Cyrillic, ğ/ı/ş/ç/ö/ü and accents to ASCII. Latin-ASCII drops the schwa,
    // so it is spelled out first as Azerbaijani sites write it in URLs ("Əliyev" → "eliyev").
    private static final Transliterator TO_ASCII = Transliterator.createFromRules("newsdesk-slug",
            ":: Lower; ə > e; :: Any-Latin; :: Latin-ASCII;", Transliterator.FORWARD);
    private static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String fromHeadline(String headline) {
        String ascii = TO_ASCII.transliterate(headline == null ? "" : headline);
        String slug = ascii.replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "dispatch" : slug;
    }
}
