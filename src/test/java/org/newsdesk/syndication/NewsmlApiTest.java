package org.newsdesk.syndication;

import org.junit.jupiter.api.Test;
import org.newsdesk.apiclient.ApiClientService;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.TranslationSets;
import org.newsdesk.support.ConditionalGet;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.syndication.NewsmlG2.NAR;
import static org.newsdesk.syndication.NewsmlG2.XHTML;
import static org.newsdesk.syndication.NewsmlG2.all;
import static org.newsdesk.syndication.NewsmlG2.first;
import static org.newsdesk.syndication.NewsmlG2.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The NewsML-G2 API: every document valid against IPTC's 2.35 schema; mapping, lifecycle, paging, errors, caching. */
class NewsmlApiTest extends OutputsTest {

    @Autowired
    ApiClientService apiClients;

    @Autowired
    TranslationSets translations;

    String token(String name) {
        return desk.as("admin", () -> apiClients.issue(name)).token();
    }

    /** The item as the caller sees it, schema-valid, or null on 404. */
    Element item(long id, String token) throws Exception {
        MvcResult result = out.api("/api/newsml/" + id, token);
        if (result.getResponse().getStatus() == 404) {
            return null;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/vnd.iptc.g2.newsitem+xml;charset=UTF-8");
        return NewsmlG2.valid(result.getResponse().getContentAsByteArray()).getDocumentElement();
    }

    /** The message, schema-valid, or null for an empty page (204: a newsMessage cannot be empty). */
    Document message(String query, String token) throws Exception {
        MvcResult result = out.api("/api/newsml" + query, token);
        if (result.getResponse().getStatus() == 204) {
            assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
            return null;
        }
        assertThat(result.getResponse().getStatus()).as(query).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/vnd.iptc.g2.newsmessage+xml;charset=UTF-8");
        return NewsmlG2.valid(result.getResponse().getContentAsByteArray());
    }

    static List<String> guids(Document message) {
        if (message == null) {
            return List.of();
        }
        return all(message.getDocumentElement(), NAR, "newsItem").stream().map(e -> e.getAttribute("guid")).toList();
    }

    static List<String> paragraphs(Element item) {
        Element body = (Element) item.getElementsByTagNameNS(XHTML, "body").item(0);
        return all(body, XHTML, "p").stream().map(Element::getTextContent).toList();
    }

    @Test
    void anItemCarriesTheMappedFields() throws Exception {
        String headline = Unique.unique("Sommet");
        var d = desk.publish(desk.draft(headline, "politics"));
        Element n = item(d.id(), null);
        assertThat(n.getLocalName()).isEqualTo("newsItem");
        assertThat(n.getAttribute("guid")).isEqualTo("urn:newsdesk:dispatch:" + d.id());
        assertThat(n.getAttribute("version")).isEqualTo("1");
        assertThat(n.getAttribute("standardversion")).isEqualTo("2.35");
        assertThat(n.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo(desk.edition);
        assertThat(first(n, "itemClass").getAttribute("qcode")).isEqualTo("ninat:text");
        assertThat(first(n, "pubStatus").getAttribute("qcode")).isEqualTo("stat:usable");
        assertThat(first(n, "embargoed")).isNull();
        assertThat(first(n, "signal")).isNull();
        assertThat(text(n, "firstCreated")).isEqualTo(text(n, "versionCreated")).isEqualTo(NinjsMapper.dateTime(d.firstPublishedAt()));
        assertThat(text(n, "urgency")).isEqualTo("3");
        assertThat(text(first(n, "located"), "name")).isEqualTo("Bakou");
        assertThat(text(n, "dateline")).isEqualTo("Bakou, 1er mars");
        assertThat(text(first(n, "creator"), "name")).isEqualTo("Leyla Əliyeva");
        assertThat(text(first(n, "contributor"), "name")).isEqualTo("AZERTAC");
        assertThat(text(n, "by")).isEqualTo("Leyla Əliyeva");
        assertThat(first(n, "language").getAttribute("tag")).isEqualTo(desk.edition);
        List<Element> subjects = all(n, NAR, "subject");
        assertThat(subjects.getFirst().getAttribute("uri")).isEqualTo("urn:newsdesk:section:politics");
        assertThat(subjects.stream().map(s -> text(s, "name")).toList()).containsExactly("Politique", "OIM", "migrations");
        assertThat(subjects.get(1).getAttribute("literal")).isEqualTo("OIM");
        assertThat(text(n, "slugline")).isEqualTo("TEST-SYND");
        assertThat(text(n, "headline")).isEqualTo(headline);
        Element description = first(n, "description");
        assertThat(description.getAttribute("role")).isEqualTo("drol:summary");
        assertThat(description.getTextContent()).isEqualTo("Un chapeau d’été, très «français».");
        Element inline = first(n, "inlineXML");
        assertThat(inline.getAttribute("contenttype")).isEqualTo("application/xhtml+xml");
        assertThat(paragraphs(n)).containsExactly("Premier paragraphe : l’été.", "Deuxième paragraphe.");
        assertThat(all(n, NAR, "link").getFirst().getAttribute("href"))
                .isEqualTo("http://localhost" + SyndicationLifecycleTest.path(desk.edition, d.firstPublishedAt(), d.slug()));
    }

    @Test
    void theAzertacDispatchComesThroughWordForWord() throws Exception {
        var d = desk.publish(desk.azertac());
        MvcResult result = out.api("/api/newsml/" + d.id(), null);
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // UTF-8 characters themselves, not character references.
        assertThat(raw).contains("l’OIM", "azerbaïdjanais", "António Vitorino");
        Element n = NewsmlG2.valid(result.getResponse().getContentAsByteArray()).getDocumentElement();
        assertThat(text(n, "headline")).isEqualTo(Newsroom.AZERTAC_HEADLINE);
        assertThat(text(n, "dateline")).isEqualTo("Bakou, 1er mars");
        assertThat(text(n, "slugline")).isEqualTo("AZ-IOM-VITORINO");
        assertThat(text(first(n, "creator"), "name")).isEqualTo("AZERTAC");
        assertThat(first(n, "contributor")).isNull();
        List<String> expected = List.of(Newsroom.azertacBody().split("\\R\\s*\\R")).stream().map(String::strip).toList();
        assertThat(paragraphs(n)).containsExactlyElementsOf(expected);
        assertThat(String.join("\n\n", paragraphs(n))).isEqualTo(Newsroom.azertacBody());
    }

    @Test
    void bodiesAreSanitizedXhtml() throws Exception {
        var draft = desk.draft(Unique.unique("Script"), "politics");
        var d = desk.publish(new DispatchDraft(draft.language(), draft.headline() + " <b>&</b>", null, null, null, null,
                "Texte <script>alert(1)</script> et [lien](javascript:alert(2)) et [site](https://example.org/?a=1&b=2).\n\n"
                        + "Ligne  \ncassée *ici*.", "politics", null, 5, null));
        Element n = item(d.id(), null);
        assertThat(all(n, XHTML, "script")).isEmpty();
        assertThat(text(n, "headline")).isEqualTo(draft.headline() + " <b>&</b>");
        assertThat(all(n, XHTML, "a").stream().map(a -> a.getAttribute("href")).toList())
                .noneMatch(href -> href.startsWith("javascript")).contains("https://example.org/?a=1&b=2");
        assertThat(all(n, XHTML, "br")).hasSize(1);
        assertThat(all(n, XHTML, "em").getFirst().getTextContent()).isEqualTo("ici");
        assertThat(paragraphs(n).getFirst()).contains("Texte").doesNotContain("alert(2)");
    }

    @Test
    void anEmbargoedItemIsWithheldForPartnersAndAbsentForEveryoneElse() throws Exception {
        String token = token("Embargo NewsML");
        var d = desk.create(desk.draft(Unique.unique("Embargo"), "politics"));
        Instant until = clock.instant().plus(Duration.ofHours(1));
        desk.as("editor", () -> desk.service().setEmbargo(d.id(), until));
        desk.as("editor", () -> desk.service().publish(d.id()));

        assertThat(item(d.id(), null)).isNull();
        assertThat(message("?lang=" + desk.edition, null)).isNull();
        Element n = item(d.id(), token);
        assertThat(first(n, "pubStatus").getAttribute("qcode")).isEqualTo("stat:withheld");
        assertThat(text(n, "embargoed")).isEqualTo(NinjsMapper.dateTime(until));
        assertThat(guids(message("?lang=" + desk.edition, token))).containsExactly("urn:newsdesk:dispatch:" + d.id());

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(first(item(d.id(), null), "pubStatus").getAttribute("qcode")).isEqualTo("stat:usable");
    }

    @Test
    void aKilledItemIsCanceledWithItsNoticeAndNoText() throws Exception {
        String token = token("Kill NewsML");
        var d = desk.publish(desk.draft(Unique.unique("Retrait"), "politics"));
        desk.as("editor", () -> desk.service().kill(d.id(), "Dépêche retirée : erreur d’attribution."));

        assertThat(item(d.id(), null)).isNull();
        Element n = item(d.id(), token);
        assertThat(first(n, "pubStatus").getAttribute("qcode")).isEqualTo("stat:canceled");
        assertThat(text(n, "edNote")).isEqualTo("Dépêche retirée : erreur d’attribution.");
        assertThat(first(n, "contentSet")).isNull();
        assertThat(first(n, "description")).isNull();
        assertThat(n.getTextContent()).doesNotContain("Premier paragraphe");
        Document list = message("?lang=" + desk.edition, token);
        assertThat(guids(list)).containsExactly("urn:newsdesk:dispatch:" + d.id());
        assertThat(first(list.getDocumentElement(), "pubStatus").getAttribute("qcode")).isEqualTo("stat:canceled");
    }

    @Test
    void aCorrectionCarriesASignalAndAnEdNote() throws Exception {
        String headline = Unique.unique("Bilan");
        var d = desk.publish(desk.draft(headline, "politics"));
        clock.advance(Duration.ofHours(2));
        var current = desk.as("editor", () -> desk.service().get(d.id()));
        desk.as("editor", () -> desk.service().save(d.id(), current.version(), new DispatchDraft(desk.edition,
                headline + " (rectifié)", "TEST-SYND", current.draft().dateline(), null, null, "Le bilan est de 12 morts.",
                "politics", null, 3, null)));
        desk.as("editor", () -> desk.service().correct(d.id(), "Une version précédente donnait un bilan de 21 morts."));

        Element n = item(d.id(), null);
        assertThat(n.getAttribute("guid")).isEqualTo("urn:newsdesk:dispatch:" + d.id());
        assertThat(n.getAttribute("version")).isEqualTo("2");
        assertThat(first(n, "signal").getAttribute("qcode")).isEqualTo("sig:correction");
        assertThat(text(n, "edNote")).isEqualTo("Une version précédente donnait un bilan de 21 morts.");
        assertThat(text(n, "headline")).isEqualTo(headline + " (rectifié)");
        assertThat(Instant.parse(text(n, "versionCreated"))).isAfter(Instant.parse(text(n, "firstCreated")));
    }

    @Test
    void aTranslationLinksToTheItemItWasTranslatedFrom() throws Exception {
        var original = desk.publish(desk.draft(Unique.unique("Original"), "politics"));
        var english = desk.as("editor", () -> translations.translate(original.id(), "en"));
        try {
            desk.as("editor", () -> desk.service().publish(english.id()));
            Element n = item(english.id(), null);
            List<Element> links = all(n, NAR, "link").stream().filter(l -> l.getAttribute("rel").equals("irel:translatedFrom")).toList();
            assertThat(links).hasSize(1);
            assertThat(links.getFirst().getAttribute("residref")).isEqualTo("urn:newsdesk:dispatch:" + original.id());
            assertThat(links.getFirst().getAttribute("version")).isEqualTo("1");
            assertThat(links.getFirst().getAttribute("href")).isEqualTo("http://localhost/api/newsml/" + original.id());
            // The original is not a translation of anything.
            assertThat(all(item(original.id(), null), NAR, "link"))
                    .noneMatch(l -> l.getAttribute("rel").equals("irel:translatedFrom"));
        } finally {
            desk.as("editor", () -> desk.service().kill(english.id(), "Test over."));
        }
    }

    @Test
    void theListPagesFiftyAtATimeMostRecentFirst() throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Instant> published = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            var d = desk.publish(desk.draft("Dépêche " + i + " " + Unique.unique(""), "politics"));
            ids.add(d.id());
            published.add(d.firstPublishedAt());
            clock.advance(Duration.ofSeconds(1));
        }
        MvcResult first = out.api("/api/newsml?lang=" + desk.edition, null);
        Document page1 = NewsmlG2.valid(first.getResponse().getContentAsByteArray());
        assertThat(page1.getDocumentElement().getLocalName()).isEqualTo("newsMessage");
        assertThat(guids(page1)).hasSize(50).first().isEqualTo("urn:newsdesk:dispatch:" + ids.getLast());
        String next = "/api/newsml?lang=" + desk.edition + "&page=2";
        assertThat(first.getResponse().getHeader(HttpHeaders.LINK)).isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(first(page1.getDocumentElement(), "headerExtProperty").getAttribute("uri")).isEqualTo("http://localhost" + next);

        MvcResult second = out.api(next, null);
        Document page2 = NewsmlG2.valid(second.getResponse().getContentAsByteArray());
        assertThat(guids(page2)).containsExactly("urn:newsdesk:dispatch:" + ids.get(1), "urn:newsdesk:dispatch:" + ids.getFirst());
        assertThat(second.getResponse().getHeader(HttpHeaders.LINK)).isNull();
        assertThat(first(page2.getDocumentElement(), "headerExtProperty")).isNull();

        assertThat(guids(message("?lang=" + desk.edition + "&since=" + published.get(50), null)))
                .containsExactly("urn:newsdesk:dispatch:" + ids.get(51), "urn:newsdesk:dispatch:" + ids.get(50));
        assertThat(message("?lang=" + desk.edition + "&page=3", null)).isNull();
        // Without lang every edition is listed: ours are there too.
        assertThat(guids(message("?since=" + published.get(51), null))).contains("urn:newsdesk:dispatch:" + ids.get(51));
    }

    @Test
    void badParametersGet400WithAClearMessage() throws Exception {
        desk.publish(desk.draft(Unique.unique("Paramètres"), "politics"));
        for (var bad : List.of(
                List.of("/api/newsml?lang=zz", "Unknown language 'zz'"),
                List.of("/api/newsml?lang=../etc", "Unknown language"),
                List.of("/api/newsml?since=yesterday", "'since' must be an RFC 3339 date-time"),
                List.of("/api/newsml?since=2026-11-27T10:00:00", "'since' must be an RFC 3339 date-time"),
                List.of("/api/newsml?page=0", "'page' must be a whole number from 1 to 10000"),
                List.of("/api/newsml?page=two", "'page' must be a whole number"),
                List.of("/api/newsml/abc", "A dispatch id is a positive whole number"))) {
            MvcResult result = out.api(bad.get(0), null);
            assertThat(result.getResponse().getStatus()).as(bad.get(0)).isEqualTo(400);
            var error = Outputs.JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(error.get("error").asString()).isEqualTo("bad_request");
            assertThat(error.get("message").asString()).as(bad.get(0)).contains(bad.get(1));
        }
        assertThat(out.api("/api/newsml/999999999", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/newsml").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void responsesAreConditionalAndCachedPerAudience() throws Exception {
        var d = desk.publish(desk.draft(Unique.unique("Cache NewsML"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        String path = "/api/newsml/" + d.id();
        MvcResult anonymous = ConditionalGet.assertConditional(mvc, path);
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.VARY)).contains("Authorization");
        String etag = anonymous.getResponse().getHeader(HttpHeaders.ETAG);
        ConditionalGet.assertConditional(mvc, "/api/newsml?lang=" + desk.edition);
        assertThat(ConditionalGet.assertConditional(mvc, "/api/newsml?lang=" + desk.edition).getResponse().getContentAsByteArray())
                .isEqualTo(out.api("/api/newsml?lang=" + desk.edition, null).getResponse().getContentAsByteArray());

        // An empty page answers 204 with validators too: a poller that finds nothing new gets 304s.
        String empty = "/api/newsml?lang=" + desk.edition + "&since="
                + NinjsMapper.dateTime(clock.instant().plus(Duration.ofDays(1)));
        MvcResult none = mvc.perform(get(empty)).andReturn();
        assertThat(none.getResponse().getStatus()).isEqualTo(204);
        mvc.perform(get(empty).header(HttpHeaders.IF_NONE_MATCH, none.getResponse().getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());

        String token = token("Cache NewsML partner");
        MvcResult partner = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn();
        assertThat(partner.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, private");
        assertThat(partner.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);

        desk.as("editor", () -> desk.service().kill(d.id(), "Retirée."));
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotFound());
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
    }
}
