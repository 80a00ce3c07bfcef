package org.newsdesk.audit;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail is a hash chain: altering a row directly in MariaDB is detected, and where. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("admin")
    void alteringARowInTheDatabaseBreaksTheChainAtThatRow() {
        AuditEntry first = audit.record(AuditEvent.of(null, "test", "TEST_EVENT", "TEST", 1L, "one", "original note"));
        audit.record(AuditEvent.of(null, "test", "TEST_EVENT", "TEST", 2L, "two", null));
        assertThat(audit.verify().intact()).isTrue();

        jdbc.sql("UPDATE audit_entry SET note = 'forged note' WHERE id = :id").param("id", first.id()).update();
        try {
            ChainCheck check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(first.id());
        } finally {
            jdbc.sql("UPDATE audit_entry SET note = 'original note' WHERE id = :id").param("id", first.id()).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void removingAnEntryIsDetected() {
        AuditEntry a = audit.record(AuditEvent.of(null, "test", "TEST_EVENT", "TEST", 3L, "three", null));
        AuditEntry b = audit.record(AuditEvent.of(null, "test", "TEST_EVENT", "TEST", 4L, "four", null));
        audit.record(AuditEvent.of(null, "test", "TEST_EVENT", "TEST", 5L, "five", null));
        var row = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", b.id()).query().singleRow();

        jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", b.id()).update();
        try {
            ChainCheck check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isGreaterThan(a.id());
        } finally {
            var insert = jdbc.sql("""
                    INSERT INTO audit_entry (id, occurred_at, actor_id, actor, action, target_type, target_id, target_label,
                        from_state, to_state, note, prev_hash, hash)
                    VALUES (:id, :occurred_at, :actor_id, :actor, :action, :target_type, :target_id, :target_label,
                        :from_state, :to_state, :note, :prev_hash, :hash)""");
            for (var e : row.entrySet()) {
                insert = insert.param(e.getKey().toLowerCase(), e.getValue());
            }
            insert.update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void entriesAreFoundByActorActionAndTime() {
        AuditEntry e = audit.record(AuditEvent.of(7L, "filter-actor", "FILTER_TEST", "TEST", 9L, "nine", "n"));
        assertThat(audit.search(new AuditFilter("filter-actor", "FILTER_TEST", e.occurredAt(), e.occurredAt().plusSeconds(1)), 0, 10))
                .extracting(AuditEntry::id).containsExactly(e.id());
        assertThat(audit.count(new AuditFilter("filter-actor", null, e.occurredAt().plusSeconds(1), null))).isZero();
        assertThat(audit.actions()).contains("FILTER_TEST");
    }
}
