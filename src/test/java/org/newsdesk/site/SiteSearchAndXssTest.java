package org.newsdesk.site;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.Unique;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reader search (FULLTEXT on MariaDB) with hostile input, and stored XSS through every field on every page. */
@IntegrationTest
class SiteSearchAndXssTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DispatchService service;

    @Autowired
    Newsroom fixtures;


    String page(String url) throws Exception {
        // A URI, not a template: the query is sent exactly as written.
        return mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void findsTheAzertacDispatchByWordsOfItsTextWithTheTermsMarked() throws Exception {
        String html = page("/fr/search?q=OIM%20migrations");
        assertThat(html).contains("Ilham Aliyev a reçu le directeur général de l’<mark>OIM</mark>",
                "<mark>migrations</mark>", "<p class=\"result-count\" role=\"status\">",
                "<meta name=\"robots\" content=\"noindex, follow\">",
                "value=\"OIM migrations\"");
        // Prefixes match, case does not matter, and accents are as the collation says.
        assertThat(page("/fr/search?q=migration")).contains("Ilham Aliyev a reçu");
        assertThat(page("/fr/search?q=PR%C3%89SIDENT")).contains("Ilham Aliyev a reçu");
        // Only this edition.
        assertThat(page("/en/search?q=OIM%20migrations")).doesNotContain("Ilham Aliyev a reçu").contains("No dispatches match");
    }

    @Test
    void mostRelevantFirstThenNewest() throws Exception {
        String marker = Unique.marker();
        var weak = fixtures.publish(Newsroom.draft("en", "Harbour report " + marker, "The harbour was quiet. Cargo " + marker + " waited."));
        var strong = fixtures.publish(Newsroom.draft("en", marker + " cargo record " + marker,
                marker + " " + marker + " cargo " + marker + " record."));
        String html = page("/en/search?q=" + marker + "%20cargo");
        assertThat(html.indexOf(strong.draft().headline().substring(0, 10))).isLessThan(html.indexOf("Harbour report"));
        assertThat(html).contains("2 dispatches match");
        assertThat(weak.id()).isNotEqualTo(strong.id());
    }

    @Test
    void hostileQueriesGiveAPageNeverAnErrorAndNeverUnpublishedItems() throws Exception {
        String marker = Unique.marker();
        fixtures.create(Newsroom.draft("fr", "Brouillon " + marker, "Texte secret " + marker));
        List<String> queries = new ArrayList<>(List.of("", " ", "\"", "\"\"", "'", "''", "+-*@()<>~", "+", "-", "*", "@", "(", ")",
                "<", ">", "~", "a", "ab", "\"OIM", "OIM\"", "+OIM -migrations", "OIM*", "@OIM", "(OIM)", ">OIM <migrations",
                "' OR 1=1 --", "\"; DROP TABLE dispatch; --", "1' UNION SELECT password_hash FROM staff_account --",
                "%", "_", "\\", "\\'", "%00", "\u0000", "<script>alert(1)</script>", "${7*7}", "{{7*7}}",
                "é", "ə", "Bakı İstanbul ıi", "🙂🙂🙂", "x".repeat(10_000), "OIM ".repeat(2_000), marker, "Brouillon " + marker));
        for (String q : queries) {
            var response = mvc.perform(get("/fr/search").param("q", q)).andReturn().getResponse();
            assertThat(response.getStatus()).as("q=%s", q.length() > 40 ? q.substring(0, 40) + "…" : q).isEqualTo(200);
            String html = response.getContentAsString();
            assertThat(html).doesNotContain("Texte secret", "Brouillon " + marker + "</")
                    .doesNotContain("<script>alert(1)</script>");
        }
        for (String page : new String[] {"0", "-5", "abc", "99999999999", "2147483648", "1e9"}) {
            mvc.perform(get("/fr/search").param("q", "OIM").param("page", page)).andExpect(status().isOk());
        }
        assertThat(page("/fr/search?q=" + "x".repeat(300))).contains("Seuls les 200 premiers caractères");
    }

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String CLOSE = "</script><script>alert(2)</script>";

    @Test
    void storedXssInEveryFieldRendersInertOnEveryPage() throws Exception {
        String marker = Unique.marker();
        String payload = SCRIPT + IMG + CLOSE + "\"'><svg onload=alert(3)>";
        var draft = new DispatchDraft("en", "Headline " + marker + " " + payload, "SLUG" + payload.substring(0, 10),
                new Dateline("Baku" + IMG, LocalDate.of(2026, 11, 27)), "Byline " + payload,
                "Lead " + marker + " " + payload,
                "Body " + marker + " " + payload + "\n\n[click](javascript:alert(4)) <a href=\"javascript:alert(5)\">x</a> "
                        + "<iframe src=\"https://evil.example\"></iframe> <style>body{display:none}</style>",
                "economy", "Keyword " + payload + ", second", 2, null);
        var live = fixtures.publish(draft);
        String articlePath = "/en/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(live.firstPublishedAt())
                + "/" + live.slug();
        for (String url : new String[] {"/en/", "/en/economy/", articlePath, "/en/search?q=" + marker}) {
            String html = page(url);
            assertThat(html).as(url).contains(marker);
            assertThat(html).as(url)
                    .doesNotContain("<script>alert", "<img src=x", "<svg onload", "href=\"javascript:",
                            "<iframe", "<style>body");
            // Exactly one script element, the JSON-LD data block (on pages that have one), and nothing can close it early.
            long scripts = html.split("<script", -1).length - 1;
            assertThat(scripts).as(url).isLessThanOrEqualTo(1);
            if (scripts == 1) {
                assertThat(html).contains("<script type=\"application/ld+json\">");
            }
        }
        assertThat(page(articlePath)).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "\\u003c/script\\u003e");
    }

    @Test
    void aHitDeepInTheTextIsShownInItsParagraphAsPlainText() throws Exception {
        String marker = Unique.marker().toLowerCase().replaceAll("[^a-z0-9]", "");
        String body = "First paragraph about the port.\n\nSecond paragraph, **bold** and [a link](https://example.org).\n\n"
                + "Third paragraph about the harbour.\n\nFourth paragraph: the *" + marker + "* terminal opened.\n\nFifth.";
        fixtures.publish(Newsroom.draft("en", "Deep hit " + marker.substring(0, 6), body));
        String html = page("/en/search?q=" + marker);
        // Its paragraph, Markdown turned into text, the word marked; not the opening paragraphs.
        assertThat(html).contains("…Fourth paragraph: the <mark>" + marker + "</mark> terminal opened. Fifth.")
                .doesNotContain("First paragraph about the port.").doesNotContain("*" + marker);
    }
}
