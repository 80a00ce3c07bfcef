package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Login CSRF in a real browser: a page on another origin (127.0.0.1, served by its own little server)
 * auto-submits a form with the attacker's chosen credentials to the newsroom at localhost. The
 * visitor's browser must not end up logged in.
 */
@ServerTest
class CrossSiteLoginIT extends BrowserTest {

    HttpServer attacker;
    BrowserContext context;
    Page page;

    @BeforeEach
    void start() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] html = """
                    <!doctype html><title>Win a prize</title>
                    <form id="f" method="post" action="%s">
                      <input name="username" value="editor"><input name="password" value="red-pen-on-copy">
                    </form>
                    <script>document.getElementById('f').submit()</script>
                    """.formatted(url("/newsroom/login")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        attacker.start();
        context = watched(browser.newContext());
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void stop() {
        context.close();
        attacker.stop(0);
    }

    @Test
    void aFormOnAnotherSiteCannotLogTheBrowserIn() {
        String attackerPage = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/";
        page.navigate(attackerPage);
        // The form posts itself; the browser lands on the newsroom's login page with the reason.
        page.waitForURL(u -> u.startsWith(url("/newsroom/login")));
        assertThat(page.getByText("Login from another site refused")).isVisible();

        page.navigate(url("/newsroom/"));
        page.waitForURL(u -> u.startsWith(url("/newsroom/login")));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Demo Editor"))).hasCount(0);
    }
}
