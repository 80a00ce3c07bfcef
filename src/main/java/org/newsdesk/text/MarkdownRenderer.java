package org.newsdesk.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/**
 * Dispatch bodies are Markdown. The HTML that comes out always passes the OWASP sanitizer, so
 * scripts, event handlers and {@code javascript:} URLs never reach a page, whatever was typed.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code").toFactory());

    /** Published bodies, by their Markdown: keyed by the text itself, an entry can never be stale. */
    private static final Kept PUBLISHED = new Kept(8_000_000);

    private MarkdownRenderer() {
    }

    /** Markdown to plain text (for summaries, meta descriptions and feeds' plain fields). */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return collapseWhitespace(TEXT.render(PARSER.parse(markdown))).strip();
    }

    /**
     * {@link #toPlainText} for one paragraph, without parsing it when it holds nothing Markdown would read as
     * markup — most paragraphs of wire copy (search results turn up to 20 × 5 of them into text per request).
     */
    public static String paragraphAsText(String paragraph) {
        return hasNoMarkup(paragraph) ? collapseWhitespace(paragraph).strip() : toPlainText(paragraph);
    }

    /**
     * Runs of whitespace ({@code \s}: space, tab, line breaks, form feed, vertical tab) as one space, as
     * {@code replaceAll("\\s+", " ")} does, without a regex: it ran for every paragraph of every search result.
     */
    static String collapseWhitespace(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    if (c == ' ' && end == i + 1) {
                        continue; // a single space stays as it is
                    }
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(' ');
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** No character that starts inline markup, no line that could start a block (heading, list, quote, code). */
    static boolean hasNoMarkup(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&!~|#=+-".indexOf(c) >= 0) {
                return false;
            }
            if (c == '\n' || c == '\r') {
                lineStart = true;
            } else if (lineStart) {
                // Blocks start at a line's first characters: indented code, ordered lists ("1." or "1)").
                if (c == ' ' || c == '\t' || Character.isDigit(c)) {
                    return false;
                }
                lineStart = false;
            }
        }
        return true;
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * {@link #toSafeHtml(String)} for published texts, which every page render and feed asks for again:
     * parsing and sanitizing was a tenth of an article render. Not for drafts (each keystroke a new text).
     */
    public static String publishedHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = PUBLISHED.get(markdown);
        if (html == null) {
            html = toSafeHtml(markdown);
            PUBLISHED.put(markdown, html);
        }
        return html;
    }

    /** Least recently used first out, within a budget of characters (keys and values). */
    private static final class Kept {
        private final long budget;
        private long used;
        private final java.util.LinkedHashMap<String, String> entries = new java.util.LinkedHashMap<>(256, 0.75f, true);

        Kept(long budget) {
            this.budget = budget;
        }

        synchronized String get(String key) {
            return entries.get(key);
        }

        synchronized void put(String key, String value) {
            long size = (long) key.length() + value.length();
            if (size > budget / 100 || entries.containsKey(key)) {
                return;
            }
            entries.put(key, value);
            used += size;
            var oldest = entries.entrySet().iterator();
            while (used > budget && oldest.hasNext()) {
                var e = oldest.next();
                used -= (long) e.getKey().length() + e.getValue().length();
                oldest.remove();
            }
        }
    }

    /**
     * What the sanitizer lets through, as events instead of text: for writers that build markup with
     * an XML writer (NewsML-G2's XHTML body). Text and attribute values arrive decoded; elements are
     * balanced; void elements ({@code br}, {@code hr}) are opened and never closed.
     */
    public interface HtmlEvents {
        void open(String element, List<String> attributeNamesAndValues);

        void close(String element);

        void text(String text);
    }

    /** The same sanitized HTML as {@link #toSafeHtml(String)}, delivered as events. */
    public static void toSafeHtml(String markdown, HtmlEvents events) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        HtmlSanitizer.sanitize(RENDERER.render(PARSER.parse(markdown)), POLICY.apply(new HtmlStreamEventReceiver() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String element, List<String> attrs) {
                events.open(element, attrs);
            }

            @Override
            public void closeTag(String element) {
                events.close(element);
            }

            @Override
            public void text(String text) {
                events.text(text);
            }
        }));
    }
}
