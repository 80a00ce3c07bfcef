package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom in daily use, in a real browser (issue 11): what only a browser can show. */
@ServerTest
class NewsroomDailyUseIT extends BrowserTest {

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    Page logIn(String username, String password) {
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(url("/newsroom/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("/newsroom/") && !u.contains("/login"));
        return page;
    }

    @Test
    void aRouteTheRoleMayNotOpenAnswers403WithANotAllowedPageInsideTheNewsroom() {
        Page page = logIn("writer", "ink-and-deadlines");
        var response = page.navigate(url("/newsroom/admin/audit"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.getByText("Available routes")).hasCount(0);
        page.locator("a", new Page.LocatorOptions().setHasText("Back to the dashboard")).click();
        assertThat(page.locator("h1")).containsText("Demo Writer");
    }
}
