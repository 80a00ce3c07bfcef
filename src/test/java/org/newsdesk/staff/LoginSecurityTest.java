package org.newsdesk.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.security.LoginThrottledException;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Throttling, login records and sessions that end when the account changes, through the real login form. */
@IntegrationTest
class LoginSecurityTest {

    static final String PASSWORD = "a quiet night in Baku";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAdminService admin;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    LoginAttemptPruning pruning;

    @AfterEach
    void resetClock() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** A fresh account with a known password (as if its holder had already replaced the one-time one). */
    String account() {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        var a = new StaffAccount(username, "Tester", passwordEncoder.encode(PASSWORD), Set.of(Role.WRITER), clock.instant());
        accounts.saveAndFlush(a);
        return username;
    }

    static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    MvcResult login(String username, String password, String address) throws Exception {
        MockHttpServletRequestBuilder request = post("/newsroom/login").with(csrf())
                .param("username", username).param("password", password)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return mvc.perform(request).andReturn();
    }

    @Test
    void fiveFailuresBlockTheUsernameEvenForTheRightPasswordUntilTheWindowPasses() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            assertThat(login(user, "wrong-" + i, address()).getResponse().getRedirectedUrl()).isEqualTo("/newsroom/login?error");
        }
        MvcResult blocked = login(user, PASSWORD, address());
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/newsroom/login?error");
        assertThat(blocked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(16));
        MvcResult allowed = login(user, PASSWORD, address());
        assertThat(allowed.getResponse().getRedirectedUrl()).startsWith("/newsroom/").doesNotContain("error");
    }

    static long retryAfterMinutes(MvcResult result) {
        Object reason = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(reason).isInstanceOf(LoginThrottledException.class);
        return ((LoginThrottledException) reason).retryAfterMinutes();
    }

    @Test
    void theThrottleSaysHowLongTheBlockReallyLasts() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            login(user, "wrong-" + i, address());
        }
        assertThat(retryAfterMinutes(login(user, PASSWORD, address()))).isEqualTo(15);
        clock.advance(Duration.ofMinutes(10));
        assertThat(retryAfterMinutes(login(user, PASSWORD, address()))).isEqualTo(5);
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        assertThat(retryAfterMinutes(login(user, PASSWORD, address()))).isEqualTo(1);
    }

    @Test
    void aBlockLiftsWhenEnoughFailuresAgeOutNotWhenTheOldestDoes() {
        // Six failures (racing requests, or an address shared by several users): the block lifts once
        // two have aged out, a window after the second one.
        var t0 = java.time.LocalDateTime.of(2026, 12, 1, 10, 0);
        var failures = java.util.List.of(t0, t0.plusMinutes(5), t0.plusMinutes(6), t0.plusMinutes(7), t0.plusMinutes(8), t0.plusMinutes(9));
        assertThat(LoginThrottle.blockedUntil(failures, 5, Duration.ofMinutes(15)))
                .contains(t0.plusMinutes(20).toInstant(java.time.ZoneOffset.UTC));
        assertThat(LoginThrottle.blockedUntil(failures.subList(0, 4), 5, Duration.ofMinutes(15))).isEmpty();
        var now = t0.plusMinutes(9).toInstant(java.time.ZoneOffset.UTC);
        assertThat(LoginThrottle.minutesUntil(now, now.plusSeconds(11 * 60 + 1))).isEqualTo(12);
        assertThat(LoginThrottle.minutesUntil(now, now.plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void refusedAttemptsAreRecordedAuditedOnceAndDoNotProlongTheBlock() throws Exception {
        String user = account();
        String from = address();
        for (int i = 0; i < 5; i++) {
            login(user, "wrong-" + i, from);
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            retryAfterMinutes(login(user, PASSWORD, from));
        }
        var rows = jdbc.sql("SELECT throttled FROM login_attempt WHERE username = :u ORDER BY id")
                .param("u", user).query(Boolean.class).list();
        assertThat(rows).containsExactly(false, false, false, false, false, true, true, true);
        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE actor = :u ORDER BY id")
                .param("u", user).query(String.class).list();
        assertThat(actions).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_THROTTLED");

        clock.advance(Duration.ofMinutes(6));
        assertThat(login(user, PASSWORD, from).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void oldAttemptsArePrunedRecentOnesKept() {
        String user = "prune-" + UUID.randomUUID().toString().substring(0, 8);
        var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (var at : new java.time.LocalDateTime[] {now.minusDays(8), now.minusDays(6), now.minusMinutes(1)}) {
            jdbc.sql("INSERT INTO login_attempt (username, remote_address, succeeded, attempted_at) VALUES (:u, '10.9.9.9', FALSE, :t)")
                    .param("u", user).param("t", at).update();
        }
        assertThat(pruning.prune()).isGreaterThanOrEqualTo(1);
        var left = jdbc.sql("SELECT attempted_at FROM login_attempt WHERE username = :u ORDER BY attempted_at")
                .param("u", user).query(java.time.LocalDateTime.class).list();
        assertThat(left).containsExactly(now.minusDays(6), now.minusMinutes(1));
    }

    @Test
    void aSuccessfulLoginResetsTheCountForTheUsername() throws Exception {
        String user = account();
        for (int i = 0; i < 4; i++) {
            login(user, "wrong", address());
        }
        assertThat(login(user, PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            login(user, "wrong", address());
        }
        assertThat(login(user, PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void unknownUsernamesAreThrottledTheSameWaySoNothingIsRevealed() throws Exception {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            login(ghost, "whatever-" + i, address());
        }
        MvcResult result = login(ghost, "whatever", address());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/newsroom/login?error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void oneAddressIsThrottledAcrossUsernames() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            login("nobody-" + i + "-" + UUID.randomUUID(), "x", from);
        }
        String user = account();
        MvcResult result = login(user, PASSWORD, from);
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(user, PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void successfulAndFailedLoginsAreRecorded() throws Exception {
        String user = account();
        String from = address();
        login(user, "wrong", from);
        login(user, PASSWORD, from);
        var rows = jdbc.sql("SELECT succeeded FROM login_attempt WHERE username = :u AND remote_address = :a ORDER BY id")
                .param("u", user).param("a", from).query(Boolean.class).list();
        assertThat(rows).containsExactly(false, true);
        var actions = jdbc.sql("SELECT action FROM audit_entry WHERE actor = :u ORDER BY id")
                .param("u", user).query(String.class).list();
        assertThat(actions).containsExactly("LOGIN_FAILED", "LOGIN");
    }

    @Test
    void aDisabledAccountsLiveSessionEndsAtItsNextRequest() throws Exception {
        String user = account();
        MockHttpSession session = (MockHttpSession) login(user, PASSWORD, address()).getRequest().getSession();
        // MockMvc has no Vaadin servlet behind the chain; what matters is that the chain lets the session through.
        mvc.perform(get("/newsroom/").session(session).accept("text/html"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isNull());

        asAdmin(() -> admin.setEnabled(accounts.findByUsername(user).orElseThrow().getId(), false));

        mvc.perform(get("/newsroom/").session(session).accept("text/html")).andExpect(redirectedUrl("/newsroom/login"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(login(user, PASSWORD, address()).getResponse().getRedirectedUrl()).isEqualTo("/newsroom/login?error");
    }

    @Test
    void aPasswordResetEndsOpenSessions() throws Exception {
        String user = account();
        MockHttpSession session = (MockHttpSession) login(user, PASSWORD, address()).getRequest().getSession();
        asAdmin(() -> admin.resetPassword(accounts.findByUsername(user).orElseThrow().getId()));
        mvc.perform(get("/newsroom/").session(session).accept("text/html")).andExpect(redirectedUrl("/newsroom/login"));
    }

    void asAdmin(Runnable action) {
        var principal = new StaffDirectory(accounts).loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
