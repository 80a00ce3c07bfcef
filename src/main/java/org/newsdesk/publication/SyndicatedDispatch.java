package org.newsdesk.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.text.MarkdownRenderer;

/**
 * What machines (feeds, sitemaps, the ninjs API) get of a dispatch: its published revision plus the
 * facts a partner needs (revision number, urgency, embargo, kill notice, correction note).
 *
 * @param revision      the published revision's number: the ninjs {@code version}
 * @param firstPublishedAt first publication; the URL's date
 * @param publishedAt   latest (re)publication, i.e. when this revision went out ("updated")
 * @param killed        withdrawn: only identity, headline and notice remain
 * @param changedAt     the kill instant for a killed dispatch, else the latest (re)publication
 * @param embargoUntil  the embargo, if one is set (it may have passed)
 * @param killNotice    the public notice of a killed dispatch, else null
 * @param sectionLabel  the section's name in the dispatch's language (else its primary language's, English's or the code)
 * @param translationSet the story's translation set: the id of its first dispatch, the original; null if it has none
 */
public record SyndicatedDispatch(long id, String language, String slug, int revision, String headline,
                                 String slugline, String datelinePlace, LocalDate datelineDate, String dateline,
                                 String byline, String lead, String body, String sectionCode, String sectionLabel,
                                 String keywords, int urgency, String correctionNote, boolean killed,
                                 Instant firstPublishedAt, Instant publishedAt, Instant changedAt,
                                 Instant embargoUntil, String killNotice, Long translationSet) {

    /** The article's stable URL path, as on the public site: /{lang}/{yyyy}/{mm}/{dd}/{slug}. */
    public String path() {
        return PublishedDispatch.path(language, firstPublishedAt, slug);
    }

    /** Under a running embargo at {@code now}: withheld from the public. */
    public boolean embargoedAt(Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }

    /** When this version of the dispatch came to be: the kill for a killed one, else the (re)publication. */
    public Instant versionCreated() {
        return killed() && changedAt != null ? changedAt : publishedAt;
    }

    /** The dispatch this one was translated from (its set's first), or null if it is an original. */
    public Long translatedFrom() {
        return translationSet == null || translationSet == id ? null : translationSet;
    }

    /** The lead, or else the body's first paragraph as plain text. */
    public String summary() {
        return PublishedDispatch.summary(lead, body);
    }

    /** The body as sanitized HTML. */
    public String bodyHtml() {
        return MarkdownRenderer.publishedHtml(body);
    }

    /** Keywords as a list (comma-separated in the dispatch). */
    public List<String> keywordList() {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }
}
