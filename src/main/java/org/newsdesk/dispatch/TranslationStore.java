package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import org.newsdesk.workflow.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The translation sets' table: which dispatches tell the same story, and which revision of the
 * source each translation was made from. {@link TranslationSets} and the editor's state read it here.
 */
@Component
class TranslationStore {

    /** Where a translation stands against its source, before the differences are computed. */
    record SourceRevisions(long sourceId, String sourceLanguage, int translatedRevision, int latestRevision) {

        SourceChange with(List<TextDiff.Row> diff) {
            return new SourceChange(sourceId, sourceLanguage, translatedRevision, latestRevision, diff);
        }
    }

    private final JdbcClient jdbc;

    TranslationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> setOf(long dispatchId) {
        return jdbc.sql("SELECT translation_set FROM dispatch_translation WHERE dispatch_id = :id")
                .param("id", dispatchId).query(Long.class).optional();
    }

    /** The set a dispatch belongs to, the source first, then by language; empty when it has no translations. */
    List<TranslationMember> members(long dispatchId) {
        Optional<Long> set = setOf(dispatchId);
        if (set.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT t.dispatch_id, d.language, d.state, a.display_name, d.headline,
                               t.source_revision, s.latest_revision AS source_latest
                        FROM dispatch_translation t JOIN dispatch d ON d.id = t.dispatch_id
                        JOIN staff_account a ON a.id = d.created_by
                        LEFT JOIN dispatch s ON s.id = t.source_id
                        WHERE t.translation_set = :set""")
                .param("set", set.get())
                .query((rs, n) -> {
                    Integer made = rs.getObject("source_revision", Integer.class);
                    Integer latest = rs.getObject("source_latest", Integer.class);
                    long id = rs.getLong("dispatch_id");
                    return new TranslationMember(id, rs.getString("language"), DispatchState.valueOf(rs.getString("state")),
                            rs.getString("display_name"), rs.getString("headline"), id == set.get(),
                            made != null && latest != null && latest > made);
                })
                .list().stream()
                .sorted(Comparator.comparing((TranslationMember m) -> !m.source()).thenComparing(TranslationMember::language))
                .toList();
    }

    /** The source's revision now and when this translation was made, if the source changed since. */
    Optional<SourceRevisions> sourceChange(long translationId) {
        return jdbc.sql("""
                        SELECT t.source_id, s.language, t.source_revision, s.latest_revision
                        FROM dispatch_translation t JOIN dispatch s ON s.id = t.source_id
                        WHERE t.dispatch_id = :id AND s.latest_revision > t.source_revision""")
                .param("id", translationId)
                .query((rs, n) -> new SourceRevisions(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /** Makes a dispatch the first of its own set. */
    void startSet(long sourceId, Instant now) {
        jdbc.sql("""
                INSERT INTO dispatch_translation (dispatch_id, translation_set, source_id, source_revision, created_at)
                VALUES (:id, :id, NULL, NULL, :now)""").param("id", sourceId).param("now", utc(now)).update();
    }

    void add(long translationId, long set, long sourceId, int sourceRevision, Instant now) {
        jdbc.sql("""
                INSERT INTO dispatch_translation (dispatch_id, translation_set, source_id, source_revision, created_at)
                VALUES (:id, :set, :source, :revision, :now)""")
                .param("id", translationId).param("set", set).param("source", sourceId)
                .param("revision", sourceRevision).param("now", utc(now)).update();
    }

    /** The translation now counts as made from the source's latest revision. */
    void sourceSeen(long translationId) {
        jdbc.sql("""
                UPDATE dispatch_translation t JOIN dispatch s ON s.id = t.source_id
                SET t.source_revision = s.latest_revision WHERE t.dispatch_id = :id""").param("id", translationId).update();
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
