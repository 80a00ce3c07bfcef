package org.newsdesk.dispatch;

import org.newsdesk.workflow.EditLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The edit lock's columns of the dispatch row, written with their own statements: a lock is not part
 * of the entity's version, so taking one never makes anyone's save stale. The rules (timeout, who
 * may take over) are {@link EditLock}'s; this class only stores.
 */
@Component
class DispatchLocks {

    private final JdbcClient jdbc;

    DispatchLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lock as stored (it may have expired: ask {@link EditLock#heldAt}). */
    EditLock of(long id) {
        return jdbc.sql("SELECT locked_by, locked_at, lock_seen_at FROM dispatch WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new EditLock(rs.getObject(1, Long.class), utc(rs.getTimestamp(2)), utc(rs.getTimestamp(3))))
                .optional().orElse(EditLock.FREE);
    }

    /**
     * Takes the lock if it is free, expired or already this person's (then it is a heartbeat). One
     * statement decides, so that two concurrent takers cannot both win.
     */
    boolean take(long id, long me, Instant now) {
        return jdbc.sql("""
                        UPDATE dispatch SET locked_at = CASE WHEN locked_by = :me THEN locked_at ELSE :now END,
                                            locked_by = :me, lock_seen_at = :now
                        WHERE id = :id AND (locked_by IS NULL OR locked_by = :me OR lock_seen_at < :expired)""")
                .param("me", me).param("now", utc(now)).param("id", id)
                .param("expired", utc(EditLock.expiredBefore(now))).update() == 1;
    }

    /** Takes the lock whoever holds it (an editor's take-over). */
    void takeOver(long id, long me, Instant now) {
        jdbc.sql("UPDATE dispatch SET locked_by = :me, locked_at = :now, lock_seen_at = :now WHERE id = :id")
                .param("me", me).param("now", utc(now)).param("id", id).update();
    }

    /** Keeps this person's live lock alive; never takes back a lock that was released or taken over. */
    boolean renew(long id, long me, Instant now) {
        return jdbc.sql("UPDATE dispatch SET lock_seen_at = :now WHERE id = :id AND locked_by = :me AND lock_seen_at >= :expired")
                .param("now", utc(now)).param("id", id).param("me", me)
                .param("expired", utc(EditLock.expiredBefore(now))).update() == 1;
    }

    /** Releases this person's own lock; someone else's stays. */
    void release(long id, long me) {
        jdbc.sql("UPDATE dispatch SET locked_by = NULL, locked_at = NULL, lock_seen_at = NULL WHERE id = :id AND locked_by = :me")
                .param("id", id).param("me", me).update();
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant utc(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
