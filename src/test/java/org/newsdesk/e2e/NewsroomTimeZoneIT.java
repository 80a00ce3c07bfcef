package org.newsdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.newsdesk.text.Dateline;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.dispatch.DispatchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs in UTC, the editor's browser in Asia/Baku (UTC+4): the embargo picker proposes
 * and means Baku time, names the zone, and what is stored is the right instant in UTC.
 */
@ServerTest
class NewsroomTimeZoneIT extends BrowserTest {

    static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    @Autowired
    DispatchService dispatches;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        SecurityContextHolder.clearContext();
        if (context != null) {
            context.close();
        }
    }

    long draftAsEditor(String headline) {
        var principal = users.loadUserByUsername("editor");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
        return dispatches.create(new DispatchDraft("fr", headline, null, new Dateline("Bakou", LocalDate.of(2023, 3, 1)),
                null, null, "Texte.", null, null, 5, null)).id();
    }

    @Test
    void anEmbargoTypedInBakuTimeIsStoredAsTheRightInstantWithTheZoneNamed() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()))
                .as("the server's zone must differ from the browser's for this test to mean anything")
                .isNotEqualTo(BAKU.getRules().getOffset(java.time.Instant.now()));
        jdbc.sql("UPDATE staff_account SET time_zone = NULL WHERE username = 'editor'").update();
        long id = draftAsEditor("Fuseau " + System.nanoTime() % 100000);

        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setTimezoneId("Asia/Baku").setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        logInOn(page, "editor", "red-pen-on-copy");

        page.navigate(url("/newsroom/dispatch/" + id));
        page.locator("vaadin-button[data-action=SET_EMBARGO]").click();
        var picker = page.locator("vaadin-date-time-picker");
        assertThat(picker).containsText("Times in Asia/Baku");

        // The picker proposes an hour from now on the browser's clock, not the server's.
        String proposed = (String) picker.evaluate("p => p.value");
        LocalDateTime expected = LocalDateTime.now(BAKU).plusHours(1);
        assertThat(Duration.between(LocalDateTime.parse(proposed), expected).abs()).isLessThan(Duration.ofMinutes(2));

        // What is typed means Baku time.
        LocalDateTime typed = LocalDateTime.now(BAKU).plusHours(3).withSecond(0).withNano(0);
        picker.evaluate("(p, v) => { p.value = v; p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", typed.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button",
                new Page.LocatorOptions().setHasText("Set embargo")).last().click();

        assertThat(page.locator(".nd-badge--embargo")).containsText("Asia/Baku");
        assertThat(page.locator(".nd-badge--embargo")).containsText(
                typed.format(DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.ENGLISH)));
        LocalDateTime stored = jdbc.sql("SELECT embargo_until FROM dispatch WHERE id = :id").param("id", id)
                .query(LocalDateTime.class).single();
        assertThat(stored).isEqualTo(typed.atZone(BAKU).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots", "embargo-baku.png")));
    }
}
