package org.newsdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the real-browser tests: one Chromium per test class, and the running server's URLs. */
abstract class BrowserTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        // As long as the contexts' default timeout: on a busy machine Vaadin's first render can take more than 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** What Chromium reported as blocked by a Content-Security-Policy in this test's watched contexts. */
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    /** Watches a context for Content-Security-Policy violations: every page must work under its policy. */
    BrowserContext watched(BrowserContext context) {
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        return context;
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(cspViolations).as("blocked by the Content-Security-Policy").isEmpty();
    }

    /** Logs in through the newsroom's login form on this page and waits until the newsroom opens. */
    void logInOn(com.microsoft.playwright.Page page, String username, String password) {
        page.navigate(url("/newsroom/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("/newsroom/") && !u.contains("/login"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
