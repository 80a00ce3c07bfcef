package org.newsdesk.syndication;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.apiclient.ApiClientService;
import org.newsdesk.dispatch.DispatchDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.support.Unique;
import org.newsdesk.support.Newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What anchors get wrong, across every output at once: feeds, sitemaps, the Google News sitemap,
 * the public article page and the ninjs API (anonymous and with a token).
 */
class SyndicationLifecycleTest extends OutputsTest {

    @Autowired
    ApiClientService apiClients;

    @Autowired
    JdbcClient jdbc;

    String token;

    @BeforeEach
    void issueToken() {
        token = desk.as("admin", () -> apiClients.issue("Lifecycle test partner")).token();
    }

    String uri(long id) {
        return "urn:newsdesk:dispatch:" + id;
    }

    String url(String path) {
        return "http://localhost" + path;
    }

    static String path(String lang, Instant firstPublished, String slug) {
        return "/" + lang + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(firstPublished)
                + "/" + slug;
    }

    /** Where the item is publicly visible right now. */
    List<String> publicOutputsShowing(long id, String path) throws Exception {
        String lang = desk.edition;
        List<String> where = new ArrayList<>();
        for (String feed : List.of("/" + lang + "/rss.xml", "/" + lang + "/atom.xml", "/" + lang + "/politics/rss.xml",
                "/" + lang + "/politics/atom.xml")) {
            if (out.feedIds(feed).contains(uri(id))) {
                where.add(feed);
            }
        }
        if (out.sitemapUrls().contains(url(path))) {
            where.add("sitemap");
        }
        if (out.newsSitemapUrls().contains(url(path))) {
            where.add("news sitemap");
        }
        if (mvc.perform(get(path)).andReturn().getResponse().getStatus() == 200) {
            where.add("article page");
        }
        if (out.apiItem(id, null) != null) {
            where.add("api");
        }
        if (out.apiListUris("lang=" + lang, null).contains(uri(id))) {
            where.add("api list");
        }
        return where;
    }

    static final List<String> EVERYWHERE = List.of("rss", "atom", "section rss", "section atom", "sitemap",
            "news sitemap", "article page", "api", "api list");

    @Test
    void acrossTheEmbargoInstantTheItemAppearsEverywhereAtOnceAndWithheldOnlyForPartnersBefore() throws Exception {
        var d = desk.create(desk.draft(Unique.unique("Sous embargo"), "politics"));
        Instant until = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        desk.as("editor", () -> desk.service().setEmbargo(d.id(), until));
        var published = desk.as("editor", () -> desk.service().publish(d.id()));
        String path = path(desk.edition, published.firstPublishedAt(), published.slug());

        clock.advance(Duration.between(clock.instant(), until).minusSeconds(1));
        assertThat(publicOutputsShowing(d.id(), path)).isEmpty();
        JsonNode withheld = out.apiItem(d.id(), token);
        assertThat(withheld.get("pubStatus").asString()).isEqualTo("withheld");
        assertThat(withheld.get("embargoedUntil").asString()).isEqualTo(until.toString());
        assertThat(withheld.get("uri").asString()).isEqualTo(uri(d.id()));
        assertThat(out.apiListUris("lang=" + desk.edition, token)).contains(uri(d.id()));

        clock.advance(Duration.ofSeconds(1));
        assertThat(publicOutputsShowing(d.id(), path)).hasSize(EVERYWHERE.size());
        assertThat(out.apiItem(d.id(), token).get("pubStatus").asString()).isEqualTo("usable");
        assertThat(out.apiItem(d.id(), null).get("pubStatus").asString()).isEqualTo("usable");
        // A partner polling with since sees the item again when its embargo ends.
        assertThat(out.apiListUris("lang=" + desk.edition + "&since=" + until, token)).contains(uri(d.id()));
    }

    @Test
    void aKillRemovesTheItemFromEveryOutputAndTheApiShowsItCanceledWithTheNotice() throws Exception {
        var d = desk.publish(desk.draft(Unique.unique("À retirer"), "politics"));
        String path = path(desk.edition, d.firstPublishedAt(), d.slug());
        assertThat(publicOutputsShowing(d.id(), path)).hasSize(EVERYWHERE.size());

        clock.advance(Duration.ofMinutes(10));
        desk.as("editor", () -> desk.service().kill(d.id(), "Cette dépêche est retirée : erreur d’identification."));

        assertThat(publicOutputsShowing(d.id(), path)).isEmpty();
        JsonNode canceled = out.apiItem(d.id(), token);
        assertThat(canceled.get("pubStatus").asString()).isEqualTo("canceled");
        assertThat(canceled.get("representationType").asString()).isEqualTo("partial");
        assertThat(canceled.has("altIds")).isFalse();
        assertThat(canceled.get("uri").asString()).isEqualTo(uri(d.id()));
        assertThat(canceled.get("edNote").asString()).isEqualTo("Cette dépêche est retirée : erreur d’identification.");
        assertThat(canceled.get("bodies").get(0).get("value").asString())
                .isEqualTo("<p>Cette dépêche est retirée : erreur d’identification.</p>");
        assertThat(canceled.get("versionCreated").asString()).isNotEqualTo(canceled.get("firstCreated").asString());
        assertThat(out.apiListUris("lang=" + desk.edition, token)).contains(uri(d.id()));
    }

    @Test
    void aCorrectionUpdatesVersionCreatedAndKeepsIdGuidAndUri() throws Exception {
        String headline = Unique.unique("Bilan");
        var d = desk.publish(desk.draft(headline, "politics"));
        JsonNode before = out.apiItem(d.id(), null);
        String path = path(desk.edition, d.firstPublishedAt(), d.slug());

        clock.advance(Duration.ofHours(2));
        var current = desk.as("editor", () -> desk.service().get(d.id()));
        desk.as("editor", () -> desk.service().save(d.id(), current.version(), new DispatchDraft(desk.edition,
                headline + " (rectifié)", "TEST-SYND", current.draft().dateline(), null, null, "Le bilan est de 12 morts.",
                "politics", null, 3, null)));
        desk.as("editor", () -> desk.service().correct(d.id(), "Une version précédente donnait un bilan de 21 morts."));

        JsonNode after = out.apiItem(d.id(), null);
        assertThat(after.get("uri").asString()).isEqualTo(before.get("uri").asString()).isEqualTo(uri(d.id()));
        assertThat(after.get("version").asString()).isEqualTo("2");
        assertThat(before.get("version").asString()).isEqualTo("1");
        assertThat(after.get("firstCreated").asString()).isEqualTo(before.get("firstCreated").asString());
        assertThat(Instant.parse(after.get("versionCreated").asString()))
                .isAfterOrEqualTo(Instant.parse(before.get("versionCreated").asString()).plus(Duration.ofHours(2)).minusSeconds(1));
        assertThat(after.get("headlines").get(0).get("value").asString()).isEqualTo(headline + " (rectifié)");
        assertThat(after.get("descriptions").findValuesAsString("value"))
                .contains("Une version précédente donnait un bilan de 21 morts.");
        assertThat(after.get("altIds").get(0).get("value").asString()).isEqualTo(url(path));
        // Same GUID in the feeds, same URL in the sitemap.
        assertThat(out.feedIds("/" + desk.edition + "/rss.xml")).containsExactly(uri(d.id()));
        assertThat(out.feedIds("/" + desk.edition + "/atom.xml")).containsExactly(uri(d.id()));
        assertThat(out.sitemapUrls()).contains(url(path));
    }

    @Test
    void theDemoAzertacDispatchComesOutOfTheApiAndTheSitemapWithItsTextIntact() throws Exception {
        long id = jdbc.sql("SELECT id FROM dispatch WHERE language = 'fr' AND slug = :slug")
                .param("slug", "ilham-aliyev-a-recu-le-directeur-general-de-loim").query(Long.class).single();
        String path = "/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim";
        assertThat(out.sitemapUrls()).contains(url(path));

        JsonNode n = out.apiItem(id, null);
        assertThat(n.get("uri").asString()).isEqualTo(uri(id));
        assertThat(n.get("type").asString()).isEqualTo("text");
        assertThat(n.get("pubStatus").asString()).isEqualTo("usable");
        assertThat(n.get("language").asString()).isEqualTo("fr");
        assertThat(n.get("firstCreated").asString()).isEqualTo("2023-03-01T09:30:00Z");
        assertThat(n.get("urgency").asInt()).isEqualTo(5);
        assertThat(n.get("headlines").get(0).get("value").asString()).isEqualTo("Ilham Aliyev a reçu le directeur général de l’OIM");
        assertThat(n.get("slugline").asString()).isEqualTo("AZ-IOM-VITORINO");
        assertThat(n.get("located").asString()).isEqualTo("Bakou");
        assertThat(n.get("altIds").get(0).get("value").asString()).isEqualTo(url(path));
        assertThat(n.get("subjects").findValuesAsString("name"))
                .containsExactly("Politique", "OIM", "migrations", "Mouvement des non-alignés");
        JsonNode body = n.get("bodies").get(0);
        assertThat(body.get("contentType").asString()).isEqualTo("text/html");
        for (String paragraph : Newsroom.azertacBody().split("\\R\\s*\\R")) {
            assertThat(body.get("value").asString()).contains("<p>" + paragraph.strip() + "</p>");
        }
        assertThat(body.get("value").asString()).contains("l’OIM", "azerbaïdjanais", "António Vitorino");

        // The Google News sitemap lists only the last two days: a copy published now is there, word for word.
        var copy = desk.publish(desk.azertac());
        var doc = Outputs.xml(out.get200("/sitemaps/news.xml").getResponse().getContentAsByteArray());
        var urls = doc.getElementsByTagNameNS(Outputs.SITEMAP_NS, "url");
        boolean found = false;
        for (int i = 0; i < urls.getLength(); i++) {
            var entry = (org.w3c.dom.Element) urls.item(i);
            if (Outputs.firstChild(entry, Outputs.SITEMAP_NS, "loc").getTextContent()
                    .equals(url(path(desk.edition, copy.firstPublishedAt(), copy.slug())))) {
                found = true;
                assertThat(Outputs.firstChild(entry, Outputs.NEWS_NS, "title").getTextContent())
                        .isEqualTo("Ilham Aliyev a reçu le directeur général de l’OIM");
                assertThat(Outputs.firstChild(entry, Outputs.NEWS_NS, "name").getTextContent()).isEqualTo("AZERTAC");
                assertThat(Outputs.firstChild(entry, Outputs.NEWS_NS, "language").getTextContent()).isEqualTo(desk.edition);
            }
        }
        assertThat(found).isTrue();
        assertThat(out.newsSitemapUrls()).doesNotContain(url(path));
    }
}
