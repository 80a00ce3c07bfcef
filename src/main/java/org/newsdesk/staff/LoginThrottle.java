package org.newsdesk.staff;

import org.newsdesk.audit.AuditEvent;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.LoginThrottledException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Records every login attempt and refuses further attempts after too many failures for one
 * username (since its last success) or from one address, within the window. Kept in the database,
 * so every node sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AuditTrail audit, LoginThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Throws when this username or address is blocked right now. */
    @Transactional(readOnly = true)
    public void check(String username, String address) {
        Instant now = clock.instant();
        LocalDateTime since = utc(now.minus(properties.window()));
        String name = normalize(username);
        // Failures for the username count only after its last success.
        var byUser = jdbc.sql("""
                        SELECT COUNT(*) AS n, MIN(attempted_at) AS oldest FROM login_attempt
                        WHERE username = :u AND succeeded = FALSE AND attempted_at >= :since
                          AND attempted_at > COALESCE((SELECT MAX(attempted_at) FROM login_attempt
                                                       WHERE username = :u AND succeeded = TRUE), '1970-01-01')""")
                .param("u", name).param("since", since).query().singleRow();
        var byAddress = jdbc.sql("""
                        SELECT COUNT(*) AS n, MIN(attempted_at) AS oldest FROM login_attempt
                        WHERE remote_address = :a AND succeeded = FALSE AND attempted_at >= :since""")
                .param("a", address).param("since", since).query().singleRow();
        for (var counts : new java.util.Map[] {byUser, byAddress}) {
            long n = ((Number) counts.get("n")).longValue();
            if (n >= properties.maxFailures()) {
                Object oldest = counts.get("oldest");
                Instant oldestAt = oldest instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC) : now;
                long minutes = Math.max(1, Duration.between(now, oldestAt.plus(properties.window())).toMinutes() + 1);
                throw new LoginThrottledException(minutes);
            }
        }
    }

    /** In its own transaction: the record stays even though the login itself fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String address, boolean succeeded, Long accountId) {
        String name = normalize(username);
        jdbc.sql("INSERT INTO login_attempt (username, remote_address, succeeded, attempted_at) VALUES (:u, :a, :s, :t)")
                .param("u", name).param("a", address).param("s", succeeded).param("t", utc(clock.instant())).update();
        audit.record(AuditEvent.of(accountId, name, succeeded ? "LOGIN" : "LOGIN_FAILED", "ACCOUNT", accountId, name,
                "from " + address));
    }

    private static String normalize(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
