package org.newsdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in Chromium: the front door sends a French browser to the French edition, then section,
 * article, its English translation, and a search result. The same journey works with JavaScript off.
 */
@ServerTest
class ReaderJourneyIT extends BrowserTest {

    static final String AZERTAC_HEADLINE = "Ilham Aliyev a reçu le directeur général de l’OIM";

    @Test
    void readerGoesFromTheFrontDoorToAnArticleAndASearchResult() {
        journey(true, "with-js");
    }

    @Test
    void theSameJourneyWorksWithJavaScriptDisabled() {
        journey(false, "no-js");
    }

    void journey(boolean javaScript, String name) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript).setLocale("fr-FR"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();

            page.navigate(url("/"));
            assertThat(page).hasURL(url("/fr/"));
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(page.locator("#top-heading")).isVisible();

            page.locator("nav.sections").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Politique").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Politique");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(AZERTAC_HEADLINE).setExact(true)).first().click();
            assertThat(page.locator("h1")).hasText(AZERTAC_HEADLINE);
            assertThat(page.locator(".article .dateline")).hasText("Bakou, 1er mars, AZERTAC");
            shot(page, "reader-article-" + name);

            // The same story in English, from the article's "also in" links.
            page.locator("nav.translations").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("English").setExact(true)).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Ilham Aliyev receives IOM Director General");
            assertThat(page.locator(".article .dateline")).hasText("Baku, March 1, AZERTAC");
            assertThat(page.locator("nav.editions a[aria-current=page]")).hasText("English");

            // Search from the header form, in the French edition.
            page.navigate(url("/fr/"));
            page.locator("#site-search-q").fill("OIM migrations");
            page.locator("form.site-search button[type=submit]").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/fr/search\\?q=OIM\\+migrations$"));
            assertThat(page.locator(".search-results mark").first()).isVisible();
            shot(page, "reader-search-" + name);
            page.locator(".search-results h2 a").first().click();
            assertThat(page.locator("h1")).hasText(AZERTAC_HEADLINE);
        }
    }

    @Test
    void narrowestPhonesGetNoSidewaysScrollingAndPrintHidesNavigation() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            for (String path : new String[] {"/fr/", "/fr/politics/", "/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim",
                    "/fr/search?q=OIM"}) {
                page.navigate(url(path));
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
            }
            shot(page, "reader-search-320");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator("nav.sections")).isHidden();
            assertThat(page.locator("form.site-search")).isHidden();
        }
    }

    @Test
    void keyboardUsersSkipToTheContentWithAVisibleFocus() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim"));
            page.keyboard().press("Tab");
            var skip = page.locator(".skip-link");
            assertThat(skip).isFocused();
            assertThat(skip).isInViewport();
            String outline = (String) page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
            assertThat(outline).isNotEqualTo("none");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
        }
    }

    void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }
}
