package org.newsdesk.site;

import org.newsdesk.publication.SearchTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text cut into plain and matching parts, so templates mark search terms with {@code <mark>} while
 * every part stays HTML-escaped. Whole words are compared, lower-cased in the edition's locale.
 */
public record Highlighted(List<Part> parts) {

    public record Part(String text, boolean hit) {
    }

    public static Highlighted of(String text, SearchTerms terms, Locale locale) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return new Highlighted(parts);
        }
        int last = 0;
        for (int[] hit = nextHit(text, 0, terms, locale); hit != null; hit = nextHit(text, hit[1], terms, locale)) {
            if (hit[0] > last) {
                parts.add(new Part(text.substring(last, hit[0]), false));
            }
            parts.add(new Part(text.substring(hit[0], hit[1]), true));
            last = hit[1];
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return new Highlighted(parts);
    }

    /** Where the first matching word of {@code text} starts, or -1. */
    public static int firstHit(String text, SearchTerms terms, Locale locale) {
        int[] hit = text == null ? null : nextHit(text, 0, terms, locale);
        return hit == null ? -1 : hit[0];
    }

    /**
     * The next word (a run of letters and numbers, as {@code [\p{L}\p{N}]+}) from {@code from} that a term
     * matches, as {start, end}; null if none. Search results scan a whole text per hit: only words whose first
     * letter could match are lower-cased and compared (a regex and a lower-cased copy of every word were a
     * third of a search request's CPU).
     */
    private static int[] nextHit(String text, int from, SearchTerms terms, Locale locale) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int first = firstLower(cp, locale);
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            if (couldMatch(first, terms) && matches(text, start, i, terms, locale)) {
                return new int[] {start, i};
            }
        }
        return null;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The first char of the code point lower-cased in the locale (Azerbaijani I → ı), as the word's would be. */
    private static int firstLower(int cp, Locale locale) {
        if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)) {
            return cp;
        }
        return new String(Character.toChars(cp)).toLowerCase(locale).charAt(0);
    }

    /** Whether the word at [start, end) lower-cased in the locale starts with a term; no copy when chars map one to one. */
    private static boolean matches(String text, int start, int end, SearchTerms terms, Locale locale) {
        boolean turkic = "az".equals(locale.getLanguage()) || "tr".equals(locale.getLanguage());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // Where a locale's lower case is not the char's own: dotted/dotless i, final sigma, surrogate pairs.
            if (c == 'İ' || c == 'Σ' || Character.isSurrogate(c) || turkic && c == 'I') {
                return terms.matches(text.substring(start, end).toLowerCase(locale));
            }
        }
        for (String w : terms.words()) {
            int length = w.length();
            if (length > end - start) {
                continue;
            }
            int j = 0;
            while (j < length && Character.toLowerCase(text.charAt(start + j)) == w.charAt(j)) {
                j++;
            }
            if (j == length) {
                return true;
            }
        }
        return false;
    }

    private static boolean couldMatch(int first, SearchTerms terms) {
        for (String w : terms.words()) {
            if (w.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }

    /**
     * A window of about {@code length} characters around the first hit (the start when there is
     * none), cut at word boundaries, with ellipses where text was left out.
     */
    public static Highlighted snippet(String text, SearchTerms terms, Locale locale, int length) {
        if (text == null || text.length() <= length) {
            return of(text, terms, locale);
        }
        int hit = Math.max(0, firstHit(text, terms, locale));
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

    /** The same text marked as following earlier text left out. */
    static Highlighted continued(Highlighted snippet) {
        if (!snippet.parts().isEmpty() && snippet.parts().getFirst().text().startsWith("…")) {
            return snippet;
        }
        List<Part> parts = new ArrayList<>(snippet.parts().size() + 1);
        parts.add(new Part("…", false));
        parts.addAll(snippet.parts());
        return new Highlighted(parts);
    }
}
