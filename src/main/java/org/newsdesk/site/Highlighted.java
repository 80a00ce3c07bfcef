package org.newsdesk.site;

import org.newsdesk.publication.SearchTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut into plain and matching parts, so templates mark search terms with {@code <mark>} while
 * every part stays HTML-escaped. Whole words are compared, lower-cased in the edition's locale.
 */
public record Highlighted(List<Part> parts) {

    public record Part(String text, boolean hit) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static Highlighted of(String text, SearchTerms terms, Locale locale) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return new Highlighted(parts);
        }
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            if (terms.matches(m.group().toLowerCase(locale))) {
                if (m.start() > last) {
                    parts.add(new Part(text.substring(last, m.start()), false));
                }
                parts.add(new Part(m.group(), true));
                last = m.end();
            }
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return new Highlighted(parts);
    }

    /**
     * A window of about {@code length} characters around the first hit (the start when there is
     * none), cut at word boundaries, with ellipses where text was left out.
     */
    public static Highlighted snippet(String text, SearchTerms terms, Locale locale, int length) {
        if (text == null || text.length() <= length) {
            return of(text, terms, locale);
        }
        Matcher m = WORD.matcher(text);
        int hit = 0;
        while (m.find()) {
            if (terms.matches(m.group().toLowerCase(locale))) {
                hit = m.start();
                break;
            }
        }
        int start = Math.max(0, hit - length / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > hit ? start : space + 1;
        }
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String window = (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
        return of(window, terms, locale);
    }
}
