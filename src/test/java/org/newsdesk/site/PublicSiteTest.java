package org.newsdesk.site;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public site shell: home, editions, sections, article, and its own error pages. */
@IntegrationTest
class PublicSiteTest {

    static final String AZERTAC_PATH = "/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim";

    @Autowired
    MockMvc mvc;

    @Test
    void homeListsPublishedDispatchesNewestFirstAndNoDrafts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("<a class=\"skip-link\" href=\"#main\">Skip to content</a>"),
                        // 10:15 UTC English item before the 09:30 UTC French one
                        stringContainsInOrder("Ilham Aliyev receives IOM Director General",
                                "Ilham Aliyev a reçu le directeur général de l’OIM"),
                        containsString("Bakou, 1er mars, AZERTAC"),
                        containsString("href=\"" + AZERTAC_PATH + "\""),
                        // no lead: the first paragraph stands in
                        containsString("<p class=\"summary\">Le président azerbaïdjanais Ilham Aliyev a reçu le 1er mars"),
                        not(containsString("Caspian energy forum")))));
    }

    @Test
    void navigationOffersEditionsWithContent() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/en/\" lang=\"en\" hreflang=\"en\">English</a>"),
                        containsString("<a href=\"/fr/\" lang=\"fr\" hreflang=\"fr\">Français</a>"))));
    }

    @Test
    void editionPageIsInItsLanguageWithSections() throws Exception {
        mvc.perform(get("/fr/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("aria-current=\"page\">Français</a>"),
                        containsString("<a href=\"/fr/politics/\">Politique</a>"),
                        containsString("Bakou, 1er mars, AZERTAC"),
                        not(containsString("Ilham Aliyev receives")))));
    }

    @Test
    void sectionPageListsItsDispatches() throws Exception {
        mvc.perform(get("/fr/politics/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ilham Aliyev a reçu")));
        mvc.perform(get("/fr/culture/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n’a encore été publié ici.")));
        mvc.perform(get("/fr/no-such-section/").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void articlePageShowsTheDispatchWithItsText() throws Exception {
        mvc.perform(get(AZERTAC_PATH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("<h1>Ilham Aliyev a reçu le directeur général de l’OIM</h1>"),
                        containsString("<p class=\"dateline\">Bakou, 1er mars, AZERTAC</p>"),
                        // 09:30 UTC in the agency's zone (Baku, UTC+4), in French
                        containsString("<time datetime=\"2023-03-01T13:30:00+04:00\">1 mars 2023"),
                        containsString("13:30</time>"),
                        containsString("<meta name=\"description\" content=\"Le président azerbaïdjanais"),
                        containsString("<p>Le président azerbaïdjanais Ilham Aliyev a reçu le 1er mars"),
                        containsString("très appréciées.</p>"))));
    }

    @Test
    void unknownEditionsArticlesAndPagesAre404s() throws Exception {
        // The bodies of error pages are checked against a real server in SitePagesIT.
        for (String url : new String[] {"/xx/", "/fr/2023/03/02/ilham-aliyev-a-recu-le-directeur-general-de-loim",
                "/fr/2023/02/31/anything", "/en/2023/03/02/caspian-energy-forum-opens-in-baku", "/no/such/page"}) {
            mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        }
    }
}
