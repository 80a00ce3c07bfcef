package org.newsdesk.publication;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's search box text reduced to what MariaDB's FULLTEXT can take safely: words of letters
 * and digits. Every operator, quote mark and SQL fragment is dropped, so no input can make the
 * query fail. All words are required and match as prefixes ("migration" finds "migrations").
 */
public record SearchTerms(List<String> words) {

    /** InnoDB's default innodb_ft_min_token_size: shorter words are not in the index. */
    static final int MIN_WORD = 3;
    /** innodb_ft_max_token_size. */
    static final int MAX_WORD = 84;
    static final int MAX_WORDS = 8;
    static final int MAX_INPUT = 500;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Lower-cases in the edition's locale, so Azerbaijani İ/I become i/ı as the reader means. */
    public static SearchTerms parse(String input, Locale locale) {
        if (input == null || input.isBlank()) {
            return new SearchTerms(List.of());
        }
        String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            String w = m.group().toLowerCase(locale);
            if (w.length() >= MIN_WORD) {
                words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** For MATCH … AGAINST (… IN BOOLEAN MODE): every word required, as a prefix. */
    String booleanQuery() {
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            q.append(" +").append(w).append('*');
        }
        return q.toString().strip();
    }

    /** Whether a word of the text (lower-cased in the same locale) is a hit, for highlighting. */
    public boolean matches(String lowerWord) {
        for (String w : words) {
            if (lowerWord.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
