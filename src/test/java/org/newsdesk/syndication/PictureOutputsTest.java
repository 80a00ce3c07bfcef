package org.newsdesk.syndication;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndEntry;
import org.junit.jupiter.api.Test;
import org.newsdesk.picture.PictureFixture;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures in every machine output: ninjs associations (valid ninjs 3.1), RSS and Atom enclosures, Media RSS, image sitemap. */
class PictureOutputsTest extends OutputsTest {

    @Autowired
    PictureFixture fixture;

    @Test
    void ninjsCarriesThePicturesAsAssociationsWithRenditionsAndStaysValid() throws Exception {
        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Ninjs photos"), "politics"), "Légende", new java.util.Random().nextInt());
        long id = published.dispatch().id();

        String json = out.get200("/api/ninjs/" + id).getResponse().getContentAsString();
        NinjsSchema.assertValid(json);
        JsonNode item = Outputs.JSON.readTree(json);
        JsonNode associations = item.get("associations");
        assertThat(associations.size()).isEqualTo(2);
        JsonNode lead = associations.get(0);
        assertThat(lead.get("name").asString()).isEqualTo("featureimage");
        assertThat(lead.get("type").asString()).isEqualTo("picture");
        assertThat(lead.get("uri").asString()).isEqualTo("urn:newsdesk:picture:" + published.pictures().getFirst().pictureId());
        assertThat(lead.get("by").asString()).isEqualTo("Jean Objectif");
        assertThat(lead.get("copyrightHolder").asString()).isEqualTo("AZERTAC");
        assertThat(lead.get("copyrightNotice").asString()).isEqualTo("© AZERTAC 2023");
        assertThat(lead.get("descriptions").toString()).contains("\"role\":\"caption\"", "Légende",
                "\"role\":\"alt\"", "Deux hommes se serrent la main");
        JsonNode renditions = lead.get("renditions");
        assertThat(renditions.size()).isGreaterThanOrEqualTo(8);
        boolean sawJpeg1000 = false;
        for (JsonNode r : renditions) {
            assertThat(r.get("href").asString()).matches("http://localhost/media/[0-9a-f]{64}\\.(jpg|webp)");
            assertThat(r.get("contentType").asString()).isIn("image/jpeg", "image/webp");
            assertThat(r.get("width").asInt()).isPositive();
            assertThat(r.get("height").asInt()).isPositive();
            sawJpeg1000 |= r.get("name").asString().equals("w1000") && r.get("width").asInt() == 1000 && r.get("height").asInt() == 700;
            // Every href is a file the public can fetch.
            out.get200(r.get("href").asString().substring("http://localhost".length()));
        }
        assertThat(sawJpeg1000).isTrue();
        assertThat(associations.get(1).get("name").asString()).isEqualTo("picture-2");

        String list = out.get200("/api/ninjs?lang=" + desk.edition).getResponse().getContentAsString();
        JsonNode items = Outputs.JSON.readTree(list).get("items");
        NinjsSchema.assertValid(items.get(0).toString());
        assertThat(items.get(0).get("associations").size()).isEqualTo(2);

        desk.as("editor", () -> desk.service().kill(id, "Retirée."));
        out.get200("/" + desk.edition + "/");
        // Killed items are gone from the public list; their single item keeps no pictures.
        var killed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/ninjs/" + id)).andReturn();
        assertThat(killed.getResponse().getContentAsString()).doesNotContain("associations");
    }

    @Test
    void feedsCarryTheLeadPictureAsEnclosureAndMediaContentAndParseBack() throws Exception {
        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Feed photos"), "politics"), "Légende du flux", new java.util.Random().nextInt());
        long id = published.dispatch().id();

        var rss = FeedTest.parse(out.get200("/" + desk.edition + "/rss.xml"));
        SyndEntry entry = rss.getEntries().stream().filter(e -> e.getUri().equals("urn:newsdesk:dispatch:" + id)).findFirst().orElseThrow();
        assertThat(entry.getEnclosures()).hasSize(1);
        var enclosure = entry.getEnclosures().getFirst();
        assertThat(enclosure.getUrl()).matches("http://localhost/media/[0-9a-f]{64}\\.jpg");
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        assertThat(enclosure.getLength()).isPositive();
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
        assertThat(media).isNotNull();
        var content = media.getMediaContents()[0];
        assertThat(content.getReference().toString()).isEqualTo(enclosure.getUrl());
        assertThat(content.getWidth()).isEqualTo(1000);
        assertThat(content.getHeight()).isEqualTo(700);
        assertThat(content.getMedium()).isEqualTo("image");
        assertThat(content.getMetadata().getCredits()[0].getName()).isEqualTo("Jean Objectif / AZERTAC");
        out.get200(enclosure.getUrl().substring("http://localhost".length()));

        byte[] atomBytes = out.get200("/" + desk.edition + "/atom.xml").getResponse().getContentAsByteArray();
        assertThat(new String(atomBytes, java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("<link rel=\"enclosure\" type=\"image/jpeg\" href=\"http://localhost/media/[0-9a-f]{64}\\.jpg\" length=\"\\d+\"");
        var atom = new com.rometools.rome.io.SyndFeedInput().build(new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(atomBytes)));
        SyndEntry atomEntry = atom.getEntries().stream().filter(e -> e.getUri().equals("urn:newsdesk:dispatch:" + id)).findFirst().orElseThrow();
        assertThat(atomEntry.getEnclosures()).extracting(e -> e.getUrl()).containsExactly(enclosure.getUrl());
    }

    @Test
    void theArticleSitemapListsThePictures() throws Exception {
        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Sitemap photos"), "politics"), "Légende", new java.util.Random().nextInt());
        long id = published.dispatch().id();
        var images = new java.util.ArrayList<String>();
        for (String page : Outputs.texts(out.xml("/sitemap.xml"), Outputs.SITEMAP_NS, "loc")) {
            if (page.contains("/sitemaps/articles-")) {
                images.addAll(Outputs.texts(out.xml(page.substring("http://localhost".length())),
                        "http://www.google.com/schemas/sitemap-image/1.1", "loc"));
            }
        }
        var keys = newsroomKeys(id);
        assertThat(images).containsAll(keys.stream().map(k -> "http://localhost/media/" + k).toList());

        desk.as("editor", () -> desk.service().kill(id, "Retirée."));
        var after = new java.util.ArrayList<String>();
        for (String page : Outputs.texts(out.xml("/sitemap.xml"), Outputs.SITEMAP_NS, "loc")) {
            if (page.contains("/sitemaps/articles-")) {
                after.addAll(Outputs.texts(out.xml(page.substring("http://localhost".length())),
                        "http://www.google.com/schemas/sitemap-image/1.1", "loc"));
            }
        }
        assertThat(after).doesNotContainAnyElementsOf(keys.stream().map(k -> "http://localhost/media/" + k).toList());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The largest JPEG of each of the dispatch's published pictures. */
    private java.util.List<String> newsroomKeys(long id) {
        return jdbc.sql("""
                        SELECT r.media_key FROM published_rendition r WHERE r.dispatch_id = :d AND r.format = 'jpg' AND r.kind LIKE 'w%'
                        AND r.width = (SELECT MAX(x.width) FROM published_rendition x WHERE x.dispatch_id = r.dispatch_id
                                       AND x.picture_id = r.picture_id AND x.format = 'jpg' AND x.kind LIKE 'w%')""")
                .param("d", id).query(String.class).list();
    }
}
