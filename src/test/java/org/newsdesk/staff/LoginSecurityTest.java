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
