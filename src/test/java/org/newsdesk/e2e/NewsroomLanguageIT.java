package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor switches the newsroom to Azerbaijani from the shell: the page comes back in Azerbaijani,
 * and so does the next login. Uses an account of its own (the demo accounts stay in English).
 */
@ServerTest
class NewsroomLanguageIT extends BrowserTest {

    static final String USERNAME = "desk-polyglot";
    static final String PASSWORD = "a long polyglot password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    BrowserContext context;
    Page page;

    @BeforeEach
    void open() {
        jdbc.sql("DELETE FROM staff_role WHERE account_id IN (SELECT id FROM staff_account WHERE username = :u)")
                .param("u", USERNAME).update();
        if (jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username = :u").param("u", USERNAME).query(Long.class).single() == 0) {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, must_change_password, preferred_language,
                        created_at, updated_at)
                    VALUES (:u, 'Rəşad Hüseynov', :h, FALSE, 'en', NOW(6), NOW(6))""")
                    .param("u", USERNAME).param("h", passwordEncoder.encode(PASSWORD)).update();
        } else {
            jdbc.sql("UPDATE staff_account SET preferred_language = 'en' WHERE username = :u").param("u", USERNAME).update();
        }
        jdbc.sql("INSERT INTO staff_role (account_id, role) SELECT id, 'EDITOR' FROM staff_account WHERE username = :u")
                .param("u", USERNAME).update();
        context = watched(browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB")));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    void logIn() {
        logInOn(page, USERNAME, PASSWORD);
    }

    @Test
    void anEditorSwitchesTheNewsroomToAzerbaijani() {
        logIn();
        assertThat(page.locator("h1")).containsText("Good to see you, Rəşad Hüseynov");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Dashboard"))).isVisible();

        page.locator("vaadin-select.nd-language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Azərbaycan")).click();

        // The page reloads in Azerbaijani: navigation, greeting, logout.
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("İdarə paneli"))).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Xəbərlər"))).isVisible();
        assertThat(page.locator("h1")).containsText("Xoş gördük, Rəşad Hüseynov");
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Çıxış"))).isVisible();
        assertThat(page.locator(".nd-user-roles")).hasText("Redaktor");
        // The page declares the interface language, whatever the browser's (en-GB here).
        assertThat(page.locator("html")).hasAttribute("lang", "az");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "newsroom-az.png")).setFullPage(true));
        assertThat(jdbc.sql("SELECT preferred_language FROM staff_account WHERE username = :u").param("u", USERNAME)
                .query(String.class).single()).isEqualTo("az");

        // The choice is the account's: a new login is in Azerbaijani from the start.
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Çıxış")).click();
        // Logging out lands on the public front door, which picks the browser's language (en-GB: /en/).
        page.waitForURL(url("/en/"));
        logIn();
        assertThat(page.locator("h1")).containsText("Xoş gördük, Rəşad Hüseynov");
        assertThat(page.locator("html")).hasAttribute("lang", "az");
    }
}
