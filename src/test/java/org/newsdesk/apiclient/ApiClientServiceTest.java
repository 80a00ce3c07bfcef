package org.newsdesk.apiclient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestClock;
import org.newsdesk.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.unique;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API client tokens on MariaDB: issued once and stored hashed, used, revoked; administrators only; audited. */
@IntegrationTest
class ApiClientServiceTest {

    @Autowired
    ApiClientService clients;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    <T> T as(String username, Supplier<T> action) {
        return runAs.as(username, action);
    }


    List<String> audit(long id) {
        return jdbc.sql("SELECT CONCAT(action, ':', actor, ':', target_label) FROM audit_entry "
                        + "WHERE target_type = 'API_CLIENT' AND target_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsItsHashUsedAndRevoked() {
        String name = unique("Agence Anadolu");
        IssuedToken issued = as("admin", () -> clients.issue("  " + name + "  "));
        assertThat(issued.name()).isEqualTo(name);
        assertThat(issued.token()).matches("ndk_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.token());

        String stored = jdbc.sql("SELECT token_hash FROM api_client WHERE id = :id").param("id", issued.id()).query(String.class).single();
        assertThat(stored).hasSize(64).isEqualTo(ApiClientService.hash(issued.token())).doesNotContain(issued.token());
        var listed = as("admin", () -> clients.list()).stream().filter(c -> c.id() == issued.id()).findFirst().orElseThrow();
        assertThat(listed.name()).isEqualTo(name);
        assertThat(listed.tokenHint()).isEqualTo(issued.token().substring(0, 8));
        assertThat(listed.createdBy()).isNotBlank();
        assertThat(listed.lastUsedAt()).isNull();
        assertThat(listed.revoked()).isFalse();

        var used = clients.authenticate(issued.token());
        assertThat(used).isPresent();
        assertThat(used.get().clientId()).isEqualTo(issued.id());
        assertThat(used.get().getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_API_CLIENT");
        var afterUse = as("admin", () -> clients.list()).stream().filter(c -> c.id() == issued.id()).findFirst().orElseThrow();
        assertThat(afterUse.lastUsedAt()).isNotNull();

        // last_used_at moves at most once a minute per client.
        clients.authenticate(issued.token());
        assertThat(as("admin", () -> clients.list()).stream().filter(c -> c.id() == issued.id()).findFirst().orElseThrow()
                .lastUsedAt()).isEqualTo(afterUse.lastUsedAt());
        clock.advance(Duration.ofMinutes(2));
        clients.authenticate(issued.token());
        assertThat(as("admin", () -> clients.list()).stream().filter(c -> c.id() == issued.id()).findFirst().orElseThrow()
                .lastUsedAt()).isAfter(afterUse.lastUsedAt());

        var revoked = as("admin", () -> clients.revoke(issued.id()));
        assertThat(revoked.revoked()).isTrue();
        assertThat(clients.authenticate(issued.token())).isEmpty();
        assertThat(as("admin", () -> clients.revoke(issued.id())).revokedAt()).isEqualTo(revoked.revokedAt());
        assertThat(audit(issued.id())).containsExactly("API_CLIENT_ISSUED:admin:" + name, "API_CLIENT_REVOKED:admin:" + name);
    }

    @Test
    void onlyAdministratorsIssueListAndRevoke() {
        IssuedToken issued = as("admin", () -> clients.issue(unique("Partenaire")));
        for (String user : List.of("writer", "editor")) {
            assertThatThrownBy(() -> as(user, () -> clients.issue("x"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> clients.list())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> clients.revoke(issued.id()))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(clients.authenticate(issued.token())).isPresent();
    }

    @Test
    void badNamesAndUnknownTokensAreRefused() {
        assertThatThrownBy(() -> as("admin", () -> clients.issue("  "))).isInstanceOf(ApiClientException.class)
                .hasMessage("apiclient.error.name-required");
        assertThatThrownBy(() -> as("admin", () -> clients.issue("x".repeat(101)))).isInstanceOf(ApiClientException.class)
                .hasMessage("apiclient.error.name-too-long");
        assertThatThrownBy(() -> as("admin", () -> clients.revoke(Long.MAX_VALUE))).isInstanceOf(ApiClientException.class)
                .hasMessage("apiclient.error.not-found");
        assertThat(clients.authenticate(null)).isEmpty();
        assertThat(clients.authenticate("ndk_unknown")).isEmpty();
        assertThat(clients.authenticate("something-else")).isEmpty();
    }
}
