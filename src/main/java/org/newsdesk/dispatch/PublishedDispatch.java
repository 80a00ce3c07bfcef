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

    /** The body as sanitized HTML. */
    public String bodyHtml() {
        return MarkdownRenderer.toSafeHtml(body);
    }
}
