package org.newsdesk.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.support.ConditionalGet;
import org.newsdesk.support.Newsroom;
import org.newsdesk.publication.PublicationVersions;
import org.newsdesk.support.Unique;
import org.newsdesk.TestClock;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public site: editions, sections, articles, kills, embargoes, caching headers and metadata. */
@IntegrationTest
class PublicSiteTest {

    static final String AZERTAC_PATH = "/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim";
    static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    DispatchService service;

    @Autowired
    TestClock clock;

    @Autowired
    PublicationVersions versions;

    @Autowired
    JsonMapper json;

    @Autowired
    Newsroom fixtures;


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String path(DispatchDetails d) {
        return "/" + d.draft().language() + "/" + PATH_DATE.format(d.firstPublishedAt()) + "/" + d.slug();
    }

    String body(String url) throws Exception {
        // A URI, not a template: the query is sent exactly as written.
        return mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // --- the front door ---

    @Test
    void frontDoorSendsReadersToTheEditionOfTheirLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/fr/"))
                .andExpect(header().string("Vary", containsString("Accept-Language")));
        mvc.perform(get("/").header("Accept-Language", "de-DE, fr;q=0.3")).andExpect(redirectedUrl("/fr/"));
        // No edition matches, no header, or a malformed one: the default edition.
        mvc.perform(get("/").header("Accept-Language", "ja")).andExpect(redirectedUrl("/en/"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
        mvc.perform(get("/").header("Accept-Language", ";;q=x,,")).andExpect(redirectedUrl("/en/"));
    }

    @Test
    void addressesWithoutTheirFinalSlashRedirectPermanently() throws Exception {
        mvc.perform(get("/fr")).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/fr/"));
        mvc.perform(get("/fr/politics")).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/fr/politics/"));
        mvc.perform(get("/xx").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    // --- edition, section ---

    @Test
    void editionFrontPageHasTopStoriesLatestAndSectionBlocksInItsLanguage() throws Exception {
        mvc.perform(get("/fr/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("class=\"skip-link\" href=\"#main\""),
                        containsString("aria-current=\"page\">Français</a>"),
                        containsString("<a href=\"/fr/politics/\">Politique</a>"),
                        containsString("href=\"" + AZERTAC_PATH + "\""),
                        containsString("Bakou, 1er mars, AZERTAC"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost/fr/\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/\">"),
                        containsString("\"@type\":\"WebSite\""),
                        // Objects in a fixed order: every node writes the same bytes (and ETag) for the page.
                        containsString("\"potentialAction\":{\"@type\":\"SearchAction\",\"target\":"),
                        containsString("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Newsdesk · Français (RSS)\" href=\"http://localhost/fr/rss.xml\">"),
                        containsString("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Newsdesk · Français (Atom)\" href=\"http://localhost/fr/atom.xml\">"),
                        containsString("<form class=\"site-search\" role=\"search\" action=\"/fr/search\""),
                        not(containsString("Ilham Aliyev receives")),
                        not(containsString("Caspian energy forum")))));
        long h1 = Pattern.compile("<h1[ >]").matcher(body("/fr/")).results().count();
        assertThat(h1).isEqualTo(1);
    }

    @Test
    void sectionPagesListTheirDispatchesAndPageWithCursors() throws Exception {
        mvc.perform(get("/fr/politics/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Politique</h1>"), containsString("Ilham Aliyev a reçu"),
                        containsString("type=\"application/rss+xml\" title=\"Newsdesk · Politique (RSS)\" href=\"http://localhost/fr/politics/rss.xml\""))));
        mvc.perform(get("/fr/culture/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n’a encore été publié ici.")));
        mvc.perform(get("/fr/no-such-section/").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        // A cursor from an older link is a stable address; a forged one is a clear 400, never a 500.
        mvc.perform(get("/fr/politics/").param("before", "1677663000000000-1")).andExpect(status().isOk());
        for (String bad : new String[] {"x", "1-", "-1", "99999999999999999999-1", "1677663000000000-1' OR 1=1 --"}) {
            mvc.perform(get("/fr/politics/").param("before", bad).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/fr/politics/").param("before", "1-1").param("after", "1-1").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keysetPagingWalksASectionBothWaysWithoutGapsOrRepeats() throws Exception {
        var desk = fixtures.newEdition(); // an edition of its own, so other tests' dispatches don't interfere
        String language = desk.edition;
        String marker = Unique.marker();
        java.util.List<String> headlines = new java.util.ArrayList<>();
        for (int i = 0; i < SiteController.SECTION_PAGE + 5; i++) {
            String headline = "Paging " + marker + " " + i;
            headlines.add(headline);
            desk.publish(new DispatchDraft(language, headline, null, null, null, null, "Body " + i, "sports", null, 5, null));
            clock.advance(Duration.ofSeconds(1));
        }
        String first = body("/" + language + "/sports/");
        assertThat(first).contains(headlines.getLast(), headlines.get(5)).doesNotContain(headlines.get(4) + "<");
        Matcher older = Pattern.compile("href=\"/" + language + "/sports/\\?before=([0-9-]+)\" rel=\"next\"").matcher(first);
        assertThat(older.find()).isTrue();
        String second = body("/" + language + "/sports/?before=" + older.group(1));
        assertThat(second).contains(headlines.get(4) + "<", headlines.getFirst() + "<").doesNotContain(headlines.get(5) + "<")
                .doesNotContain("rel=\"next\"");
        Matcher newer = Pattern.compile("href=\"/" + language + "/sports/\\?after=([0-9-]+)\" rel=\"prev\"").matcher(second);
        assertThat(newer.find()).isTrue();
        String back = body("/" + language + "/sports/?after=" + newer.group(1));
        assertThat(back).contains(headlines.get(5) + "<", headlines.getLast() + "<").doesNotContain(headlines.get(4) + "<");
        desk.cleanUp();
    }

    // --- article ---

    @Test
    void articlePageShowsTheDispatchWithItsMetadata() throws Exception {
        String html = body(AZERTAC_PATH);
        assertThat(html).contains(
                "<html lang=\"fr\">",
                "<h1>Ilham Aliyev a reçu le directeur général de l’OIM</h1>",
                "<p class=\"dateline\">Bakou, 1er mars, AZERTAC</p>",
                // 09:30 UTC in the agency's zone (Baku, UTC+4), in French
                "<time datetime=\"2023-03-01T13:30:00+04:00\">1 mars 2023",
                "<p>Le président azerbaïdjanais Ilham Aliyev a reçu le 1er mars",
                "très appréciées.</p>",
                "<p class=\"kicker\"><a href=\"/fr/politics/\">Politique</a></p>",
                "<title>Ilham Aliyev a reçu le directeur général de l’OIM · Newsdesk</title>",
                "<meta name=\"description\" content=\"Le président azerbaïdjanais",
                "<link rel=\"canonical\" href=\"http://localhost" + AZERTAC_PATH + "\">",
                "<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost" + AZERTAC_PATH + "\">",
                "<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/2023/03/01/ilham-aliyev-receives-iom-director-general\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/en/2023/03/01/ilham-aliyev-receives-iom-director-general\">",
                "<nav class=\"translations\" aria-label=\"Aussi en\">",
                "<a href=\"/en/2023/03/01/ilham-aliyev-receives-iom-director-general\" hreflang=\"en\" lang=\"en\"",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:title\" content=\"Ilham Aliyev a reçu le directeur général de l’OIM · Newsdesk\">",
                "<meta property=\"og:url\" content=\"http://localhost" + AZERTAC_PATH + "\">",
                "<meta property=\"article:published_time\" content=\"2023-03-01T13:30:00+04:00\">",
                "<meta property=\"article:tag\" content=\"OIM\">",
                // The demo picture (docs/pictures.md) makes it a large card.
                "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                "href=\"/fr/search?q=migrations&amp;page=1\">migrations</a>");
        JsonNode ld = jsonLd(html);
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo("Ilham Aliyev a reçu le directeur général de l’OIM");
        assertThat(ld.get("datePublished").asString()).isEqualTo("2023-03-01T13:30:00+04:00");
        assertThat(ld.get("dateModified").asString()).isEqualTo("2023-03-01T13:30:00+04:00");
        assertThat(ld.get("inLanguage").asString()).isEqualTo("fr");
        assertThat(ld.get("url").asString()).isEqualTo("http://localhost" + AZERTAC_PATH);
        assertThat(ld.get("publisher").get("name").asString()).isEqualTo("AZERTAC");
        assertThat(ld.get("author").get("name").asString()).isNotBlank();
    }

    JsonNode jsonLd(String html) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("JSON-LD present").isTrue();
        return json.readTree(m.group(1));
    }

    @Test
    void correctionShowsTheNoteAndTheUpdateTimeAndChangesTheValidators() throws Exception {
        String marker = Unique.marker();
        var live = fixtures.publish(Newsroom.draft("en", "Port figures " + marker, "Ten ships arrived."));
        String url = path(live);
        var first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());

        var current = fixtures.get(live.id());
        var edit = new DispatchDraft("en", "Port figures " + marker, "SITE", null, "Test Desk", "A lead paragraph.",
                "Twelve ships arrived.", "economy", "site, test", 5, null);
        fixtures.as("editor", () -> service.save(live.id(), current.version(), edit));
        // Saving the working copy changes nothing readers see: still a 304.
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        fixtures.as("editor", () -> service.correct(live.id(), "The number of ships was wrong."));

        var after = mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        String html = after.getResponse().getContentAsString();
        assertThat(html).contains("Twelve ships arrived.", "<h2 id=\"corrections-heading\">Correction</h2>",
                "The number of ships was wrong.", "Updated <time").doesNotContain("Ten ships");
        JsonNode ld = jsonLd(html);
        assertThat(ld.get("dateModified").asString()).isNotEqualTo(ld.get("datePublished").asString());
        assertThat(url).isEqualTo(path(fixtures.get(live.id())));
    }

    @Test
    void killedArticleAnswers410WithItsNoticeAndLeavesEveryList() throws Exception {
        String marker = Unique.marker();
        var live = fixtures.publish(Newsroom.draft("en", "Withdrawn story " + marker, "Text " + marker));
        String url = path(live);
        assertThat(body("/en/")).contains(marker);
        assertThat(body("/en/search?q=" + marker)).contains("Withdrawn story");
        fixtures.as("editor", () -> service.kill(live.id(), "This dispatch was withdrawn: the source retracted the figures."));

        var gone = mvc.perform(get(url)).andExpect(status().isGone()).andReturn().getResponse();
        assertThat(gone.getContentAsString()).contains("<h1>Dispatch withdrawn</h1>",
                "This dispatch was withdrawn: the source retracted the figures.").doesNotContain("Text " + marker);
        assertThat(gone.getHeader("ETag")).isNotNull();
        assertThat(body("/en/")).doesNotContain(marker);
        assertThat(body("/en/economy/")).doesNotContain(marker);
        assertThat(body("/en/search?q=" + marker)).doesNotContain("Withdrawn story");
    }

    @Test
    void unpublishedEmbargoedAndScheduledArticlesAre404sExactlyLikeUnknownOnes() throws Exception {
        String marker = Unique.marker();
        var draft = fixtures.create(Newsroom.draft("en", "Draft " + marker, "Secret draft " + marker));
        var embargoed = fixtures.create(Newsroom.draft("en", "Embargoed " + marker, "Embargoed text " + marker));
        fixtures.as("editor", () -> service.setEmbargo(embargoed.id(), clock.instant().plus(Duration.ofHours(3))));
        var live = fixtures.as("editor", () -> service.publish(embargoed.id()));
        var scheduled = fixtures.create(Newsroom.draft("en", "Scheduled " + marker, "Scheduled text " + marker));
        fixtures.as("editor", () -> service.schedule(scheduled.id(), clock.instant().plus(Duration.ofHours(1))));

        String today = PATH_DATE.format(clock.instant());
        MvcResult unknown = mvc.perform(get("/en/" + today + "/never-existed-" + marker).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(unknown.getResponse().getHeader("Cache-Control")).contains("no-store");
        for (String slug : new String[] {draft.slug(), scheduled.slug(), live.slug()}) {
            MvcResult r = mvc.perform(get("/en/" + today + "/" + slug).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound()).andReturn();
            assertThat(r.getResponse().getHeaderNames()).containsExactlyInAnyOrderElementsOf(unknown.getResponse().getHeaderNames());
            assertThat(r.getResponse().getHeader("ETag")).isNull();
        }
        assertThat(body("/en/")).doesNotContain(marker);
        assertThat(body("/en/search?q=" + marker)).doesNotContain(marker + "<");
    }

    @Test
    void anEmbargoLiftsAtItsInstantAndTheValidatorsChangeWithoutAnyWrite() throws Exception {
        String marker = Unique.marker();
        var d = fixtures.create(Newsroom.draft("en", "Embargo lifts " + marker, "Embargoed words " + marker));
        fixtures.as("editor", () -> service.setEmbargo(d.id(), clock.instant().plus(Duration.ofHours(2))));
        var live = fixtures.as("editor", () -> service.publish(d.id()));
        String url = path(live);
        mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        var before = mvc.perform(get("/en/")).andReturn().getResponse();
        assertThat(before.getContentAsString()).doesNotContain(marker);

        clock.advance(Duration.ofHours(2).plusSeconds(1));
        mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString("Embargo lifts " + marker)));
        mvc.perform(get("/en/").header("If-None-Match", before.getHeader("ETag")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(marker)));
        assertThat(body("/en/search?q=" + marker)).contains("Embargo lifts");
    }

    // --- HTTP ---

    @Test
    void pagesCarryValidatorsAndAnswerConditionalRequestsWith304() throws Exception {
        ConditionalGet.passAllChanges(clock, versions);
        var r = mvc.perform(get(AZERTAC_PATH)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", allOf(containsString("public"), containsString("must-revalidate"))))
                .andReturn().getResponse();
        String etag = r.getHeader("ETag");
        String lastModified = r.getHeader("Last-Modified");
        assertThat(etag).matches("W/\".+\"");
        assertThat(lastModified).isNotBlank();
        mvc.perform(get(AZERTAC_PATH).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(content().string(""));
        mvc.perform(get(AZERTAC_PATH).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
        mvc.perform(get(AZERTAC_PATH).header("If-None-Match", "W/\"something-else\"")).andExpect(status().isOk());
        for (String url : new String[] {"/fr/", "/fr/politics/", "/fr/search?q=OIM"}) {
            String tag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
            mvc.perform(get(url).header("If-None-Match", tag)).andExpect(status().isNotModified());
        }
    }

    @Test
    void securityHeadersAreOnEveryPage() throws Exception {
        for (String url : new String[] {"/fr/", AZERTAC_PATH, "/fr/search?q=x", "/fr/politics/"}) {
            mvc.perform(get(url))
                    .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                            containsString("script-src 'self'"), containsString("frame-ancestors 'none'"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
    }

    @Test
    void unknownEditionsArticlesAndPagesAre404s() throws Exception {
        // The bodies of error pages are checked against a real server in SitePagesIT.
        for (String url : new String[] {"/xx/", "/fr/2023/03/02/ilham-aliyev-a-recu-le-directeur-general-de-loim",
                "/fr/2023/02/31/anything", "/en/2023/03/02/caspian-energy-forum-opens-in-baku", "/no/such/page",
                "/xx/search?q=a"}) {
            mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        }
    }

    @Test
    void theDefaultEditionExistsEvenWithoutContentAndTheEditionListIsStable() throws Exception {
        mvc.perform(get("/en/")).andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("hreflang=\"en\" aria-current=\"page\">English</a>",
                        "hreflang=\"fr\">Français</a>")));
    }

    static DispatchDraft withDateline(DispatchDraft d, String place) {
        return new DispatchDraft(d.language(), d.headline(), d.slugline(), new Dateline(place, LocalDate.of(2026, 11, 27)),
                d.byline(), d.lead(), d.body(), d.sectionCode(), d.keywords(), d.urgency(), d.slug());
    }
}
