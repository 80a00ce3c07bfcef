package org.newsdesk.syndication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.newsdesk.support.Unique;
import org.newsdesk.support.ConditionalGet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sitemap index, paged article sitemaps, the Google News sitemap and robots.txt, parsed as XML. */
class SitemapTest extends OutputsTest {

    static final String AZERTAC_URL = "http://localhost/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim";

    @Autowired
    org.newsdesk.publication.SyndicatedDispatches syndicated;

    @Test
    void theIndexNamesEveryArticlePageAndTheNewsSitemap() throws Exception {
        MvcResult result = out.get200("/sitemap.xml");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
        Document index = Outputs.xml(result.getResponse().getContentAsByteArray());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(Outputs.SITEMAP_NS);
        long pages = Math.max(1, (syndicated.publicArticleCount() + 49_999) / 50_000);
        var locs = Outputs.texts(index, Outputs.SITEMAP_NS, "loc");
        assertThat(locs).hasSize((int) pages + 1)
                .startsWith("http://localhost/sitemaps/articles-1.xml")
                .endsWith("http://localhost/sitemaps/news.xml");
        // Each article page says when something on it last changed; the demo data is public, so no page is empty.
        var lastmods = Outputs.texts(index, Outputs.SITEMAP_NS, "lastmod");
        assertThat(lastmods).hasSize((int) pages).allSatisfy(l -> assertThat(java.time.Instant.parse(l)).isNotNull());
                mvc.perform(get("/sitemaps/articles-0.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemaps/articles-" + (pages + 1) + ".xml")).andExpect(status().isNotFound());
    }

    @Test
    void articleSitemapsListPublishedArticlesOnlyWithTheirLastChange() throws Exception {
        var d = desk.publish(desk.draft(Unique.unique("Plan du site"), "politics"));
        var draftOnly = desk.create(desk.draft(Unique.unique("Brouillon"), "politics"));
        String url = "http://localhost/" + desk.edition + "/"
                + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(d.firstPublishedAt()) + "/" + d.slug();

        Document page = out.xml("/sitemaps/articles-1.xml");
        assertThat(page.getDocumentElement().getLocalName()).isEqualTo("urlset");
        var urls = page.getElementsByTagNameNS(Outputs.SITEMAP_NS, "url");
        assertThat(urls.getLength()).isBetween(1, 50_000);
        String lastmodOfAzertac = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element entry = (Element) urls.item(i);
            String loc = Outputs.firstChild(entry, Outputs.SITEMAP_NS, "loc").getTextContent();
            assertThat(loc).doesNotContain(draftOnly.slug()).doesNotContain("caspian-energy-forum");
            if (loc.equals(AZERTAC_URL)) {
                lastmodOfAzertac = Outputs.firstChild(entry, Outputs.SITEMAP_NS, "lastmod").getTextContent();
            }
        }
        assertThat(lastmodOfAzertac).isEqualTo("2023-03-01T09:30:00Z");
        assertThat(out.sitemapUrls()).contains(url, AZERTAC_URL);
    }

    @Test
    void theNewsSitemapHoldsTheLastTwoDaysWithPublicationNameLanguageDateAndTitle() throws Exception {
        String headline = Unique.unique("L’actualité « brûlante » & le reste");
        var d = desk.publish(desk.draft(headline, "politics"));
        String url = "http://localhost/" + desk.edition + "/"
                + DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(d.firstPublishedAt()) + "/" + d.slug();

        Document news = out.xml("/sitemaps/news.xml");
        var urls = news.getElementsByTagNameNS(Outputs.SITEMAP_NS, "url");
        assertThat(urls.getLength()).isBetween(1, 1000);
        Element entry = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element candidate = (Element) urls.item(i);
            if (Outputs.firstChild(candidate, Outputs.SITEMAP_NS, "loc").getTextContent().equals(url)) {
                entry = candidate;
            }
        }
        assertThat(entry).isNotNull();
        Element publication = Outputs.firstChild(entry, Outputs.NEWS_NS, "publication");
        assertThat(Outputs.firstChild(publication, Outputs.NEWS_NS, "name").getTextContent()).isEqualTo("AZERTAC");
        assertThat(Outputs.firstChild(publication, Outputs.NEWS_NS, "language").getTextContent()).isEqualTo(desk.edition);
        assertThat(Outputs.firstChild(entry, Outputs.NEWS_NS, "publication_date").getTextContent())
                .isEqualTo(d.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(Outputs.firstChild(entry, Outputs.NEWS_NS, "title").getTextContent()).isEqualTo(headline);
        assertThat(out.newsSitemapUrls()).doesNotContain(SitemapTest.AZERTAC_URL);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(out.newsSitemapUrls()).doesNotContain(url);
    }

    @Test
    void robotsTxtNamesTheSitemapsAndKeepsCrawlersOutOfTheNewsroomAndTheApi() throws Exception {
        MvcResult result = out.get200("/robots.txt");
        assertThat(result.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=3600, public");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("""
                User-agent: *
                Disallow: /newsroom/
                Disallow: /api/

                Sitemap: http://localhost/sitemap.xml
                Sitemap: http://localhost/sitemaps/news.xml
                """);
    }

    @Test
    void sitemapsAnswerConditionalRequestsAndAreNeverStale() throws Exception {
        desk.publish(desk.draft(Unique.unique("Conditionnel"), "politics"));
        ConditionalGet.passAllChanges(clock, versions);
        for (String path : new String[] {"/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml"}) {
            MvcResult first = out.get200(path);
            String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, public");
            mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
            ConditionalGet.assertConditional(mvc, path);
        }
        String etag = out.get200("/sitemaps/news.xml").getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = out.get200("/sitemaps/news.xml").getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        desk.publish(desk.draft(Unique.unique("Encore"), "politics"));
        clock.advance(Duration.ofSeconds(5));
        mvc.perform(get("/sitemaps/news.xml").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
        mvc.perform(get("/sitemaps/news.xml").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isOk());
    }
}
