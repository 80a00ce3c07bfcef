package org.newsdesk.dispatch;

import org.newsdesk.text.TextDiff;
import java.util.List;

/**
 * The version a translation was made from has changed since: what the translator must catch up with.
 *
 * @param translatedRevision the source's revision when the translation was made (or last brought up to date)
 * @param latestRevision     the source's revision now
 * @param diff               from the one to the other
 */
public record SourceChange(long sourceId, String sourceLanguage, int translatedRevision, int latestRevision,
                           List<TextDiff.Row> diff) {
}
