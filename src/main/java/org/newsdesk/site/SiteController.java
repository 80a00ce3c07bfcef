package org.newsdesk.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.CorrectionNote;
import org.newsdesk.publication.DispatchPage;
import org.newsdesk.publication.KilledDispatch;
import org.newsdesk.publication.PageCursor;
import org.newsdesk.publication.PerVersion;
import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.publication.PublicPicture;
import org.newsdesk.publication.PublicRendition;
import org.newsdesk.publication.PublishedPictures;
import org.newsdesk.publication.PublishedDispatches;
import org.newsdesk.publication.PublishedTranslations;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.SearchResults;
import org.newsdesk.publication.SearchTerms;
import org.newsdesk.search.ReaderSearch;
import org.newsdesk.section.SectionLabel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public site: editions, sections, articles and search. Reads only what is published, sends
 * validators on every page (see {@link PublicPages}) and needs no JavaScript.
 */
@Controller
class SiteController {

    static final String LANG = "{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}";
    static final int LIST_SIZE = 20;
    static final int SECTION_PAGE = 30;
    static final int TOP_STORIES = 3;
    static final int SECTION_BLOCK = 3;
    static final int SEARCH_PAGE = 20;
    static final int MORE_IN_SECTION = 5;
    static final int MAX_QUERY = 200;

    private final PublishedDispatches published;
    private final SiteChromeFactory chrome;
    private final PublicPages pages;
    private final SiteProperties site;
    private final StructuredData structuredData;
    private final PublishedTranslations translations;
    private final PublishedPictures pictures;
    private final ReaderSearch search;
    /** "More in this section" on article pages, by edition and section: one query per section and version. */
    private final PerVersion<String, List<PublishedDispatch>> latestInSection = new PerVersion<>(1_000);

    SiteController(PublishedDispatches published, SiteChromeFactory chrome, PublicPages pages, SiteProperties site,
                   StructuredData structuredData, PublishedTranslations translations, PublishedPictures pictures,
                   ReaderSearch search) {
        this.search = search;
        this.translations = translations;
        this.pictures = pictures;
        this.published = published;
        this.chrome = chrome;
        this.pages = pages;
        this.site = site;
        this.structuredData = structuredData;
    }

    /** The front door: the edition in the reader's language, else the default edition. */
    @GetMapping("/")
    ResponseEntity<Void> home(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/" + preferredEdition(acceptLanguage, chrome.editions(), chrome.defaultEdition()) + "/"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(CacheControl.noCache())
                .build();
    }

    static String preferredEdition(String acceptLanguage, List<String> editions, String fallback) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), editions);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is the same as none.
            }
        }
        return fallback;
    }

    /** Addresses typed without their final slash: one permanent redirect to the canonical form. */
    @GetMapping({"/" + LANG, "/" + LANG + "/{section:[a-z0-9-]+}"})
    ResponseEntity<Void> withoutSlash(@PathVariable String lang, @PathVariable Optional<String> section) {
        if (!chrome.editionExists(lang)) {
            throw notFound();
        }
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/" + lang + "/" + section.map(s -> s + "/").orElse(""))).build();
    }

    @GetMapping("/" + LANG + "/")
    ResponseEntity<byte[]> edition(@PathVariable String lang, @RequestParam Optional<String> before,
                                   @RequestParam Optional<String> after, HttpServletRequest request,
                                   HttpServletResponse response) {
        PageCursor cursor = cursor(before, after);
        String query = request.getQueryString();
        return pages.respond(request, response, pages.request(variant(), edition(lang), version -> {
            var page = chrome.forEdition(lang, null);
            String heading = SiteChromeFactory.editionName(page.t(), lang);
            Map<String, Object> model = model(page);
            DispatchPage latest = published.latestInEdition(lang, cursor, after.isPresent(), cursor == null ? LIST_SIZE : SECTION_PAGE);
            if (cursor != null) {
                // Further pages of an edition are a plain list, like a section.
                model.put("heading", heading);
                model.put("list", latest);
                model.put("thumbs", pictures.leads(latest.items().stream().map(PublishedDispatch::id).toList()));
                model.put("baseHref", "/" + lang + "/");
                model.put("meta", listMeta(page, heading, "/" + lang + "/", query).withAlternates(editionAlternates(null)));
                return new PublicPages.Page(HttpStatus.OK, "site/list.jte", model).tagged(CacheTags.edition(lang));
            }
            List<PublishedDispatch> top = published.topStories(lang, 50, TOP_STORIES);
            List<Long> topIds = top.stream().map(PublishedDispatch::id).toList();
            List<SectionBlock> blocks = new ArrayList<>();
            for (SectionLabel s : page.sections()) {
                var items = published.latestInSection(lang, s.code(), SECTION_BLOCK);
                if (!items.isEmpty()) {
                    blocks.add(new SectionBlock(s, items));
                }
            }
            model.put("heading", heading);
            model.put("top", top);
            model.put("thumbs", pictures.leads(topIds));
            model.put("latest", new DispatchPage(latest.items().stream().filter(d -> !topIds.contains(d.id())).toList(),
                    null, latest.older()));
            model.put("blocks", blocks);
            model.put("meta", new PageMeta(heading + " · " + page.t().get("site.name"), page.t().get("site.description"),
                    "/" + lang + "/", "website", List.of(), editionAlternates(null), structuredData.website(page), null)
                    .withFeeds(page.t().get("site.name") + " · " + heading, "/" + lang + "/"));
            return new PublicPages.Page(HttpStatus.OK, "site/edition.jte", model).tagged(CacheTags.edition(lang));
        }).warm());
    }

    @GetMapping("/" + LANG + "/{section:[a-z0-9-]+}/")
    ResponseEntity<byte[]> section(@PathVariable String lang, @PathVariable String section,
                                   @RequestParam Optional<String> before, @RequestParam Optional<String> after,
                                   HttpServletRequest request, HttpServletResponse response) {
        PageCursor cursor = cursor(before, after);
        String query = request.getQueryString();
        return pages.respond(request, response, pages.request(variant(), edition(lang), version -> {
            var page = chrome.forEdition(lang, section);
            SectionLabel label = page.sections().stream().filter(s -> s.code().equals(section)).findFirst()
                    .orElseThrow(SiteController::notFound);
            Map<String, Object> model = model(page);
            model.put("heading", label.label());
            DispatchPage list = published.latestInSection(lang, section, cursor, after.isPresent(), SECTION_PAGE);
            model.put("list", list);
            model.put("thumbs", pictures.leads(list.items().stream().map(PublishedDispatch::id).toList()));
            model.put("baseHref", "/" + lang + "/" + section + "/");
            model.put("meta", listMeta(page, label.label(), "/" + lang + "/" + section + "/", query)
                    .withAlternates(editionAlternates(section))
                    .withFeeds(page.t().get("site.name") + " · " + label.label(), "/" + lang + "/" + section + "/"));
            // The section's own scope: publications elsewhere in the edition leave it as it is.
            return new PublicPages.Page(HttpStatus.OK, "site/list.jte", model).tagged(CacheTags.section(lang, section));
        }).warm());
    }

    @GetMapping("/" + LANG + "/search")
    ResponseEntity<byte[]> search(@PathVariable String lang, @RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "1") String page, HttpServletRequest request,
                                  HttpServletResponse response) {
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        int pageNo = parsePage(page);
        return pages.respond(request, response, variant(), edition(lang), version -> {
            var chromePage = chrome.forEdition(lang, null).withQuery(query);
            SearchResults results = search.search(lang, query, pageNo, SEARCH_PAGE);
            Locale locale = Locale.forLanguageTag(lang);
            List<SearchHit> hits = results.items().stream().map(d -> new SearchHit(d,
                    Highlighted.of(d.headline(), results.terms(), locale),
                    snippet(d, results.terms(), locale))).toList();
            Map<String, Object> model = model(chromePage);
            model.put("query", query);
            model.put("results", results);
            model.put("hits", hits);
            model.put("truncated", q.length() > MAX_QUERY);
            String title = query.isBlank() ? chromePage.t().get("site.search.title")
                    : chromePage.t().get("site.search.title-for", query);
            model.put("meta", PageMeta.simple(title + " · " + chromePage.t().get("site.name"),
                    chromePage.t().get("site.description"), "/" + lang + "/search").withRobots("noindex, follow"));
            return new PublicPages.Page(HttpStatus.OK, "site/search.jte", model).tagged(CacheTags.edition(lang));
        });
    }

    @GetMapping("/" + LANG + "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}")
    ResponseEntity<byte[]> article(@PathVariable String lang, @PathVariable int year, @PathVariable int month,
                                   @PathVariable int day, @PathVariable String slug,
                                   HttpServletRequest request, HttpServletResponse response) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw notFound();
        }
        return pages.respond(request, response, articleRequest(lang, date, slug, request.getRequestURI()));
    }

    /** An article's page, also for rendering in the background (it reads nothing from the request). */
    PublicResponses.Request articleRequest(String lang, LocalDate date, String slug, String path) {
        return pages.request(variant(), version -> true, version -> {
            Optional<PublishedDispatches.Article> found = published.findArticle(lang, date, slug);
            if (found.isEmpty()) {
                KilledDispatch killed = published.findKilled(lang, date, slug).orElseThrow(SiteController::notFound);
                return gone(killed, path);
            }
            PublishedDispatch article = found.get().dispatch();
            var page = chrome.forEdition(lang, article.sectionCode());
            SectionLabel section = page.sections().stream().filter(s -> s.code().equals(article.sectionCode()))
                    .findFirst().orElse(null);
            // Only what the article has is asked for; the section's latest are shared by its articles' renders.
            List<CorrectionNote> corrections = found.get().corrected() ? published.corrections(article.id()) : List.of();
            List<PublishedDispatch> more = section == null ? List.of()
                    : latestInSection.get(version, lang + " " + section.code(),
                            k -> published.latestInSection(lang, section.code(), MORE_IN_SECTION + 1)).stream()
                    .filter(d -> d.id() != article.id()).limit(MORE_IN_SECTION).toList();
            List<PublishedTranslations.Version> versions = found.get().translated() ? translations.of(article.id()) : List.of();
            Map<String, Object> model = model(page);
            model.put("translations", versions.stream().filter(v -> v.id() != article.id())
                    .map(v -> new Translation(v.language(), SiteChromeFactory.editionName(page.t(), v.language()), v.headline(), v.path()))
                    .toList());
            model.put("article", article);
            model.put("section", section);
            model.put("corrections", corrections);
            model.put("more", more);
            List<PublicPicture> pics = found.get().pictured() ? pictures.of(article.id()) : List.of();
            model.put("pictures", pics);
            model.put("meta", articleMeta(page, article, section, versions, pics));
            // What the page shows: the article, the latest in its section, its translations (links and hreflang).
            List<String> tags = new ArrayList<>(List.of(CacheTags.article(article.id())));
            if (article.sectionCode() != null) {
                tags.add(CacheTags.section(lang, article.sectionCode()));
            }
            if (!versions.isEmpty()) {
                tags.add(CacheTags.translations(versions.getFirst().translationSet()));
            }
            return new PublicPages.Page(HttpStatus.OK, "site/article.jte", model).tagged(tags.toArray(String[]::new));
        }).warm();
    }

    private PublicPages.Page gone(KilledDispatch killed, String path) {
        var page = chrome.forEdition(killed.language(), null);
        Map<String, Object> model = model(page);
        model.put("killed", killed);
        model.put("meta", PageMeta.simple(page.t().get("site.gone.title") + " · " + page.t().get("site.name"),
                killed.notice(), path).withRobots("noindex"));
        // The edition too: another article could take its address.
        return new PublicPages.Page(HttpStatus.GONE, "site/gone.jte", model)
                .tagged(CacheTags.article(killed.id()), CacheTags.edition(killed.language()));
    }

    /** One picture of an article on a page of its own: /{article}/pictures/{n}; 410 once the dispatch is killed. */
    @GetMapping("/" + LANG + "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug:[a-z0-9-]+}/pictures/{number:\\d{1,3}}")
    ResponseEntity<byte[]> picture(@PathVariable String lang, @PathVariable int year, @PathVariable int month,
                                   @PathVariable int day, @PathVariable String slug, @PathVariable int number,
                                   HttpServletRequest request, HttpServletResponse response) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw notFound();
        }
        return pages.respond(request, response, variant(), version -> {
            Optional<PublishedDispatch> found = published.find(lang, date, slug);
            if (found.isEmpty()) {
                KilledDispatch killed = published.findKilled(lang, date, slug).orElseThrow(SiteController::notFound);
                return gone(killed, request.getRequestURI());
            }
            PublishedDispatch article = found.get();
            List<PublicPicture> all = pictures.of(article.id());
            if (number < 1 || number > all.size()) {
                throw notFound();
            }
            PublicPicture picture = all.get(number - 1);
            var page = chrome.forEdition(lang, article.sectionCode());
            Map<String, Object> model = model(page);
            model.put("article", article);
            model.put("picture", picture);
            model.put("number", number);
            model.put("count", all.size());
            String path = article.path() + "/pictures/" + number;
            String title = (picture.caption() == null || picture.caption().isBlank() ? article.headline() : picture.caption());
            model.put("meta", new PageMeta(page.t().get("site.picture.enlarge", number, all.size()) + " · " + article.headline()
                    + " · " + page.t().get("site.name"), title, path, "article", imageProperties(page, picture),
                    List.of(), null, null));
            return new PublicPages.Page(HttpStatus.OK, "site/picture-page.jte", model)
                    .tagged(CacheTags.article(article.id()), CacheTags.edition(lang));
        });
    }

    /** Open Graph image tags (the 1200 × 630 card), with the picture's alt text for those who cannot see it. */
    private static List<PageMeta.Property> imageProperties(SiteChrome page, PublicPicture picture) {
        List<PageMeta.Property> props = new ArrayList<>();
        PublicRendition card = picture.social();
        if (card != null) {
            props.add(new PageMeta.Property("og:image", page.absolute(card.path())));
            props.add(new PageMeta.Property("og:image:type", card.mediaType()));
            props.add(new PageMeta.Property("og:image:width", String.valueOf(card.width())));
            props.add(new PageMeta.Property("og:image:height", String.valueOf(card.height())));
            props.add(new PageMeta.Property("og:image:alt", picture.altText()));
        }
        return props;
    }

    private PageMeta articleMeta(SiteChrome page, PublishedDispatch article, SectionLabel section,
                                 List<PublishedTranslations.Version> versions, List<PublicPicture> pics) {
        List<PageMeta.Property> props = new ArrayList<>();
        if (!pics.isEmpty()) {
            props.addAll(imageProperties(page, pics.getFirst()));
        }
        props.add(new PageMeta.Property("article:published_time", page.isoDateTime(article.publishedAt())));
        props.add(new PageMeta.Property("article:modified_time", page.isoDateTime(article.updatedAt())));
        if (section != null) {
            props.add(new PageMeta.Property("article:section", section.label()));
        }
        article.keywordList().forEach(k -> props.add(new PageMeta.Property("article:tag", k)));
        // Every published language version, this one included; x-default is the default edition's, else this one.
        List<PageMeta.Alternate> alternates = new ArrayList<>();
        String xDefault = article.path();
        if (versions.isEmpty()) {
            alternates.add(new PageMeta.Alternate(article.language(), article.path()));
        }
        for (var v : versions) {
            alternates.add(new PageMeta.Alternate(v.language(), v.path()));
            if (v.language().equals(chrome.defaultEdition())) {
                xDefault = v.path();
            }
        }
        alternates.add(new PageMeta.Alternate("x-default", xDefault));
        return new PageMeta(article.headline() + " · " + page.t().get("site.name"), article.summary(), article.path(),
                "article", props, alternates, structuredData.newsArticle(page, article, section, pics), null);
    }

    private PageMeta listMeta(SiteChrome page, String heading, String path, String query) {
        // Later pages of a list are their own canonical pages (keyset cursors are stable addresses).
        String canonical = query == null ? path : path + "?" + query;
        return PageMeta.simple(heading + " · " + page.t().get("site.name"), page.t().get("site.description"), canonical);
    }

    /** Every edition's version of an edition (or section) page, and the front door as x-default. */
    private List<PageMeta.Alternate> editionAlternates(String section) {
        List<PageMeta.Alternate> out = new ArrayList<>();
        for (String e : chrome.editions()) {
            out.add(new PageMeta.Alternate(e, "/" + e + "/" + (section == null ? "" : section + "/")));
        }
        out.add(new PageMeta.Alternate("x-default", section == null ? "/" : "/" + chrome.defaultEdition() + "/" + section + "/"));
        return out;
    }

    private static final int SNIPPET = 240;

    /**
     * About {@value #SNIPPET} characters of a result from where its first hit is: the lead, or the body from
     * the paragraph that has it. Only the paragraphs shown are turned from Markdown into text (the whole body
     * of each of 20 results was a sixth of a search request); Markdown's inline marks never span paragraphs.
     */
    private static Highlighted snippet(PublishedDispatch d, SearchTerms terms, Locale locale) {
        List<String> blocks = new java.util.ArrayList<>();
        if (d.lead() != null && !d.lead().isBlank()) {
            blocks.add(d.lead().strip());
        }
        int body = blocks.size();
        if (d.body() != null) {
            blocks.addAll(paragraphs(d.body()));
        }
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (Highlighted.firstHit(blocks.get(i), terms, locale) >= 0) {
                from = i;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i < blocks.size() && text.length() < 2 * SNIPPET; i++) {
            String block = i < body ? blocks.get(i) : org.newsdesk.text.MarkdownRenderer.paragraphAsText(blocks.get(i));
            text.append(text.isEmpty() ? "" : " ").append(block);
        }
        Highlighted snippet = Highlighted.snippet(text.toString(), terms, locale, SNIPPET);
        return from == 0 ? snippet : Highlighted.continued(snippet);
    }

    /** A Markdown text's paragraphs: what blank lines (only whitespace between two line breaks) separate. */
    static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        int n = markdown.length();
        for (int i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < n && markdown.charAt(j) != '\n' && Character.isWhitespace(markdown.charAt(j))) {
                j++;
            }
            if (j < n && markdown.charAt(j) == '\n') {
                addParagraph(paragraphs, markdown.substring(start, i));
                start = j + 1;
                i = j;
            }
        }
        addParagraph(paragraphs, markdown.substring(Math.min(start, n)));
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, String text) {
        if (!text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    private Map<String, Object> model(SiteChrome page) {
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", page);
        return model;
    }

    /** Pages vary with the base URL only when it is taken from the request. */
    private String variant() {
        return site.baseUrl() == null ? chrome.baseUrl() : null;
    }

    private static PageCursor cursor(Optional<String> before, Optional<String> after) {
        if (before.isPresent() && after.isPresent()) {
            throw badRequest();
        }
        Optional<String> token = before.or(() -> after);
        return token.map(t -> PageCursor.parse(t).orElseThrow(SiteController::badRequest)).orElse(null);
    }

    private static int parsePage(String page) {
        try {
            int n = Integer.parseInt(page.strip());
            return n < 1 ? 1 : Math.min(n, 10_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private java.util.function.Predicate<org.newsdesk.publication.PublicationVersion> edition(String lang) {
        return version -> chrome.editionExists(lang, version);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
