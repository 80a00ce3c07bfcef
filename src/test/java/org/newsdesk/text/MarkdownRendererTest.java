package org.newsdesk.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    @Test
    void rendersParagraphsEmphasisAndLinks() {
        String html = MarkdownRenderer.toSafeHtml("First *para*.\n\nSecond with [a link](https://example.org).");
        assertThat(html).contains("<p>First <em>para</em>.</p>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow\">a link</a>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverExecuted() {
        String html = MarkdownRenderer.toSafeHtml("""
                <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                <a href="javascript:alert(4)">x</a> <p onclick="alert(5)">p</p>""");
        assertThat(html).doesNotContain("<script", "<img", "<a ", "<p onclick")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = MarkdownRenderer.toSafeHtml("[click](javascript:alert(3)) and [data](data:text/html,x) and ![i](javascript:x)");
        assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "href=\"data:", "src=\"javascript");
        assertThat(html).contains("click");
    }

    @Test
    void keepsTypographicText() {
        assertThat(MarkdownRenderer.toSafeHtml("l’OIM, António, Azerbaïdjan"))
                .isEqualTo("<p>l’OIM, António, Azerbaïdjan</p>\n");
    }

    @Test
    void publishedTextsAreRenderedOnceAndStaySafe() {
        String body = "Texte **publié** " + System.nanoTime() + "\n\n<script>alert(1)</script>";
        String first = MarkdownRenderer.publishedHtml(body);
        assertThat(first).isEqualTo(MarkdownRenderer.toSafeHtml(body)).doesNotContain("<script");
        // Kept by its text: asked again (another String with the same text), the same HTML without rendering.
        assertThat(MarkdownRenderer.publishedHtml(new String(body))).isSameAs(first);
        assertThat(MarkdownRenderer.publishedHtml(body + " corrigé")).contains("corrigé").isNotSameAs(first);
        assertThat(MarkdownRenderer.publishedHtml(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aParagraphWithoutMarkupReadsAsTheParserWouldReadIt() {
        String[] pieces = {"Bakou", "l’OIM", "«", "»", " ", "  ", "\n", "\n  ", "1.", "2)", "-", "*", "_", "#", ">", "[", "](x)",
                "`", "&amp;", "<b>", "\\", "!", "=", "~", "|", "+", "é", "Баку", ",", ".", ":", "(", ")", "'", "\"", "\t", "%", "$",
                "\r\n", "\f", "\u000B", "\u00A0", "\u2003"};
        var random = new java.util.Random(7);
        int plain = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder("Texte");
            for (int i = 0; i < 10; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String paragraph = text.toString();
            org.assertj.core.api.Assertions.assertThat(MarkdownRenderer.paragraphAsText(paragraph)).as(paragraph)
                    .isEqualTo(MarkdownRenderer.toPlainText(paragraph));
            plain += MarkdownRenderer.hasNoMarkup(paragraph) ? 1 : 0;
        }
        org.assertj.core.api.Assertions.assertThat(plain).as("paragraphs taken without the parser").isGreaterThan(5);
        org.assertj.core.api.Assertions.assertThat(MarkdownRenderer.hasNoMarkup("L’OIM, à Bakou, le 1er mars : « migrations ».")).isTrue();
    }

    @Test
    void whitespaceIsCollapsedAsTheRegexDid() {
        String[] pieces = {"a", "é", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2003", "Баку", "\uD83D\uDE00"};
        var random = new java.util.Random(11);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(MarkdownRenderer.collapseWhitespace(s)).as("[%s]", s).isEqualTo(s.replaceAll("\\s+", " "));
        }
        String unchanged = "déjà une seule espace";
        assertThat(MarkdownRenderer.collapseWhitespace(unchanged)).isSameAs(unchanged);
    }
}
