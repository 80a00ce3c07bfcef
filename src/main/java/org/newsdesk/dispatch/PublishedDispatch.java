package org.newsdesk.dispatch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What readers see of a published dispatch. */
public record PublishedDispatch(long id, String language, String slug, String headline, String dateline,
                                String byline, String lead, String body, String sectionCode, String keywords,
                                Instant publishedAt, Instant updatedAt) {

    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    /** The article's stable URL path: /{lang}/{yyyy}/{mm}/{dd}/{slug}. */
    public String path() {
        return "/" + language + "/" + PATH_DATE.format(publishedAt) + "/" + slug;
    }

    /** The lead, or else the body's first paragraph as plain text, for lists and descriptions. */
    public String summary() {
        if (lead != null && !lead.isBlank()) {
            return lead;
        }
        String first = body == null ? "" : body.strip().split("\\R\\s*\\R", 2)[0];
        String text = MarkdownRenderer.toPlainText(first);
        return text.length() <= 300 ? text : text.substring(0, text.lastIndexOf(' ', 297)) + "…";
    }

    /** The body as sanitized HTML. */
    public String bodyHtml() {
        return MarkdownRenderer.toSafeHtml(body);
    }
}
