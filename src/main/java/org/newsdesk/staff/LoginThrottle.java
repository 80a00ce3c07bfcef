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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records every login attempt and refuses further attempts after too many failures for one
 * username (since its last success) or from one address, within the window. Kept in the database,
 * so every node sees the same counts. Attempts the throttle refused are recorded as such and do not
 * count as failures: otherwise every refused try would push the block further out.
 */
@Component
class LoginThrottle {

    enum Outcome { SUCCEEDED, FAILED, THROTTLED }

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

    /** Throws when this username or address is blocked right now, saying for how long still. */
    @Transactional(readOnly = true)
    public void check(String username, String address) {
        Instant now = clock.instant();
        LocalDateTime since = utc(now.minus(properties.window()));
        String name = normalize(username);
        // Failures for the username count only after its last success.
        List<LocalDateTime> byUser = jdbc.sql("""
                        SELECT attempted_at FROM login_attempt
                        WHERE username = :u AND succeeded = FALSE AND throttled = FALSE AND attempted_at >= :since
                          AND attempted_at > COALESCE((SELECT MAX(attempted_at) FROM login_attempt
                                                       WHERE username = :u AND succeeded = TRUE), '1970-01-01')
                        ORDER BY attempted_at""")
                .param("u", name).param("since", since).query(LocalDateTime.class).list();
        List<LocalDateTime> byAddress = jdbc.sql("""
                        SELECT attempted_at FROM login_attempt
                        WHERE remote_address = :a AND succeeded = FALSE AND throttled = FALSE AND attempted_at >= :since
                        ORDER BY attempted_at""")
                .param("a", address).param("since", since).query(LocalDateTime.class).list();
        Optional<Instant> until = Optional.empty();
        for (List<LocalDateTime> failures : List.of(byUser, byAddress)) {
            Optional<Instant> lifts = blockedUntil(failures, properties.maxFailures(), properties.window());
            if (lifts.isPresent() && (until.isEmpty() || lifts.get().isAfter(until.get()))) {
                until = lifts;
            }
        }
        if (until.isPresent()) {
            throw new LoginThrottledException(minutesUntil(now, until.get()));
        }
    }

    /**
     * When a block over these failures (oldest first) lifts: once fewer than {@code max} remain in
     * the window, i.e. when the failure that would leave {@code max - 1} ages out. Empty when not blocked.
     */
    static Optional<Instant> blockedUntil(List<LocalDateTime> failures, int max, Duration window) {
        if (failures.size() < max) {
            return Optional.empty();
        }
        LocalDateTime agesOut = failures.get(failures.size() - max);
        return Optional.of(agesOut.toInstant(ZoneOffset.UTC).plus(window));
    }

    /** Whole minutes, rounded up: "1 minute" while any time is left, never "0". */
    static long minutesUntil(Instant now, Instant until) {
        long seconds = Math.max(0, Duration.between(now, until).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    /** In its own transaction: the record stays even though the login itself fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String address, Outcome outcome, Long accountId) {
        String name = normalize(username);
        LocalDateTime now = utc(clock.instant());
        // A refused attempt reaches the audit trail once per block (per username or address); the
        // rest are only counted here, so a flood cannot grow the append-only trail without bound.
        boolean audited = outcome != Outcome.THROTTLED || jdbc.sql("""
                        SELECT COUNT(*) FROM login_attempt WHERE throttled = TRUE AND attempted_at >= :since
                          AND (username = :u OR remote_address = :a)""")
                .param("since", utc(clock.instant().minus(properties.window()))).param("u", name).param("a", address)
                .query(Long.class).single() == 0;
        jdbc.sql("""
                        INSERT INTO login_attempt (username, remote_address, succeeded, throttled, attempted_at)
                        VALUES (:u, :a, :s, :th, :t)""")
                .param("u", name).param("a", address).param("s", outcome == Outcome.SUCCEEDED)
                .param("th", outcome == Outcome.THROTTLED).param("t", now).update();
        if (audited) {
            String action = switch (outcome) {
                case SUCCEEDED -> "LOGIN";
                case FAILED -> "LOGIN_FAILED";
                case THROTTLED -> "LOGIN_THROTTLED";
            };
            String note = outcome == Outcome.THROTTLED
                    ? "from " + address + "; logins paused, further refused attempts counted in login_attempt"
                    : "from " + address;
            audit.record(AuditEvent.of(accountId, name, action, "ACCOUNT", accountId, name, note));
        }
    }

    /** Deletes up to {@code batch} attempts older than the retention; returns how many. */
    @Transactional
    public int pruneBatch(int batch) {
        Duration keep = properties.retention().compareTo(properties.window()) < 0 ? properties.window() : properties.retention();
        // Claimed with SKIP LOCKED, so several nodes pruning at once never wait on each other.
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM login_attempt WHERE attempted_at < :cutoff
                        ORDER BY attempted_at LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .param("cutoff", utc(clock.instant().minus(keep))).param("batch", batch)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM login_attempt WHERE id IN (:ids)").param("ids", ids).update();
    }

    private static String normalize(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
