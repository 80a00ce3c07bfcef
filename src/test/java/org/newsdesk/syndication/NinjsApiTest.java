package org.newsdesk.syndication;

import org.junit.jupiter.api.Test;
import org.newsdesk.apiclient.ApiClientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.support.Unique;
import org.newsdesk.support.ConditionalGet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ninjs API: every document valid against IPTC's ninjs 3.1 schema; paging, filters, errors, tokens, caching. */
class NinjsApiTest extends OutputsTest {

    @Autowired
    ApiClientService apiClients;

    String token(String name) {
        return desk.as("admin", () -> apiClients.issue(name)).token();
    }

    static JsonNode json(MvcResult result) throws Exception {
        return Outputs.JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anItemCarriesTheMappedFields() throws Exception {
        var d = desk.publish(desk.draft(Unique.unique("Sommet"), "politics"));
        JsonNode n = out.apiItem(d.id(), null);
        assertThat(n.get("standard").get("schema").asString()).isEqualTo("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#");
        assertThat(n.get("uri").asString()).isEqualTo("urn:newsdesk:dispatch:" + d.id());
        assertThat(n.get("type").asString()).isEqualTo("text");
        assertThat(n.get("version").asString()).isEqualTo("1");
        assertThat(n.get("pubStatus").asString()).isEqualTo("usable");
        assertThat(n.has("embargoedUntil")).isFalse();
        assertThat(n.get("urgency").asInt()).isEqualTo(3);
        assertThat(n.get("language").asString()).isEqualTo(desk.edition);
        assertThat(n.get("by").asString()).isEqualTo("Leyla Əliyeva");
        assertThat(n.get("slugline").asString()).isEqualTo("TEST-SYND");
        assertThat(n.get("located").asString()).isEqualTo("Bakou");
        assertThat(n.get("firstCreated").asString()).isEqualTo(n.get("versionCreated").asString());
        assertThat(n.get("descriptions").get(0).get("value").asString()).isEqualTo("Un chapeau d’été, très «français».");
        assertThat(n.get("bodies").get(0).get("value").asString())
                .isEqualTo("<p>Premier paragraphe : l’été.</p>\n<p>Deuxième paragraphe.</p>\n");
        assertThat(n.get("subjects").findValuesAsString("name")).containsExactly("Politique", "OIM", "migrations");
        assertThat(n.get("subjects").get(0).get("literal").asString()).isEqualTo("politics");
    }

    @Test
    void bodiesAreSanitizedHtml() throws Exception {
        var draft = desk.draft(Unique.unique("Script"), "politics");
        var d = desk.publish(new org.newsdesk.dispatch.DispatchDraft(draft.language(), draft.headline(), null, null, null,
                null, "Texte <script>alert(1)</script> et [lien](javascript:alert(2)).", "politics", null, 5, null));
        String body = out.apiItem(d.id(), null).get("bodies").get(0).get("value").asString();
        assertThat(body).doesNotContain("<script", "javascript:");
    }

    @Test
    void theListPagesFiftyAtATimeMostRecentFirstWithANextLink() throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Instant> published = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            var d = desk.publish(desk.draft("Dépêche " + i + " " + Unique.unique(""), i % 2 == 0 ? "politics" : "economy"));
            ids.add(d.id());
            published.add(d.firstPublishedAt());
            clock.advance(Duration.ofSeconds(1));
        }
        MvcResult first = out.api("/api/ninjs?lang=" + desk.edition, null);
        JsonNode page1 = Outputs.ninjs(first);
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.get("pageSize").asInt()).isEqualTo(50);
        assertThat(page1.get("items")).hasSize(50);
        assertThat(page1.get("items").get(0).get("uri").asString()).isEqualTo("urn:newsdesk:dispatch:" + ids.getLast());
        String next = page1.get("next").asString();
        assertThat(next).isEqualTo("/api/ninjs?lang=" + desk.edition + "&page=2");
        assertThat(first.getResponse().getHeader(HttpHeaders.LINK)).isEqualTo("<" + next + ">; rel=\"next\"");

        JsonNode page2 = Outputs.ninjs(out.api(next, null));
        assertThat(page2.get("items")).hasSize(2);
        assertThat(page2.has("next")).isFalse();
        assertThat(page2.get("items").get(1).get("uri").asString()).isEqualTo("urn:newsdesk:dispatch:" + ids.getFirst());

        assertThat(out.apiListUris("lang=" + desk.edition + "&section=economy&page=1", null)).hasSize(26)
                .allSatisfy(uri -> assertThat(ids.indexOf(Long.parseLong(uri.substring(uri.lastIndexOf(':') + 1))) % 2).isEqualTo(1));
        Instant since = published.get(50);
        assertThat(out.apiListUris("lang=" + desk.edition + "&since=" + since, null))
                .containsExactly("urn:newsdesk:dispatch:" + ids.get(51), "urn:newsdesk:dispatch:" + ids.get(50));
        assertThat(out.apiListUris("lang=" + desk.edition + "&page=3", null)).isEmpty();
    }

    @Test
    void badParametersGet400WithAClearJsonMessage() throws Exception {
        desk.publish(desk.draft(Unique.unique("Paramètres"), "politics"));
        for (var bad : List.of(
                List.of("/api/ninjs?lang=zz", "Unknown language 'zz'"),
                List.of("/api/ninjs?lang=../etc", "Unknown language"),
                List.of("/api/ninjs?lang=" + desk.edition + "&section=nope", "Unknown section 'nope'"),
                List.of("/api/ninjs?since=yesterday", "'since' must be an RFC 3339 date-time"),
                List.of("/api/ninjs?since=2026-11-27T10:00:00", "'since' must be an RFC 3339 date-time"),
                List.of("/api/ninjs?page=0", "'page' must be a whole number from 1 to 10000"),
                List.of("/api/ninjs?page=two", "'page' must be a whole number"),
                List.of("/api/ninjs/abc", "A dispatch id is a positive whole number"))) {
            MvcResult result = out.api(bad.get(0), null);
            assertThat(result.getResponse().getStatus()).as(bad.get(0)).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
            JsonNode error = json(result);
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("error").asString()).isEqualTo("bad_request");
            assertThat(error.get("message").asString()).as(bad.get(0)).contains(bad.get(1));
        }
        assertThat(out.api("/api/ninjs/999999999", null).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void badTokensGet401WithWwwAuthenticateBearer() throws Exception {
        for (String authorization : List.of("Bearer nonsense", "Bearer ndk_" + "A".repeat(43), "Basic d3JpdGVyOmluay1hbmQtZGVhZGxpbmVz",
                "Bearer ")) {
            MvcResult result = mvc.perform(get("/api/ninjs").header(HttpHeaders.AUTHORIZATION, authorization)).andReturn();
            assertThat(result.getResponse().getStatus()).as(authorization).isEqualTo(401);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer realm=\"newsdesk\"");
            assertThat(json(result).get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void tokenLifecycleIssueUseRevokeThen401() throws Exception {
        var issued = desk.as("admin", () -> apiClients.issue("Agence partenaire"));
        var d = desk.create(desk.draft(Unique.unique("Embargo partenaire"), "politics"));
        desk.as("editor", () -> desk.service().setEmbargo(d.id(), clock.instant().plus(Duration.ofHours(1))));
        desk.as("editor", () -> desk.service().publish(d.id()));

        assertThat(out.apiItem(d.id(), null)).isNull();
        assertThat(out.apiItem(d.id(), issued.token()).get("pubStatus").asString()).isEqualTo("withheld");
        assertThat(desk.as("admin", () -> apiClients.list()).stream().filter(c -> c.id() == issued.id()).findFirst()
                .orElseThrow().lastUsedAt()).isNotNull();

        desk.as("admin", () -> apiClients.revoke(issued.id()));
        MvcResult refused = out.api("/api/ninjs/" + d.id(), issued.token());
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("error=\"invalid_token\"");
        assertThat(json(refused).get("message").asString()).isEqualTo("The bearer token is invalid or has been revoked.");
    }

    @Test
    void responsesAreConditionalAndCachedPerAudience() throws Exception {
        var d = desk.publish(desk.draft(Unique.unique("Cache API"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        String path = "/api/ninjs/" + d.id();
        MvcResult anonymous = out.api(path, null);
        String etag = anonymous.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.VARY)).contains("Authorization");
        assertThat(anonymous.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        ConditionalGet.assertConditional(mvc, path);

        String token = token("Cache partner");
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache, private"));

        desk.as("editor", () -> desk.service().kill(d.id(), "Retirée."));
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotFound());
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
    }
}
