package org.newsdesk.dispatch;

import org.newsdesk.place.Places;
import org.newsdesk.workflow.WorkflowAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.text.Dateline;

/**
 * The same story in several languages. "Translate" makes a new draft in another language, linked to
 * its source in one translation set (the set's id is its first dispatch's id) and prefilled from the
 * source, with the dateline place named in the target language; the draft then has its own workflow.
 * The set remembers which revision of the source each translation was made from, so translators see
 * when and how the source changed since. Every change goes through {@link DispatchService}, so the
 * workflow rules, the audit trail and the revisions apply as for any dispatch.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TranslationSets {

    /** The agency's languages: a story has at most one version in each. */
    public static final List<String> LANGUAGES = Places.LANGUAGES;

    private final JdbcClient jdbc;
    private final DispatchService dispatches;
    private final Places places;
    private final Clock clock;

    TranslationSets(JdbcClient jdbc, DispatchService dispatches, Places places, Clock clock) {
        this.jdbc = jdbc;
        this.dispatches = dispatches;
        this.places = places;
        this.clock = clock;
    }

    /** Creates the translation of a dispatch into a language as a new draft of the current user. */
    @Transactional
    public DispatchDetails translate(long sourceId, String language) {
        DispatchDetails source = dispatches.get(sourceId);
        long set = setOf(sourceId).orElse(sourceId);
        if (language == null || !LANGUAGES.contains(language) || language.equals(source.draft().language())) {
            throw new DispatchValidationException(Map.of("language", "translation.error.language"));
        }
        if (members(sourceId).stream().anyMatch(m -> m.language().equals(language))) {
            throw new DispatchValidationException(Map.of("language", "translation.error.exists"));
        }
        DispatchDraft from = source.draft();
        Dateline dateline = from.dateline() == null ? null
                : new Dateline(places.localize(from.dateline().place(), language), from.dateline().date());
        DispatchDetails created = dispatches.create(new DispatchDraft(language, from.headline(), from.slugline(), dateline,
                from.byline(), from.lead(), from.body(), from.sectionCode(), from.keywords(), from.urgency(), null));
        var now = clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime();
        if (setOf(sourceId).isEmpty()) {
            jdbc.sql("""
                    INSERT INTO dispatch_translation (dispatch_id, translation_set, source_id, source_revision, created_at)
                    VALUES (:id, :id, NULL, NULL, :now)""").param("id", sourceId).param("now", now).update();
        }
        jdbc.sql("""
                INSERT INTO dispatch_translation (dispatch_id, translation_set, source_id, source_revision, created_at)
                VALUES (:id, :set, :source, :revision, :now)""")
                .param("id", created.id()).param("set", set).param("source", sourceId)
                .param("revision", source.latestRevision()).param("now", now).update();
        return created;
    }

    /** The set a dispatch belongs to, the source first, then by language; empty when it has no translations. */
    @Transactional(readOnly = true)
    public List<TranslationMember> members(long dispatchId) {
        Optional<Long> set = setOf(dispatchId);
        if (set.isEmpty()) {
            return List.of();
        }
        List<TranslationMember> members = new ArrayList<>();
        jdbc.sql("""
                        SELECT t.dispatch_id, t.source_id, t.source_revision, s.latest_revision AS source_latest
                        FROM dispatch_translation t LEFT JOIN dispatch s ON s.id = t.source_id
                        WHERE t.translation_set = :set""")
                .param("set", set.get())
                .query((rs, n) -> new Object[] {rs.getLong("dispatch_id"), rs.getObject("source_revision", Integer.class),
                        rs.getObject("source_latest", Integer.class)})
                .list()
                .forEach(row -> {
                    DispatchDetails d;
                    try {
                        d = dispatches.get((Long) row[0]);
                    } catch (DispatchNotFoundException hidden) {
                        return; // a version this person may not see (another writer's draft)
                    }
                    boolean changed = row[1] != null && row[2] != null && (Integer) row[2] > (Integer) row[1];
                    members.add(new TranslationMember(d.id(), d.draft().language(), d.state(), d.authorName(),
                            d.draft().headline(), d.id() == set.get(), changed));
                });
        members.sort(Comparator.comparing((TranslationMember m) -> !m.source()).thenComparing(TranslationMember::language));
        return members;
    }

    /** How the source changed since this translation was made, if it did. */
    @Transactional(readOnly = true)
    public Optional<SourceChange> sourceChange(long translationId) {
        return jdbc.sql("""
                        SELECT t.source_id, t.source_revision, s.latest_revision, s.language
                        FROM dispatch_translation t JOIN dispatch s ON s.id = t.source_id
                        WHERE t.dispatch_id = :id AND s.latest_revision > t.source_revision""")
                .param("id", translationId)
                .query((rs, n) -> new SourceChange(rs.getLong("source_id"), rs.getString("language"),
                        rs.getInt("source_revision"), rs.getInt("latest_revision"), List.of()))
                .optional()
                .map(c -> new SourceChange(c.sourceId(), c.sourceLanguage(), c.translatedRevision(), c.latestRevision(),
                        dispatches.diff(c.sourceId(), c.translatedRevision(), c.latestRevision())));
    }

    /** The translator has taken the source's changes into account: no warning until it changes again. */
    @Transactional
    public void sourceSeen(long translationId) {
        DispatchDetails translation = dispatches.get(translationId);
        if (!translation.allowedActions().contains(WorkflowAction.EDIT)) {
            throw new org.springframework.security.access.AccessDeniedException("Only who may edit the translation");
        }
        jdbc.sql("""
                UPDATE dispatch_translation t JOIN dispatch s ON s.id = t.source_id
                SET t.source_revision = s.latest_revision WHERE t.dispatch_id = :id""").param("id", translationId).update();
    }

    /**
     * Kills every published version of the story with the same notice (each through the workflow, so
     * each is audited and leaves every output). Versions not published are left to their workflow.
     *
     * @return the versions killed
     */
    @Transactional
    public List<DispatchDetails> killSet(long dispatchId, String notice) {
        List<Long> ids = members(dispatchId).stream().map(TranslationMember::id).toList();
        if (ids.isEmpty()) {
            ids = List.of(dispatchId);
        }
        List<DispatchDetails> killed = new ArrayList<>();
        for (long id : ids) {
            if (dispatches.get(id).allowedActions().contains(WorkflowAction.KILL)) {
                killed.add(dispatches.kill(id, notice));
            }
        }
        return killed;
    }

    private Optional<Long> setOf(long dispatchId) {
        return jdbc.sql("SELECT translation_set FROM dispatch_translation WHERE dispatch_id = :id")
                .param("id", dispatchId).query(Long.class).optional();
    }
}
