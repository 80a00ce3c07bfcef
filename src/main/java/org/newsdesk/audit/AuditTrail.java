package org.newsdesk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The append-only record of who did what. Each entry carries a SHA-256 hash over its content and
 * the previous entry's hash, so that altering, removing or reordering a row in the database breaks
 * the chain, and {@link #verify()} says where.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final String ADMIN = "hasRole('ADMIN')";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends in the caller's transaction: the change and its record commit, or roll back, together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent e) {
        // The head row lock serializes appends across threads and nodes: one chain, no forks.
        String prev = jdbc.sql("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE").query(String.class).single();
        // Microseconds: what DATETIME(6) keeps, so the hash can be recomputed from the row.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(prev, at, e.actorId(), e.actor(), e.action(), e.targetType(), e.targetId(), e.targetLabel(),
                e.fromState(), e.toState(), e.note());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor_id, actor, action, target_type, target_id, target_label,
                                                 from_state, to_state, note, prev_hash, hash)
                        VALUES (:at, :actorId, :actor, :action, :targetType, :targetId, :targetLabel, :fromState, :toState,
                                :note, :prev, :hash)""")
                .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actorId", e.actorId())
                .param("actor", e.actor())
                .param("action", e.action())
                .param("targetType", e.targetType())
                .param("targetId", e.targetId())
                .param("targetLabel", e.targetLabel())
                .param("fromState", e.fromState())
                .param("toState", e.toState())
                .param("note", e.note())
                .param("prev", prev)
                .param("hash", hash)
                .update(key);
        jdbc.sql("UPDATE audit_head SET last_hash = :hash WHERE id = 1").param("hash", hash).update();
        return new AuditEntry(Objects.requireNonNull(key.getKey()).longValue(), at, e.actorId(), e.actor(), e.action(),
                e.targetType(), e.targetId(), e.targetLabel(), e.fromState(), e.toState(), e.note(), prev, hash);
    }

    /** Recomputes every hash in order; the first mismatch is where the trail was altered. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public ChainCheck verify() {
        String expectedPrev = GENESIS;
        long checked = 0;
        long lastId = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("SELECT * FROM audit_entry WHERE id > :after ORDER BY id LIMIT 1000")
                    .param("after", lastId).query(AuditTrail::map).list();
            if (batch.isEmpty()) {
                String head = jdbc.sql("SELECT last_hash FROM audit_head WHERE id = 1").query(String.class).single();
                // The head must point at the last entry: otherwise entries were removed from the end.
                return head.equals(expectedPrev) ? new ChainCheck(true, checked, null)
                        : new ChainCheck(false, checked, lastId == 0 ? null : lastId);
            }
            for (AuditEntry a : batch) {
                String recomputed = hash(a.prevHash(), a.occurredAt(), a.actorId(), a.actor(), a.action(), a.targetType(),
                        a.targetId(), a.targetLabel(), a.fromState(), a.toState(), a.note());
                if (!a.prevHash().equals(expectedPrev) || !recomputed.equals(a.hash())) {
                    return new ChainCheck(false, checked, a.id());
                }
                expectedPrev = a.hash();
                checked++;
                lastId = a.id();
            }
        }
    }

    /** One entry, e.g. where the chain breaks. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public java.util.Optional<AuditEntry> entry(long id) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", id).query(AuditTrail::map).optional();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT * FROM audit_entry" + where.sql + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        where.params.forEach(p -> spec.param(p.name, p.value));
        return spec.param("limit", limit).param("offset", offset).query(AuditTrail::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public long count(AuditFilter filter) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql);
        where.params.forEach(p -> spec.param(p.name, p.value));
        return spec.query(Long.class).single();
    }

    /** The trail of one thing (a dispatch's history), oldest first; any staff member may read it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('WRITER', 'EDITOR', 'ADMIN')")
    public List<AuditEntry> forTarget(String targetType, long targetId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE target_type = :t AND target_id = :id ORDER BY id")
                .param("t", targetType).param("id", targetId).query(AuditTrail::map).list();
    }

    /** The actions that occur in the trail, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    private record Param(String name, Object value) {
    }

    private record Where(String sql, List<Param> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            clauses.add("actor = :actor");
            params.add(new Param("actor", f.actor().strip()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            clauses.add("action = :action");
            params.add(new Param("action", f.action()));
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= :from");
            params.add(new Param("from", LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < :to");
            params.add(new Param("to", LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC)));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        return new AuditEntry(rs.getLong("id"), at.toLocalDateTime().toInstant(ZoneOffset.UTC),
                (Long) rs.getObject("actor_id", Long.class), rs.getString("actor"), rs.getString("action"),
                rs.getString("target_type"), rs.getObject("target_id", Long.class), rs.getString("target_label"),
                rs.getString("from_state"), rs.getString("to_state"), rs.getString("note"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** Unambiguous encoding: each field length-prefixed, nulls distinct from empty strings. */
    static String hash(String prev, Instant at, Object... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder canonical = new StringBuilder(prev).append('|').append(at.toString());
            for (Object field : fields) {
                if (field == null) {
                    canonical.append("|-");
                } else {
                    String s = field.toString();
                    canonical.append('|').append(s.length()).append(':').append(s);
                }
            }
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
