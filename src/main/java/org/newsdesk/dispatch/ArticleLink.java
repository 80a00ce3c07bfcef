package org.newsdesk.dispatch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A published article as sitemaps list it: where it is, what it is called, when it came out and last changed. */
public record ArticleLink(long id, String language, String slug, String headline, Instant firstPublishedAt,
                          Instant publishedAt) {

    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    /** The article's stable URL path, as on the public site: /{lang}/{yyyy}/{mm}/{dd}/{slug}. */
    public String path() {
        return "/" + language + "/" + PATH_DATE.format(firstPublishedAt) + "/" + slug;
    }
}
