package org.newsdesk.publication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.text.MarkdownRenderer;

/**
 * What readers see of a published dispatch: its published revision.
 *
 * @param publishedAt first publication (the URL's date)
 * @param updatedAt   latest (re)publication, later than publishedAt after a correction
 */
public record PublishedDispatch(long id, String language, String slug, String headline, String dateline,
                                String byline, String lead, String body, String sectionCode, String keywords,
                                int urgency, int revision, Instant publishedAt, Instant updatedAt) {

    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    /** The article's stable URL path: /{lang}/{yyyy}/{mm}/{dd}/{slug}, dated by first publication in UTC. */
    public String path() {
        return path(language, publishedAt, slug);
    }

    /** The one rule for article addresses; feeds, sitemaps and translations use it too. */
    static String path(String language, Instant firstPublished, String slug) {
        return "/" + language + "/" + PATH_DATE.format(firstPublished) + "/" + slug;
    }

    /** The lead, or else the body's first paragraph as plain text, for lists and descriptions. */
    public String summary() {
        return summary(lead, body);
    }

    static String summary(String lead, String body) {
        if (lead != null && !lead.isBlank()) {
            return lead;
        }
        String first = body == null ? "" : body.strip().split("\\R\\s*\\R", 2)[0];
        String text = MarkdownRenderer.toPlainText(first);
        return text.length() <= 300 ? text : text.substring(0, Math.max(text.lastIndexOf(' ', 297), 200)) + "…";
    }

    /** The body as sanitized HTML. */
    public String bodyHtml() {
        return MarkdownRenderer.publishedHtml(body);
    }

    /** Keywords as entered, comma-separated in the newsroom. */
    public List<String> keywordList() {
        return keywords == null ? List.of()
                : Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** Whether it was corrected or otherwise republished after first publication. */
    public boolean updated() {
        return updatedAt != null && updatedAt.isAfter(publishedAt);
    }
}
