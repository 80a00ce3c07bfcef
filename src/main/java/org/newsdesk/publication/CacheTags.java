package org.newsdesk.publication;

/**
 * Names for what a public response shows, sent to the front cache with the response
 * ({@link PublicResponses#TAG_HEADER}) and used to drop exactly those responses when it changes
 * ({@link FrontCachePurger}). Letters, digits and dashes only: the cache matches them in a regular expression.
 */
public final class CacheTags {

    /** Every public response carries it: dropped when the navigation (the list of editions) changes. */
    public static final String ALL = "all";
    /** Outputs across editions: sitemaps, the ninjs list. */
    public static final String INDEX = "index";

    private CacheTags() {
    }

    /** An article page (and its API item): its text, corrections, kill and the links to its translations. */
    public static String article(long id) {
        return "article-" + id;
    }

    /** An edition's lists: front page, sections, search, feeds. */
    public static String edition(String language) {
        return "edition-" + language.replaceAll("[^A-Za-z0-9-]", "");
    }
}
