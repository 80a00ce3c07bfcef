package org.newsdesk.dispatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A dispatch's comment thread, oldest first. Who may comment is {@code Workflow.mayComment}'s to say. */
@Component
class DispatchComments {

    private final JdbcClient jdbc;

    DispatchComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long dispatchId, long authorId, Instant at, String text) {
        jdbc.sql("INSERT INTO dispatch_comment (dispatch_id, author_id, created_at, body) VALUES (:d, :a, :t, :b)")
                .param("d", dispatchId).param("a", authorId).param("t", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("b", text).update();
    }

    List<DispatchComment> of(long dispatchId) {
        return jdbc.sql("""
                        SELECT c.id, c.author_id, a.display_name, c.created_at, c.body FROM dispatch_comment c
                        JOIN staff_account a ON a.id = c.author_id WHERE c.dispatch_id = :d ORDER BY c.created_at, c.id""")
                .param("d", dispatchId)
                .query((rs, n) -> new DispatchComment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(5)))
                .list();
    }
}
