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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    static final String LAYOUT_USER = "desk-layout";
    static final String LAYOUT_PASSWORD = "a long layout password";

    /** Everything measured on a page: sideways scrolling, grids scrolling inside, cut text, boxes off screen. */
    static final String PROBLEMS = """
            () => {
              const problems = [], vw = window.innerWidth;
              if (document.documentElement.scrollWidth > vw + 1) {
                problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
              }
              document.querySelectorAll('vaadin-grid').forEach(g => {
                const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
                if (table && table.scrollWidth > table.clientWidth + 1) {
                  problems.push('grid scrolls sideways: ' + table.scrollWidth + ' > ' + table.clientWidth);
                }
                g.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
                  if (c.offsetParent !== null && c.clientWidth > 0 && c.scrollWidth > c.clientWidth + 1) {
                    problems.push('cut in grid: "' + c.textContent.trim().slice(0, 40) + '"');
                  }
                });
              });
              document.querySelectorAll('.nd-preview, h1, h2, vaadin-button, .nd-badge, .nd-tile, vaadin-text-field, vaadin-combo-box')
                .forEach(e => {
                  const r = e.getBoundingClientRect();
                  // A closed drawer (narrow screens) is off screen on purpose.
                  const layout = document.querySelector('vaadin-app-layout');
                  const closedDrawer = e.closest('[slot="drawer"]') && layout && !layout.hasAttribute('drawer-opened');
                  if (!closedDrawer && r.width > 0 && e.offsetParent !== null && (r.right > vw + 1 || r.left < -1)) {
                    problems.push('off screen: ' + e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                  }
                });
              return problems;
            }""";

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
        logInOn(page, username, password);
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

    @Test
    void nothingIsCutOrScrollsSidewaysAt390And1024And1600PxInAnyLanguage() {
        jdbc.sql("DELETE FROM staff_role WHERE account_id IN (SELECT id FROM staff_account WHERE username = :u)")
                .param("u", LAYOUT_USER).update();
        if (jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE username = :u").param("u", LAYOUT_USER).query(Long.class).single() == 0) {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, must_change_password, preferred_language,
                        created_at, updated_at)
                    VALUES (:u, 'Gülnarə Məmmədova-Əliyeva', :h, FALSE, 'en', NOW(6), NOW(6))""")
                    .param("u", LAYOUT_USER).param("h", passwordEncoder.encode(LAYOUT_PASSWORD)).update();
        }
        for (String role : java.util.List.of("EDITOR", "ADMIN")) {
            jdbc.sql("INSERT INTO staff_role (account_id, role) SELECT id, :r FROM staff_account WHERE username = :u")
                    .param("r", role).param("u", LAYOUT_USER).update();
        }
        long dispatchId = jdbc.sql("SELECT MIN(id) FROM dispatch").query(Long.class).single();
        var pages = java.util.List.of("/newsroom/", "/newsroom/dispatches", "/newsroom/dispatch/" + dispatchId,
                "/newsroom/admin/audit", "/newsroom/admin/api-clients", "/newsroom/admin/staff", "/newsroom/account");
        var problems = new java.util.ArrayList<String>();
        for (String language : java.util.List.of("en", "fr", "az", "ru")) {
            jdbc.sql("UPDATE staff_account SET preferred_language = :l WHERE username = :u")
                    .param("l", language).param("u", LAYOUT_USER).update();
            Page page = logIn(LAYOUT_USER, LAYOUT_PASSWORD);
            for (int width : new int[] {390, 1024, 1600}) {
                page.setViewportSize(width, 900);
                for (String path : pages) {
                    page.navigate(url(path));
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    page.waitForFunction("() => !document.querySelector('vaadin-grid') "
                            + "|| document.querySelector('vaadin-grid vaadin-grid-cell-content')");
                    @SuppressWarnings("unchecked")
                    var found = (java.util.List<String>) page.evaluate(PROBLEMS);
                    found.forEach(p -> problems.add(language + " " + width + "px " + path + ": " + p));
                    if (width == 390 && path.startsWith("/newsroom/dispatch/")) {
                        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                                .setPath(java.nio.file.Path.of("target/screenshots", "editor-390-" + language + ".png")));
                    }
                }
            }
            context.close();
            context = null;
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void sortButtonsAndTheConnectionIndicatorSpeakTheUiLanguage() {
        jdbc.sql("UPDATE staff_account SET preferred_language = 'ru' WHERE username = 'admin'").update();
        try {
            Page page = logIn("admin", "keys-to-the-desk");
            page.navigate(url("/newsroom/admin/staff"));
            var sorter = page.locator("vaadin-grid-sorter").first();
            assertThat(sorter).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Сортировать: "));
            assertThat((String) page.evaluate("() => window.Vaadin.connectionIndicator.onlineText")).isEqualTo("В сети");
        } finally {
            jdbc.sql("UPDATE staff_account SET preferred_language = 'en' WHERE username = 'admin'").update();
        }
    }
}
