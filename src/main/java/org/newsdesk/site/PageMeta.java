package org.newsdesk.site;

import java.util.List;

/**
 * What a page tells crawlers and link previews: title, description, canonical address, Open Graph
 * and Twitter card tags, JSON-LD and language alternates.
 *
 * @param canonicalPath path of the canonical URL (made absolute with the site's base URL)
 * @param ogType        "website" or "article"
 * @param properties    further Open Graph properties (article:published_time, …)
 * @param alternates    hreflang links, x-default included
 * @param jsonLd        JSON-LD already escaped for a script element, or null
 * @param robots        e.g. "noindex, follow" for search results; null = default
 */
public record PageMeta(String title, String description, String canonicalPath, String ogType,
                       List<Property> properties, List<Alternate> alternates, String jsonLd, String robots,
                       List<Feed> feeds) {

    public PageMeta(String title, String description, String canonicalPath, String ogType,
                    List<Property> properties, List<Alternate> alternates, String jsonLd, String robots) {
        this(title, description, canonicalPath, ogType, properties, alternates, jsonLd, robots, List.of());
    }

    /** A feed announced with {@code <link rel="alternate">}, so feed readers find it. */
    public record Feed(String type, String title, String path) {
    }

    public PageMeta withFeeds(String title, String basePath) {
        return new PageMeta(this.title, description, canonicalPath, ogType, properties, alternates, jsonLd, robots,
                List.of(new Feed("application/rss+xml", title + " (RSS)", basePath + "rss.xml"),
                        new Feed("application/atom+xml", title + " (Atom)", basePath + "atom.xml")));
    }

    public record Property(String property, String content) {
    }

    /** The first property of that name (e.g. og:image), or null: the layout adds Twitter's large card from it. */
    public Property property(String name) {
        return properties.stream().filter(p -> p.property().equals(name)).findFirst().orElse(null);
    }

    public record Alternate(String hreflang, String path) {
    }

    public static PageMeta simple(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, "website", List.of(), List.of(), null, null);
    }

    public PageMeta withRobots(String value) {
        return new PageMeta(title, description, canonicalPath, ogType, properties, alternates, jsonLd, value, feeds);
    }

    public PageMeta withAlternates(List<Alternate> value) {
        return new PageMeta(title, description, canonicalPath, ogType, properties, value, jsonLd, robots, feeds);
    }
}
