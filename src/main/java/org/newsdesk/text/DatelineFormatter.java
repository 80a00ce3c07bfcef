package org.newsdesk.text;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders a dateline in the dispatch's own language, the way the agency writes it:
 * "Bakou, 1er mars, AZERTAC", "Baku, March 1, AZERTAC", "Bakı, 1 mart, AZƏRTAC", "Баку, 1 марта, АЗЕРТАДЖ".
 */
public final class DatelineFormatter {

    private DatelineFormatter() {
    }

    public static String format(Dateline dateline, String language, String agencyName) {
        if (dateline == null) {
            return agencyName;
        }
        StringBuilder text = new StringBuilder(dateline.place());
        if (dateline.date() != null) {
            text.append(", ").append(formatDay(dateline, Locale.forLanguageTag(language)));
        }
        if (agencyName != null && !agencyName.isBlank()) {
            text.append(", ").append(agencyName);
        }
        return text.toString();
    }

    private static String formatDay(Dateline dateline, Locale locale) {
        var date = dateline.date();
        return switch (locale.getLanguage()) {
            // French writes the first of the month as an ordinal: "1er mars".
            case "fr" -> (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth()))
                    + " " + DateTimeFormatter.ofPattern("MMMM", locale).format(date);
            case "en" -> DateTimeFormatter.ofPattern("MMMM d", locale).format(date);
            // "d MMMM" takes the genitive month in Russian ("1 марта") and the plain one in Azerbaijani.
            default -> DateTimeFormatter.ofPattern("d MMMM", locale).format(date);
        };
    }
}
