package org.newsdesk.apiclient;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.CurrentUser;
import org.newsdesk.security.Roles;
import org.newsdesk.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bearer tokens of the ninjs API's partners. A token is 256 random bits, shown once when issued;
 * the database keeps its SHA-256 (a token is not a password: it is long and random, so a fast hash
 * is enough and a lookup by hash is one index probe). Issuing and revoking are for administrators and
 * recorded in the audit trail.
 */
@Service
public class ApiClientService {

    static final String TOKEN_PREFIX = "ndk_";
    static final int NAME_MAX = 100;
    /** last_used_at is written at most this often per client, so that busy clients do not hammer one row. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiClientService(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new client with a new token; the token is in the result and nowhere else. */
    @Transactional
    @PreAuthorize(ADMIN)
    public IssuedToken issue(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ApiClientException("apiclient.error.name-required");
        }
        if (clean.length() > NAME_MAX) {
            throw new ApiClientException("apiclient.error.name-too-long");
        }
        StaffPrincipal me = currentUser.require();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_client (name, token_hash, token_hint, created_at, created_by)
                        VALUES (:name, :hash, :hint, :at, :by)""")
                .param("name", clean).param("hash", hash(token)).param("hint", token.substring(0, TOKEN_PREFIX.length() + 4))
                .param("at", utc(clock.instant())).param("by", me.accountId())
                .update(key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "API_CLIENT_ISSUED", "API_CLIENT", id, clean, null));
        return new IssuedToken(id, clean, token);
    }

    /** The token stops working at once. Revoking twice changes nothing. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ApiClientSummary revoke(long id) {
        StaffPrincipal me = currentUser.require();
        ApiClientSummary client = find(id).orElseThrow(() -> new ApiClientException("apiclient.error.not-found"));
        if (client.revoked()) {
            return client;
        }
        jdbc.sql("UPDATE api_client SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("at", utc(clock.instant())).param("by", me.accountId()).param("id", id).update();
        audit.record(AuditEvent.of(me.accountId(), me.getUsername(), "API_CLIENT_REVOKED", "API_CLIENT", id,
                client.name(), null));
        return find(id).orElseThrow();
    }

    /** Every client, newest first (revoked ones too, for the record). */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<ApiClientSummary> list() {
        return jdbc.sql(SELECT + " ORDER BY c.created_at DESC, c.id DESC").query(ApiClientService::summary).list();
    }

    /**
     * The client a bearer token belongs to, if the token is valid and not revoked; notes the use.
     * Open to anyone: this is how an API request authenticates.
     */
    @Transactional
    public Optional<ApiClientAuthentication> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var client = jdbc.sql("SELECT id, name FROM api_client WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token))
                .query((rs, n) -> new ApiClientAuthentication(rs.getLong("id"), rs.getString("name")))
                .optional();
        client.ifPresent(c -> {
            Instant now = clock.instant();
            jdbc.sql("""
                            UPDATE api_client SET last_used_at = :now
                            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)""")
                    .param("now", utc(now)).param("id", c.clientId()).param("stale", utc(now.minus(LAST_USED_PRECISION)))
                    .update();
        });
        return client;
    }

    private static final String SELECT = """
            SELECT c.id, c.name, c.token_hint, c.created_at, a.display_name AS created_by, c.last_used_at, c.revoked_at
            FROM api_client c JOIN staff_account a ON a.id = c.created_by""";

    private Optional<ApiClientSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ApiClientService::summary).optional();
    }

    private static ApiClientSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiClientSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
