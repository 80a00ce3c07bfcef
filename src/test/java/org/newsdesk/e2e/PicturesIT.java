package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.newsdesk.picture.TestImages;
import org.newsdesk.support.Newsroom;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Pictures in a real browser: an editor attaches two pictures at once to a French dispatch (their caption
 * and credit prefilled from the files' own XMP), is told which one lacks alt text when publishing, fills
 * it in, publishes; a reader sees both pictures with caption and credit, and the files load.
 */
@ServerTest
class PicturesIT extends BrowserTest {

    @Autowired
    Newsroom newsroom;

    Page session(String username, String password) {
        BrowserContext context = watched(browser.newContext());
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(url("/newsroom/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("/newsroom/") && !u.contains("/login"));
        return page;
    }

    static Locator button(Locator scope, String text) {
        return scope.locator("vaadin-button", new Locator.LocatorOptions().setHasText(Pattern.compile("^\\s*" + text + "\\s*$")));
    }

    @Test
    void anEditorAttachesTwoPicturesAddsAltTextPublishesAndTheReaderSeesThem() {
        long run = System.nanoTime() % 100000;
        String headline = "Photos de la rencontre " + run;
        String caption = "Ilham Aliyev a reçu António Vitorino à Bakou " + run;
        // In an edition of its own, so the real French front page stays as other tests expect it.
        var edition = newsroom.newEdition();
        var dispatch = edition.create(Newsroom.draft(edition.edition, headline, "La rencontre a eu lieu au palais."));
        byte[] lead = TestImages.withXmp(TestImages.jpeg(1200, 800, (int) run), caption, "Photographe AZERTAC", "AZERTAC",
                "© AZERTAC 2023", "Bakou", "Azerbaïdjan", "2023-03-01", "");
        byte[] second = TestImages.withXmp(TestImages.jpeg(900, 600, (int) run + 1), "La salle de réunion " + run,
                "Photographe AZERTAC", "AZERTAC", "© AZERTAC 2023", "Bakou", "Azerbaïdjan", "2023-03-01", "");

        Page editor = session("editor", "red-pen-on-copy");
        editor.navigate(url("/newsroom/dispatch/" + dispatch.id()));
        // Two files at once.
        editor.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload[] {
                new FilePayload("rencontre.jpg", "image/jpeg", lead), new FilePayload("salle.jpg", "image/jpeg", second)});
        Locator cards = editor.locator(".nd-picture-card");
        assertThat(cards).hasCount(2);
        // Prefilled from the files' XMP.
        Locator first = cards.nth(0);
        assertThat(first.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Caption (")))
                // (Playwright hands the pattern to the browser's RegExp: no Pattern.quote.)
                .hasValue(Pattern.compile("^(Ilham Aliyev a reçu António Vitorino à Bakou|La salle de réunion) " + run + "$"));
        assertThat(first.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Credit"))).hasValue("AZERTAC");

        // Alt text on the first only: publishing names the other one.
        first.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Alt text ("))
                .fill("Deux hommes se serrent la main devant des drapeaux");
        button(first, "Save picture").click();
        assertThat(editor.getByText("Picture saved").first()).isVisible();
        button(editor.locator("body"), "Publish now").click();
        assertThat(editor.getByText(Pattern.compile("Add alt text to picture 2 \\((rencontre|salle)\\.jpg\\) before publishing"))).isVisible();

        Locator secondCard = editor.locator(".nd-picture-card").nth(1);
        secondCard.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Alt text ("))
                .fill("Une salle de réunion avec une table et des drapeaux");
        button(secondCard, "Save picture").click();
        assertThat(editor.locator(".nd-picture-card").nth(1).getByRole(AriaRole.TEXTBOX,
                new Locator.GetByRoleOptions().setName("Alt text ("))).hasValue("Une salle de réunion avec une table et des drapeaux");
        button(editor.locator("body"), "Publish now").click();
        assertThat(editor.locator(".nd-badge").first()).hasText("Published");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pictures-editor.png")).setFullPage(true));
        editor.context().close();

        // The reader.
        Page reader = browser.newContext().newPage();
        reader.navigate(url("/" + edition.edition + "/"));
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline).setExact(true)).first().click();
        assertThat(reader.locator("h1")).hasText(headline);
        Locator leadFigure = reader.locator("figure.picture--lead");
        assertThat(leadFigure.locator("img")).hasAttribute("alt", Pattern.compile("Deux hommes|Une salle de réunion"));
        assertThat(leadFigure.locator("figcaption")).containsText("Photo: Photographe AZERTAC / AZERTAC");
        assertThat(reader.locator(".article")).containsText(caption);
        assertThat(reader.locator(".article")).containsText("La salle de réunion " + run);
        // Both pictures' files really load (the gallery one is lazy: scroll to it).
        reader.locator(".gallery img").scrollIntoViewIfNeeded();
        for (Locator img : reader.locator(".article img").all()) {
            img.scrollIntoViewIfNeeded();
            reader.waitForFunction("img => img.complete && img.naturalWidth > 0", img.elementHandle());
        }
        reader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pictures-reader.png")).setFullPage(true));
        reader.context().close();
        edition.cleanUp();
    }
}
