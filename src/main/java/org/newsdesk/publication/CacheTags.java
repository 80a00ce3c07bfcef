package org.newsdesk.publication;

/**
 * Names for what a public response shows, sent to the front cache with the response
 * ({@link PublicResponses#TAG_HEADER}) and used to drop exactly those responses when it changes
 * ({@link FrontCachePurger}). Letters, digits and dashes only: the cache matches them in a regular expression.
 * <p>
 * The same names are the <em>scopes</em> of the finer publication versions: a response depends on exactly
 * what its tags name, and the app's own cache keeps it while none of those scopes changed
 * ({@link PublicationVersion#version(String)}). {@link #INDEX} is the site-wide counter, {@link #ALL} the
 * navigation (the editions offered).
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

    /** A section of an edition: its page and feeds, and the "more in this section" of its articles. */
    public static String section(String language, String code) {
        // "--" cannot occur in a language tag, so the name splits back unambiguously.
        return "section-" + clean(language) + "--" + clean(code);
    }

    /** A translation set: the "also in" links and hreflang of its members' pages. */
    public static String translations(long set) {
        return "translations-" + set;
    }

    /** An edition's lists: front page, sections, search, feeds. */
    public static String edition(String language) {
        return "edition-" + clean(language);
    }

    private static String clean(String name) {
        // On every render: a loop, not a regular expression compiled per call.
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            }
        }
        return out.length() == name.length() ? name : out.toString();
    }
}
