package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import java.util.List;
import java.util.Optional;

/**
 * Everything the editor shows about one dispatch for the person looking at it, from one call
 * ({@link DispatchService#editorState}): the editor refreshes from this after every action.
 *
 * @param dispatch        the working copy, where it stands and what this person may do now
 * @param holdsLock       whether this person holds the edit lock (only then is the form writable)
 * @param mayTakeOverLock whether someone else holds the lock and this person may take it over
 * @param comments        the comment thread, oldest first
 * @param review          for a reviewer: what changed since the published or last returned revision
 * @param translations    the story's language versions (empty when it has none)
 * @param sourceChange    for a translation: how its source changed since it was made
 */
public record EditorState(DispatchDetails dispatch, boolean holdsLock, boolean mayTakeOverLock,
                          List<DispatchComment> comments, Optional<Review> review,
                          List<TranslationMember> translations, Optional<SourceChange> sourceChange) {

    /** The same state with the dispatch as a save returned it (the rest changes only with actions). */
    public EditorState withDispatch(DispatchDetails saved) {
        return new EditorState(saved, holdsLock, mayTakeOverLock, comments, review, translations, sourceChange);
    }

    /** The changes a reviewer reads: from revision {@code since} to the latest. */
    public record Review(int since, int latest, List<TextDiff.Row> changes) {
    }
}
