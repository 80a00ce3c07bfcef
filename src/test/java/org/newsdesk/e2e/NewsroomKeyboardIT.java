package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's keyboard shortcuts in a real browser: the page's one keydown listener lets exactly the
 * shortcut keys through to the server (and keeps the browser's own Ctrl+S from opening "Save page"), while
 * typing, Ctrl+B or Shift+Enter stay the text field's.
 */
@ServerTest
class NewsroomKeyboardIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void shortcutsReachTheEditorAndOtherKeysStayTheTextFields() {
        context = watched(browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB")));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        logInOn(page, "writer", "ink-and-deadlines");
        String headline = "Clavier " + System.nanoTime() % 100000;

        page.navigate(url("/newsroom/dispatch/new"));
        EditorialWorkflowIT.field(page, "Headline").fill(headline);
        EditorialWorkflowIT.combo(page, "Language").fill("fr");
        EditorialWorkflowIT.combo(page, "Language").press("Enter");
        EditorialWorkflowIT.settled(page);
        EditorialWorkflowIT.combo(page, "Dateline place").fill("Bakou");
        EditorialWorkflowIT.combo(page, "Dateline place").press("Enter");
        EditorialWorkflowIT.settled(page);
        EditorialWorkflowIT.combo(page, "Dateline date").fill("3/1/2023");
        EditorialWorkflowIT.combo(page, "Dateline date").press("Enter");
        // Typed and saved at once: the text still on its way to the server goes before the shortcut.
        EditorialWorkflowIT.field(page, "Body").fill("Premier jet.");
        page.keyboard().press("Control+s"); // a new dispatch: the shortcut creates it
        page.waitForURL(java.util.regex.Pattern.compile(".*/newsroom/dispatch/\\d+$"));
        long id = Long.parseLong(page.url().replaceAll(".*/", ""));
        // The writer goes on writing in the page the save opened: it holds the lock, nothing to click first.
        assertThat(page.locator("vaadin-button[data-action=EDIT]")).hasCount(0);
        assertThat(jdbc.sql("SELECT CONCAT(headline, ' / ', body) FROM dispatch WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(headline + " / Premier jet.");

        // Every keydown as it leaves the page: whether a listener prevented the browser's own action.
        page.evaluate("() => { window.__keys = []; window.addEventListener('keydown',"
                + " e => window.__keys.push(e.code + (e.ctrlKey ? '+ctrl' : '') + (e.shiftKey ? '+shift' : '') + ':' + e.defaultPrevented)); }");
        EditorialWorkflowIT.field(page, "Body").click();
        page.keyboard().press("End");
        page.keyboard().type(" Suite s");
        page.keyboard().press("Control+b");
        page.keyboard().press("Shift+Enter");
        page.keyboard().press("Control+s");
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) page.evaluate("() => window.__keys");
        assertThat(keys).contains("KeyS:false", "KeyB+ctrl:false", "Enter+shift:false", "KeyS+ctrl:true");

        // Alt+Shift+P hides the preview: the server heard it.
        assertThat(page.locator(".nd-preview")).isVisible();
        page.keyboard().press("Alt+Shift+P");
        assertThat(page.locator(".nd-preview")).isHidden();

        // Typed and submitted at once with Ctrl+Enter: what was typed goes to review with it.
        page.keyboard().type("Dernier mot.");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator(".nd-badge").first()).hasText("Submitted");
        assertThat(jdbc.sql("SELECT body FROM dispatch WHERE id = :id").param("id", id).query(String.class).single())
                .startsWith("Premier jet. Suite s").endsWith("Dernier mot.");

        // The list of shortcuts opens from its button.
        page.locator("vaadin-button[aria-label='Keyboard shortcuts']").click();
        assertThat(page.getByText("Ctrl+S (⌘S on a Mac): save now")).isVisible();
    }
}
