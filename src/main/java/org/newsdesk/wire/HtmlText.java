package org.newsdesk.wire;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

import java.util.List;

/**
 * Partners' HTML made safe: through the OWASP sanitizer (scripts, styles, handlers and
 * {@code javascript:} links are dropped with their content), then written as Markdown (bodies) or plain
 * text (every other field). Nothing a partner sends reaches a page as markup.
 */
final class HtmlText {

    private static final PolicyFactory BODY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .toFactory();
    private static final PolicyFactory NONE = new HtmlPolicyBuilder().toFactory();

    private HtmlText() {
    }

    /** Any text that may contain markup, as plain text on one line. */
    static String plain(String maybeHtml) {
        if (maybeHtml == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        HtmlSanitizer.sanitize(maybeHtml, NONE.apply(new Receiver() {
            @Override
            public void text(String text) {
                out.append(text);
            }
        }));
        String s = out.toString().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** A plain-text body (paragraphs separated by blank lines) as Markdown. */
    static String plainToMarkdown(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder md = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            String p = plain(para.replace("<", "&lt;"));
            if (p != null) {
                md.append(escape(p)).append("\n\n");
            }
        }
        return md.toString().strip();
    }

    /** Sanitized HTML as Markdown: paragraphs, emphasis, links, lists, headings, quotes. */
    static String markdown(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        MarkdownWriter w = new MarkdownWriter();
        HtmlSanitizer.sanitize(html, BODY.apply(w));
        String md = w.out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return md.isEmpty() ? null : md;
    }

    /** Markdown's own characters in text are escaped, so text stays text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }

    private abstract static class Receiver implements HtmlStreamEventReceiver {
        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attrs) {
        }

        @Override
        public void closeTag(String element) {
        }
    }

    private static final class MarkdownWriter extends Receiver {
        final StringBuilder out = new StringBuilder();
        private final java.util.ArrayDeque<String> lists = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<String> hrefs = new java.util.ArrayDeque<>();
        private int quote;
        private boolean lineStart = true;

        private void block() {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            lineStart = true;
        }

        private void prefix() {
            if (lineStart) {
                out.append("> ".repeat(quote));
                lineStart = false;
            }
        }

        @Override
        public void openTag(String element, List<String> attrs) {
            switch (element) {
                case "p", "blockquote" -> {
                    block();
                    if (element.equals("blockquote")) {
                        quote++;
                    }
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    block();
                    prefix();
                    out.append("#".repeat(element.charAt(1) - '0')).append(' ');
                }
                case "ul", "ol" -> {
                    block();
                    lists.push(element);
                }
                case "li" -> {
                    out.append(lineStart ? "" : "\n");
                    lineStart = true;
                    prefix();
                    out.append("  ".repeat(Math.max(0, lists.size() - 1))).append("ol".equals(lists.peek()) ? "1. " : "- ");
                }
                case "br" -> {
                    out.append("  \n");
                    lineStart = true;
                }
                case "strong", "b" -> {
                    prefix();
                    out.append("**");
                }
                case "em", "i" -> {
                    prefix();
                    out.append('*');
                }
                case "a" -> {
                    prefix();
                    String href = null;
                    for (int i = 0; i + 1 < attrs.size(); i += 2) {
                        if (attrs.get(i).equals("href")) {
                            href = attrs.get(i + 1);
                        }
                    }
                    hrefs.push(href == null ? "" : href);
                    if (href != null) {
                        out.append('[');
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void closeTag(String element) {
            switch (element) {
                case "blockquote" -> quote = Math.max(0, quote - 1);
                case "ul", "ol" -> {
                    lists.poll();
                    block();
                }
                case "strong", "b" -> out.append("**");
                case "em", "i" -> out.append('*');
                case "a" -> {
                    String href = hrefs.isEmpty() ? "" : hrefs.pop();
                    if (!href.isEmpty()) {
                        out.append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void text(String text) {
            String t = text.replaceAll("\\s+", " ");
            if (lineStart) {
                t = t.stripLeading();
                if (t.isEmpty()) {
                    return;
                }
            }
            prefix();
            out.append(escape(t));
        }
    }
}
