package org.newsdesk.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.staff.StaffAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may reach what: the public site is open, the newsroom needs a login, admin work needs ADMIN. */
@IntegrationTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAdminService staffAdmin;

    @Test
    void anonymousReaderGetsThePublicHome() throws Exception {
        mvc.perform(get("/fr/")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void publicAssetsAreOpen() throws Exception {
        mvc.perform(get("/styles/site.css")).andExpect(status().isOk());
        mvc.perform(get("/lumo/lumo.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info")).andExpect(status().isForbidden());
    }

    @Test
    void theNewsroomSendsAContentSecurityPolicy() throws Exception {
        String policy = mvc.perform(get("/newsroom/login").accept("text/html")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
    }

    @Test
    void anonymousIsSentToLoginForAnyNewsroomRoute() throws Exception {
        for (String route : new String[] {"/newsroom/", "/newsroom/admin/staff", "/newsroom/no-such-view"}) {
            mvc.perform(get(route).accept("text/html"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/newsroom/login"));
        }
    }

    @Test
    void unknownPublicUrlIsA404NotALoginRedirect() throws Exception {
        mvc.perform(get("/no/such/page").accept("text/html")).andExpect(status().isNotFound());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(post("/newsroom/login").with(csrf()).param("username", "editor").param("password", "not-the-password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/newsroom/login?error"));
        mvc.perform(post("/newsroom/login").with(csrf()).param("username", "nobody").param("password", "whatever-it-is"))
                .andExpect(redirectedUrl("/newsroom/login?error"));
    }

    @Test
    void postsWithoutCsrfTokenAreRejected() throws Exception {
        // Vaadin's own requests carry Vaadin's CSRF token and its login form is exempted by Vaadin;
        // every other state-changing request needs Spring's token.
        mvc.perform(post("/newsroom/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/")).andExpect(status().isForbidden());
    }

    @Test
    void loginRotatesTheSessionId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        MvcResult result = mvc.perform(post("/newsroom/login").session(before).with(csrf())
                        .param("username", "editor").param("password", "red-pen-on-copy"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        HttpSession after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(oldId);
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/newsroom/");
    }

    @Test
    void loginPostsFromAnotherSiteAreRefusedWithoutLoggingAnyoneIn() throws Exception {
        // What Chromium sends when another site's page auto-submits a form to our login (Sec-Fetch-Site),
        // and what a browser without Fetch Metadata sends (Origin only).
        MvcResult fetchMetadata = mvc.perform(post("/newsroom/login").header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://evil.example").param("username", "editor").param("password", "red-pen-on-copy"))
                .andExpect(redirectedUrl("/newsroom/login?cross-site")).andReturn();
        assertThat(fetchMetadata.getRequest().getSession(false)).isNull();
        mvc.perform(post("/newsroom/login").header("Sec-Fetch-Site", "same-site")
                        .param("username", "editor").param("password", "red-pen-on-copy"))
                .andExpect(redirectedUrl("/newsroom/login?cross-site"));
        for (String origin : new String[] {"http://evil.example", "null", "https://localhost", "http://localhost:8081"}) {
            MvcResult originOnly = mvc.perform(post("/newsroom/login").header("Origin", origin)
                            .param("username", "editor").param("password", "red-pen-on-copy"))
                    .andExpect(redirectedUrl("/newsroom/login?cross-site")).andReturn();
            assertThat(originOnly.getRequest().getSession(false)).as(origin).isNull();
        }
    }

    @Test
    void loginPostsFromTheLoginPageItselfGoThrough() throws Exception {
        mvc.perform(post("/newsroom/login").header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost")
                        .param("username", "editor").param("password", "red-pen-on-copy"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).startsWith("/newsroom/").doesNotContain("login"));
        // An older browser without Fetch Metadata still sends Origin.
        mvc.perform(post("/newsroom/login").header("Origin", "http://localhost")
                        .param("username", "editor").param("password", "red-pen-on-copy"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).startsWith("/newsroom/").doesNotContain("login"));
    }

    @Test
    @WithUserDetails("writer")
    void writerCannotCallAnAdminServiceMethod() {
        assertThatThrownBy(() -> staffAdmin.listAccounts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("editor")
    void editorCannotCallAnAdminServiceMethod() {
        assertThatThrownBy(() -> staffAdmin.listAccounts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCannotCallAnAdminServiceMethod() {
        assertThatThrownBy(() -> staffAdmin.listAccounts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminCanListAccounts() {
        assertThat(staffAdmin.listAccounts()).extracting(a -> a.username()).contains("admin", "editor", "writer");
    }
}
