package org.newsdesk.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.picture.PictureFixture;
import org.newsdesk.picture.Pictures;
import org.newsdesk.picture.TestImages;
import org.newsdesk.support.ConnectionCounter;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.support.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pictures on the public site: article, lists, picture pages, renditions and what a kill takes away. */
@IntegrationTest
class PublicPicturesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Newsroom newsroom;
    @Autowired
    PictureFixture fixture;
    @Autowired
    Pictures pictures;
    @Autowired
    JdbcClient jdbc;

    final TestEdition desk;

    PublicPicturesTest(@Autowired Newsroom newsroom) {
        this.desk = newsroom.newEdition();
    }

    @AfterEach
    void cleanUp() {
        desk.cleanUp();
    }

    @Test
    void theArticleShowsItsLeadPictureAndGalleryWithCaptionsCreditsAndNoLayoutShift() throws Exception {
        String caption = "Ilham Aliyev a reçu António Vitorino " + Unique.marker();
        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Photos"), "politics"), caption, new java.util.Random().nextInt());
        String path = articlePath(published.dispatch().id());

        String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // The lead: <picture> with WebP and JPEG srcsets, width and height, eager; caption and credit visible.
        String lead = html.substring(html.indexOf("<figure class=\"picture picture--lead\">"), html.indexOf("</figure>") + 9);
        assertThat(lead).contains("<source type=\"image/webp\" srcset=\"/media/").contains(" 480w, /media/")
                .containsPattern("<img src=\"/media/[0-9a-f]{64}\\.jpg\" srcset=\"[^\"]+ 1000w\"")
                .contains("width=\"1000\"", "height=\"700\"", "alt=\"Deux hommes se serrent la main\"", "fetchpriority=\"high\"")
                .doesNotContain("loading=\"lazy\"")
                .contains(caption, "Photo: Jean Objectif / AZERTAC", "© AZERTAC 2023");
        // The gallery below the text: lazy, linked to its picture page.
        String gallery = html.substring(html.indexOf("<section class=\"gallery\""));
        assertThat(gallery).contains("loading=\"lazy\"", "La salle de réunion", "href=\"" + path + "/pictures/2\"",
                "alt=\"Une salle avec des drapeaux\"");
        // Link previews and structured data.
        assertThat(html).containsPattern("<meta property=\"og:image\" content=\"http://localhost/media/[0-9a-f]{64}\\.jpg\">")
                .contains("<meta property=\"og:image:width\" content=\"1200\">", "<meta property=\"og:image:height\" content=\"630\">",
                        "<meta property=\"og:image:alt\" content=\"Deux hommes se serrent la main\">",
                        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                        "<meta name=\"twitter:image:alt\" content=\"Deux hommes se serrent la main\">")
                .contains("\"@type\":\"ImageObject\"", "\"creditText\":\"AZERTAC\"", "\"copyrightNotice\":\"© AZERTAC 2023\"",
                        "\"creator\":{\"@type\":\"Person\",\"name\":\"Jean Objectif\"}");

        // The picture page.
        String page = mvc.perform(get(path + "/pictures/2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("La salle de réunion", "Picture 2 of 2").contains("href=\"" + path + "\"");
        mvc.perform(get(path + "/pictures/3")).andExpect(status().isNotFound());

        // Edition and section pages show the lead's thumbnail.
        String thumbKey = jdbc.sql("SELECT media_key FROM published_rendition WHERE dispatch_id = :d AND kind = 'thumb' AND format = 'jpg' "
                + "AND picture_id = :p").param("d", published.dispatch().id()).param("p", published.pictures().getFirst().pictureId())
                .query(String.class).single();
        for (String list : List.of("/" + desk.edition + "/", "/" + desk.edition + "/politics/")) {
            assertThat(mvc.perform(get(list)).andReturn().getResponse().getContentAsString())
                    .as(list).contains("<img src=\"/media/" + thumbKey + "\" width=\"360\" height=\"240\" alt=\"\"");
        }
    }

    @Test
    void renditionsAreImmutableAndServedFromMemoryNotTheDatabase() throws Exception {
        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Cache"), "politics"), "Légende", new java.util.Random().nextInt());
        String html = mvc.perform(get(articlePath(published.dispatch().id()))).andReturn().getResponse().getContentAsString();
        List<String> urls = Pattern.compile("/media/[0-9a-f]{64}\\.(?:jpg|webp)").matcher(html).results().map(m -> m.group()).distinct().toList();
        assertThat(urls).hasSizeGreaterThan(6);

        for (String url : urls) {
            var response = mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                    // Identical renditions of two pictures are one file: it carries every dispatch that shows it.
                    .andExpect(header().string("Surrogate-Key", org.hamcrest.Matchers.matchesPattern(
                            "(.* )?article-" + published.dispatch().id() + "( .*)?")))
                    .andReturn().getResponse();
            assertThat(response.getContentType()).isIn("image/jpeg", "image/webp");
            assertThat(response.getContentAsByteArray().length).isEqualTo(Integer.parseInt(response.getHeader("Content-Length")));
        }
        int borrowed = ConnectionCounter.borrowedDuring(() -> {
            for (int i = 0; i < 50; i++) {
                for (String url : urls) {
                    mvc.perform(get(url)).andExpect(status().isOk());
                }
            }
        });
        assertThat(borrowed).as("connections borrowed by repeated rendition requests").isZero();
    }

    @Test
    void draftPicturesAreNotPublicAndAKillTakesEveryPublicAddressAway() throws Exception {
        // A picture of a draft: its renditions exist but are not public.
        var draft = desk.create(desk.draft(Unique.unique("Brouillon"), "politics"));
        var upload = newsroom.as("editor", () -> pictures.upload(draft.id(), "draft.jpg", TestImages.jpeg(500, 300, new java.util.Random().nextInt()))).picture();
        String draftKey = jdbc.sql("SELECT media_key FROM picture_rendition WHERE picture_id = :p AND kind = 'thumb' AND format = 'jpg'")
                .param("p", upload.pictureId()).query(String.class).single();
        mvc.perform(get("/media/" + draftKey)).andExpect(status().isNotFound());
        mvc.perform(get("/media/../../etc/passwd")).andExpect(status().is4xxClientError());

        var published = fixture.publishWithTwoPictures(desk.draft(Unique.unique("Retrait"), "politics"), "Légende", new java.util.Random().nextInt());
        long id = published.dispatch().id();
        String path = articlePath(id);
        List<String> keys = jdbc.sql("SELECT media_key FROM published_rendition WHERE dispatch_id = :d").param("d", id)
                .query(String.class).list();
        for (String key : keys) {
            mvc.perform(get("/media/" + key)).andExpect(status().isOk());
        }
        mvc.perform(get(path + "/pictures/1")).andExpect(status().isOk());

        desk.as("editor", () -> desk.service().kill(id, "Dépêche retirée."));

        mvc.perform(get(path)).andExpect(status().isGone());
        mvc.perform(get(path + "/pictures/1")).andExpect(status().isGone());
        mvc.perform(get(path + "/pictures/2")).andExpect(status().isGone());
        for (String key : keys) {
            mvc.perform(get("/media/" + key)).andExpect(status().isNotFound());
        }
        // Kept for staff.
        assertThat(newsroom.as("editor", () -> pictures.ofDispatch(id))).hasSize(2);
    }

    @Test
    void theDemoAzertacDispatchHasItsGeneratedPictureWithAFrenchCaptionAndCredit() throws Exception {
        String html = mvc.perform(get("/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<figure class=\"picture picture--lead\">",
                "à Bakou (illustration de démonstration)", "Photo : Illustration Newsdesk / AZERTAC",
                "alt=\"Illustration : deux fauteuils face à face");
    }

    private String articlePath(long id) {
        return jdbc.sql("SELECT CONCAT('/', language, '/', DATE_FORMAT(first_published_at, '%Y/%m/%d'), '/', slug) "
                + "FROM published_dispatch WHERE dispatch_id = :id").param("id", id).query(String.class).single();
    }
}
