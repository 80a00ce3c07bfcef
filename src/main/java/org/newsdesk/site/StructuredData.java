package org.newsdesk.site;

import org.newsdesk.text.AgencyProperties;
import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.section.SectionLabel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD for search engines: {@code NewsArticle} on articles, {@code WebSite} with its search on
 * edition pages. Written by Jackson and escaped for a {@code <script>} element, so no text in a
 * dispatch can close the element.
 */
@Component
class StructuredData {

    private final JsonMapper json;
    private final AgencyProperties agency;

    StructuredData(JsonMapper json, AgencyProperties agency) {
        this.json = json;
        this.agency = agency;
    }

    String newsArticle(SiteChrome page, PublishedDispatch article, SectionLabel section,
                       List<org.newsdesk.publication.PublicPicture> pictures) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.headline());
        data.put("description", article.summary());
        data.put("datePublished", page.isoDateTime(article.publishedAt()));
        data.put("dateModified", page.isoDateTime(article.updatedAt()));
        data.put("inLanguage", article.language());
        data.put("url", page.absolute(article.path()));
        data.put("mainEntityOfPage", page.absolute(article.path()));
        data.put("author", article.byline() != null && !article.byline().isBlank()
                ? ordered("@type", "Person", "name", article.byline())
                : organization(page, article.language()));
        data.put("publisher", organization(page, article.language()));
        if (section != null) {
            data.put("articleSection", section.label());
        }
        List<String> keywords = article.keywordList();
        if (!keywords.isEmpty()) {
            data.put("keywords", keywords);
        }
        if (!pictures.isEmpty()) {
            data.put("image", pictures.stream().map(p -> imageObject(page, p)).toList());
        }
        return write(data);
    }

    /** schema.org ImageObject with the IPTC-style rights fields Google reads (creator, creditText, copyrightNotice). */
    private Map<String, Object> imageObject(SiteChrome page, org.newsdesk.publication.PublicPicture p) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        var main = p.fallback();
        if (main != null) {
            image.put("url", page.absolute(main.path()));
            image.put("contentUrl", page.absolute(main.path()));
            image.put("width", main.width());
            image.put("height", main.height());
            image.put("encodingFormat", main.mediaType());
        }
        if (p.caption() != null && !p.caption().isBlank()) {
            image.put("caption", p.caption());
        }
        image.put("description", p.altText());
        if (p.creator() != null && !p.creator().isBlank()) {
            // Ordered, like every map here: the same page gives the same bytes (and ETag) on every node.
            Map<String, Object> creator = new LinkedHashMap<>();
            creator.put("@type", "Person");
            creator.put("name", p.creator());
            image.put("creator", creator);
        }
        if (p.credit() != null && !p.credit().isBlank()) {
            image.put("creditText", p.credit());
        }
        if (p.copyright() != null && !p.copyright().isBlank()) {
            image.put("copyrightNotice", p.copyright());
        }
        return image;
    }

    String website(SiteChrome page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "WebSite");
        data.put("name", page.t().get("site.name"));
        data.put("url", page.absolute("/" + page.edition() + "/"));
        data.put("inLanguage", page.edition());
        data.put("publisher", organization(page, page.edition()));
        data.put("potentialAction", ordered("@type", "SearchAction",
                "target", page.absolute(page.searchHref()) + "?q={search_term_string}",
                "query-input", "required name=search_term_string"));
        return write(data);
    }

    /**
     * A map in the order given. Map.of's order changes from one JVM to the next: two nodes would write
     * different bytes for the same page, hence different ETags, and revalidations across nodes would fail.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Map<String, Object> organization(SiteChrome page, String language) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "NewsMediaOrganization");
        org.put("name", agency.nameFor(language));
        org.put("url", page.absolute("/"));
        return org;
    }

    /** JSON with <, > and & as \\u escapes: inert inside a script element, still the same JSON. */
    private String write(Map<String, Object> data) {
        return json.writeValueAsString(data)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
