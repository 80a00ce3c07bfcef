package org.newsdesk.dispatch;

import org.newsdesk.place.Places;
import org.newsdesk.workflow.WorkflowAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
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

    private final TranslationStore store;
    private final DispatchService dispatches;
    private final Places places;
    private final Clock clock;

    TranslationSets(TranslationStore store, DispatchService dispatches, Places places, Clock clock) {
        this.store = store;
        this.dispatches = dispatches;
        this.places = places;
        this.clock = clock;
    }

    /** Creates the translation of a dispatch into a language as a new draft of the current user. */
    @Transactional
    public DispatchDetails translate(long sourceId, String language) {
        DispatchDetails source = dispatches.get(sourceId);
        long set = store.setOf(sourceId).orElse(sourceId);
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
        var now = clock.instant();
        if (store.setOf(sourceId).isEmpty()) {
            store.startSet(sourceId, now);
        }
        store.add(created.id(), set, sourceId, source.latestRevision(), now);
        return created;
    }

    /** The set a dispatch belongs to, the source first, then by language; empty when it has no translations. */
    @Transactional(readOnly = true)
    public List<TranslationMember> members(long dispatchId) {
        return store.members(dispatchId);
    }

    /** How the source changed since this translation was made, if it did. */
    @Transactional(readOnly = true)
    public Optional<SourceChange> sourceChange(long translationId) {
        return store.sourceChange(translationId)
                .map(c -> c.with(dispatches.diff(c.sourceId(), c.translatedRevision(), c.latestRevision())));
    }

    /** The translator has taken the source's changes into account: no warning until it changes again. */
    @Transactional
    public void sourceSeen(long translationId) {
        DispatchDetails translation = dispatches.get(translationId);
        if (!translation.allowedActions().contains(WorkflowAction.EDIT)) {
            throw new org.springframework.security.access.AccessDeniedException("Only who may edit the translation");
        }
        store.sourceSeen(translationId);
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
}
