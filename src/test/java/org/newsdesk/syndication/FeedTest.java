package org.newsdesk.syndication;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.newsdesk.dispatch.DispatchDraft;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.newsdesk.support.Unique;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.ConditionalGet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** RSS 2.0 and Atom feeds, generated with ROME and parsed back with ROME, field by field. */
class FeedTest extends OutputsTest {

    MvcResult fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    }

    static SyndFeed parse(MvcResult result) throws Exception {
        return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())));
    }

    SyndFeed rss(String path) throws Exception {
        MvcResult result = fetch(path);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
        SyndFeed feed = parse(result);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        return feed;
    }

    SyndFeed atom(String path) throws Exception {
        MvcResult result = fetch(path);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        SyndFeed feed = parse(result);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    @Test
    void editionFeedsCarryEveryFieldNewestFirst() throws Exception {
        var older = desk.publish(desk.draft(Unique.unique("Première dépêche"), "politics"));
        clock.advance(Duration.ofMinutes(5));
        String headline = Unique.unique("L’été <b>brûlant</b> & «les marchés»");
        var newer = desk.publish(desk.draft(headline, "economy"));
        String lang = desk.edition;

        SyndFeed rss = rss("/" + lang + "/rss.xml");
        assertThat(rss.getLanguage()).isEqualTo(lang);
        assertThat(rss.getTitle()).isEqualTo("AZERTAC – " + lang);
        assertThat(rss.getLink()).isEqualTo("http://localhost/" + lang + "/");
        assertThat(ids(rss)).containsExactly("urn:newsdesk:dispatch:" + newer.id(), "urn:newsdesk:dispatch:" + older.id());
        SyndEntry item = rss.getEntries().getFirst();
        assertThat(asHtml(item.getTitle())).isEqualTo(headline);
        assertThat(item.getLink()).isEqualTo("http://localhost/" + lang + "/"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(java.time.ZoneOffset.UTC)
                .format(newer.firstPublishedAt()) + "/" + newer.slug());
        assertThat(asHtml(item.getDescription().getValue())).isEqualTo("Un chapeau d’été, très «français».");
        assertThat(item.getPublishedDate().toInstant()).isEqualTo(newer.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(asHtml(item.getAuthor())).isEqualTo("Leyla Əliyeva");
        assertThat(item.getCategories()).extracting(c -> asHtml(c.getName())).containsExactly("Économie");
        // The full text travels as content:encoded: dateline, lead, body.
        assertThat(item.getContents()).extracting(c -> c.getValue()).singleElement().asString()
                .startsWith("<p class=\"dateline\">Bakou, 1er mars, AZERTAC</p><p class=\"lead\">Un chapeau d’été, très «français».</p>")
                .contains("<p>Deuxième paragraphe.</p>");

        SyndFeed atom = atom("/" + lang + "/atom.xml");
        assertThat(atom.getUri()).isEqualTo("urn:newsdesk:feed:" + lang);
        assertThat(ids(atom)).containsExactly("urn:newsdesk:dispatch:" + newer.id(), "urn:newsdesk:dispatch:" + older.id());
        SyndEntry entry = atom.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo(headline);
        assertThat(entry.getLink()).isEqualTo(item.getLink());
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(newer.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getUpdatedDate().toInstant()).isEqualTo(newer.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getContents()).hasSize(1);
        assertThat(entry.getContents().getFirst().getType()).isEqualTo("html");
        assertThat(entry.getContents().getFirst().getValue())
                .isEqualTo("<p class=\"dateline\">Bakou, 1er mars, AZERTAC</p><p class=\"lead\">Un chapeau d’été, très «français».</p>"
                        + "<p>Premier paragraphe : l’été.</p>\n<p>Deuxième paragraphe.</p>");
        assertThat(entry.getTitleEx().getType()).as("Atom declares its title as text").isIn(null, "text");
        assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly("Leyla Əliyeva");
        assertThat(atom.getPublishedDate())
                .isEqualTo(java.util.Date.from(newer.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS)));
    }

    /**
     * An RSS field as a reader that renders it as HTML shows it: the text it reads, which must hold no
     * markup at all (a tag would be live in the reader).
     */
    static String asHtml(String field) {
        assertThat(field).as("an RSS text field rendered as HTML holds no markup").doesNotContain("<", ">");
        return HtmlUtils.htmlUnescape(field);
    }

    @Test
    void hostileOrInnocentMarkupInAnyTextStaysTextAndTheLeadIsInTheFullContent() throws Exception {
        String headline = Unique.unique("Titre <script>alert(1)</script> & <b>gras</b>");
        String lead = "Un chapeau <img src=x onerror=alert(1)> avec <b>gras</b> & «guillemets» <script>alert(2)</script>";
        var draft = desk.draft(headline, "economy");
        var d = desk.publish(new org.newsdesk.dispatch.DispatchDraft(draft.language(), draft.headline(), draft.slugline(),
                draft.dateline(), "Plume <i>penchée</i>", lead, draft.body(), draft.sectionCode(), draft.keywords(), draft.urgency(),
                draft.slug()));
        String lang = desk.edition;

        SyndEntry item = rss("/" + lang + "/rss.xml").getEntries().getFirst();
        assertThat(item.getUri()).isEqualTo("urn:newsdesk:dispatch:" + d.id());
        assertThat(asHtml(item.getTitle())).isEqualTo(headline);
        assertThat(asHtml(item.getDescription().getValue())).isEqualTo(lead);
        assertThat(asHtml(item.getAuthor())).isEqualTo("Plume <i>penchée</i>");
        String content = item.getContents().getFirst().getValue();
        assertThat(content).contains("<p class=\"lead\">" + HtmlUtils.htmlEscape(lead, "UTF-8") + "</p>")
                .doesNotContain("<script", "<img", "<b>");

        SyndEntry entry = atom("/" + lang + "/atom.xml").getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo(headline);
        assertThat(entry.getTitleEx().getType()).isIn(null, "text");
        assertThat(entry.getDescription().getValue()).isEqualTo(lead);
        assertThat(entry.getDescription().getType()).isIn("text", "text/plain");
        assertThat(entry.getContents().getFirst().getValue()).contains("<p class=\"lead\">" + HtmlUtils.htmlEscape(lead, "UTF-8") + "</p>");
    }

    @Test
    void sectionFeedsHoldOnlyTheirSection() throws Exception {
        var politics = desk.publish(desk.draft(Unique.unique("Politique"), "politics"));
        desk.publish(desk.draft(Unique.unique("Économie"), "economy"));
        String lang = desk.edition;

        SyndFeed rss = rss("/" + lang + "/politics/rss.xml");
        assertThat(rss.getTitle()).isEqualTo("AZERTAC – Politique (" + lang + ")");
        assertThat(ids(rss)).containsExactly("urn:newsdesk:dispatch:" + politics.id());
        assertThat(ids(atom("/" + lang + "/politics/atom.xml"))).containsExactly("urn:newsdesk:dispatch:" + politics.id());
        assertThat(ids(rss("/" + lang + "/culture/rss.xml"))).isEmpty();

        mvc.perform(get("/" + lang + "/no-such-section/rss.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/zz/rss.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/zz/atom.xml")).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionKeepsTheIdAndMovesUpdatedAKillRemovesTheItem() throws Exception {
        String headline = Unique.unique("Chiffres");
        var d = desk.publish(desk.draft(headline, "politics"));
        String lang = desk.edition;
        clock.advance(Duration.ofHours(1));
        var current = desk.as("editor", () -> desk.service().get(d.id()));
        DispatchDraft changed = new DispatchDraft(lang, headline + " (corrigé)", "TEST-SYND", current.draft().dateline(),
                null, "Un chapeau corrigé.", "Texte corrigé.", "politics", null, 3, null);
        desk.as("editor", () -> desk.service().save(d.id(), current.version(), changed));
        var corrected = desk.as("editor", () -> desk.service().correct(d.id(), "Une version précédente donnait un mauvais chiffre."));

        SyndFeed atom = atom("/" + lang + "/atom.xml");
        assertThat(ids(atom)).containsExactly("urn:newsdesk:dispatch:" + d.id());
        SyndEntry entry = atom.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo(headline + " (corrigé)");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(d.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getUpdatedDate().toInstant()).isAfter(entry.getPublishedDate().toInstant().plus(Duration.ofMinutes(59)));
        assertThat(entry.getLink()).endsWith("/" + d.slug());
        assertThat(entry.getContents().getFirst().getValue())
                .contains("<p class=\"correction\">Une version précédente donnait un mauvais chiffre.</p>");
        assertThat(corrected.slug()).isEqualTo(d.slug());
        SyndFeed rss = rss("/" + lang + "/rss.xml");
        assertThat(ids(rss)).containsExactly("urn:newsdesk:dispatch:" + d.id());
        assertThat(rss.getEntries().getFirst().getLink()).isEqualTo(entry.getLink());

        desk.as("editor", () -> desk.service().kill(d.id(), "Cette dépêche est retirée."));
        assertThat(ids(rss("/" + lang + "/rss.xml"))).isEmpty();
        assertThat(ids(atom("/" + lang + "/atom.xml"))).isEmpty();
        assertThat(ids(rss("/" + lang + "/politics/rss.xml"))).isEmpty();
    }

    @Test
    void theAzertacDispatchComesOutOfBothFeedsIntact() throws Exception {
        var d = desk.publish(desk.azertac());
        String lang = desk.edition;
        for (SyndFeed feed : List.of(rss("/" + lang + "/rss.xml"), atom("/" + lang + "/atom.xml"),
                rss("/" + lang + "/politics/rss.xml"), atom("/" + lang + "/politics/atom.xml"))) {
            SyndEntry entry = feed.getEntries().getFirst();
            assertThat(entry.getUri()).isEqualTo("urn:newsdesk:dispatch:" + d.id());
            assertThat(entry.getTitle()).isEqualTo("Ilham Aliyev a reçu le directeur général de l’OIM");
            assertThat(entry.getAuthor()).as("agency copy without a byline").isEqualTo("AZERTAC");
            assertThat(entry.getDescription().getValue()).startsWith(
                    "Le président azerbaïdjanais Ilham Aliyev a reçu le 1er mars le directeur général de l’Organisation");
            String html = entry.getContents().getFirst().getValue();
            assertThat(html).startsWith("<p class=\"dateline\">Bakou, 1er mars, AZERTAC</p>")
                    .contains("Le directeur général de l’OIM, António Vitorino, a remercié")
                    .contains("azerbaïdjanais");
            for (String paragraph : Newsroom.azertacBody().split("\\R\\s*\\R")) {
                assertThat(html).contains("<p>" + paragraph.strip()
                        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "</p>");
            }
        }
    }

    @Test
    void feedsAnswerConditionalRequestsAndChangeTheirEtagWithTheContent() throws Exception {
        desk.publish(desk.draft(Unique.unique("Cache"), "politics"));
        String path = "/" + desk.edition + "/rss.xml";
        ConditionalGet.passAllChanges(clock, versions);
        MvcResult first = fetch(path);
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");

        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isNotModified());

        desk.publish(desk.draft(Unique.unique("Nouvelle"), "politics"));
        clock.advance(Duration.ofSeconds(5));
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, org.hamcrest.Matchers.not(etag)));
        mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isOk());
    }

    @Test
    void anEmbargoKeepsAnItemOutOfFeedsUntilTheInstantThenItIsThere() throws Exception {
        var d = desk.create(desk.draft(Unique.unique("Sous embargo"), "politics"));
        Instant until = clock.instant().plus(Duration.ofHours(2));
        desk.as("editor", () -> desk.service().setEmbargo(d.id(), until));
        desk.as("editor", () -> desk.service().publish(d.id()));
        String lang = desk.edition;

        clock.advance(Duration.ofHours(2).minusSeconds(2));
        assertThat(ids(rss("/" + lang + "/rss.xml"))).isEmpty();
        assertThat(ids(atom("/" + lang + "/politics/atom.xml"))).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        assertThat(ids(rss("/" + lang + "/rss.xml"))).containsExactly("urn:newsdesk:dispatch:" + d.id());
        assertThat(ids(atom("/" + lang + "/politics/atom.xml"))).containsExactly("urn:newsdesk:dispatch:" + d.id());
    }
}
