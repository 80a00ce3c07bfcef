package org.newsdesk.publication;

import java.time.Instant;

/** A published article as sitemaps list it: where it is, what it is called, when it came out and last changed. */
public record ArticleLink(long id, String language, String slug, String headline, Instant firstPublishedAt,
                          Instant publishedAt) {

    /** The article's stable URL path, as on the public site: /{lang}/{yyyy}/{mm}/{dd}/{slug}. */
    public String path() {
        return PublishedDispatch.path(language, firstPublishedAt, slug);
    }
}
