package org.newsdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How text becomes index terms, the same way for dispatches and for readers' words: runs of letters
 * and digits (as {@link org.newsdesk.publication.SearchTerms} cuts the search box), lower-cased in the
 * edition's locale (Azerbaijani İ/I → i/ı), then accents dropped — as the FULLTEXT index's
 * utf8mb4_unicode_520_ci collation compares them, so "president" finds "président" on both engines.
 * Each edition has its own field ({@code text.fr}), so a search never needs a language filter and
 * term statistics are per edition.
 */
final class SearchText {

    static final String FIELD_PREFIX = "text.";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String field(String language) {
        return FIELD_PREFIX + language;
    }

    /** The headline again, on its own: a word in the headline counts for more than one in the body. */
    static String headlineField(String language) {
        return FIELD_PREFIX + language + HEADLINE;
    }

    private static final String HEADLINE = "/headline";

    private static String languageOf(String field) {
        String rest = field.substring(FIELD_PREFIX.length());
        return rest.endsWith(HEADLINE) ? rest.substring(0, rest.length() - HEADLINE.length()) : rest;
    }

    /** A lower-cased word without its accents (İ, é, ş, й → i, e, s, и; ı and ə stay as they are). */
    static String fold(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    /** One analyzer per edition field, chosen by the field's name. */
    static Analyzer analyzer() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();

            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.computeIfAbsent(fieldName, f -> new EditionAnalyzer(
                        Locale.forLanguageTag(f.startsWith(FIELD_PREFIX) ? languageOf(f) : "und")));
            }
        };
    }

    private static final class EditionAnalyzer extends Analyzer {
        private final Locale locale;

        EditionAnalyzer(Locale locale) {
            this.locale = locale;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            return new TokenStreamComponents(words, new FoldFilter(words, locale));
        }
    }

    private static final class FoldFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Locale locale;

        FoldFilter(TokenStream input, Locale locale) {
            super(input);
            this.locale = locale;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            boolean plain = true;
            char[] buffer = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                char c = buffer[i];
                if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                    plain = false;
                    break;
                }
            }
            if (!plain) {
                String folded = fold(term.toString().toLowerCase(locale));
                term.setEmpty().append(folded);
            }
            return true;
        }
    }
}
