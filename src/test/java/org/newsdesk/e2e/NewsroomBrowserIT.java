package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;

import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium driven by Playwright): an editor logs in through the login form, sees the newsroom shell, logs out and is back on the public site.
 */
@ServerTest
class NewsroomBrowserIT extends BrowserTest {

    BrowserContext context;
    Page page;

    @BeforeEach
    void open() {
        context = watched(browser.newContext());
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void narrowScreensGetAUsableSiteAndNewsroom() {
        page.setViewportSize(360, 740);
        page.navigate(url("/fr/"));
        // Nothing wider than the screen: no sideways scrolling at phone width.
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        screenshot("site-home-narrow");

        logInOn(page, "writer", "ink-and-deadlines");
        // The drawer collapses behind a toggle on narrow screens.
        var toggle = page.locator("vaadin-drawer-toggle");
        assertThat(toggle).isVisible();
        assertThat(page.locator("h1")).containsText("Demo Writer");
        screenshot("newsroom-dashboard-narrow");
        toggle.click();
        assertThat(page.locator(".nd-user-name")).isVisible();
    }

    void logIn(String username, String password) {
        logInOn(page, username, password);
    }

    @Test
    void adminCreatesAWriterWhoMustChooseAPasswordAtFirstLogin() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(url("")));
        String username = "reporter" + System.nanoTime() % 100000;
        logIn("admin", "keys-to-the-desk");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Staff accounts")).click();
        page.waitForURL("**/newsroom/admin/staff");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New account")).click();
        textbox("Username").fill(username);
        textbox("Name").fill("Günel Rəsulova");
        textbox("E-mail").fill(username + "@example.org");
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Writer")).click();
        screenshot("staff-create-dialog");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create account")).click();

        assertThat(page.getByText("Account " + username + " created")).isVisible();
        screenshot("staff-temporary-password");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Copy")).click();
        // The copy happens after a server round trip: wait for the clipboard to fill.
        page.waitForFunction("async () => (await navigator.clipboard.readText()).length > 0");
        String temporary = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(temporary).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        assertThat(page.locator(".nd-temporary-password input")).hasValue(temporary);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Done")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log out")).click();
        page.waitForURL(url("/en/"));

        // The writer logs in with the one-time password and is sent to choose their own.
        logIn(username, temporary);
        page.waitForURL("**/newsroom/account");
        assertThat(page.getByText("You logged in with a one-time password")).isVisible();
        textbox("Current password").fill(temporary);
        textbox("New password").fill("ink on my fingers again");
        textbox("Repeat the new password").fill("ink on my fingers again");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password")).click();

        page.waitForURL(u -> u.endsWith("/newsroom/") || u.endsWith("/newsroom"));
        assertThat(page.locator("h1")).containsText("Good to see you, Günel Rəsulova");
        assertThat(page.locator(".nd-user-roles")).hasText("Writer");
    }

    com.microsoft.playwright.Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }

    @Test
    void editorLogsInSeesTheShellAndLogsOutToThePublicSite() {
        page.navigate(url("/newsroom/"));
        page.waitForURL("**/newsroom/login");

        page.locator("input[name=username]").fill("editor");
        page.locator("input[name=password]").fill("red-pen-on-copy");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();

        page.waitForURL(u -> u.contains("/newsroom/") && !u.contains("/login"));
        assertThat(page.locator(".nd-user-name")).hasText("Demo Editor");
        assertThat(page.locator(".nd-user-roles")).hasText("Editor");
        assertThat(page.locator("h1")).containsText("Good to see you, Demo Editor");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Dashboard"))).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Staff accounts"))).hasCount(0);
        screenshot("newsroom-dashboard");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log out")).click();
        // Logging out lands on the public front door, which picks the browser's language (en-US here).
        page.waitForURL(url("/en/"));
        assertThat(page.locator("#top-heading")).hasText("Top stories");

        // The session is gone: the newsroom asks for a login again.
        page.navigate(url("/newsroom/"));
        page.waitForURL("**/newsroom/login");
    }

    @Test
    void wrongPasswordShowsTheErrorAndStaysOnLogin() {
        page.navigate(url("/newsroom/login"));
        page.locator("input[name=username]").fill("editor");
        page.locator("input[name=password]").fill("wrong-password-here");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();

        page.waitForURL("**/newsroom/login?error");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }
}
