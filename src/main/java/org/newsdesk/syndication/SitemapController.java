package org.newsdesk.syndication;

import org.newsdesk.dispatch.AgencyProperties;
import org.newsdesk.dispatch.ArticleLink;
import org.newsdesk.dispatch.SyndicatedDispatches;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sitemaps for search engines: an index ({@code /sitemap.xml}) naming the paged article sitemaps
 * ({@code /sitemaps/articles-{n}.xml}, at most 50,000 URLs each, oldest first so that a page keeps its
 * content as new articles arrive) and the Google News sitemap ({@code /sitemaps/news.xml}: the last
 * two days, at most 1,000). {@code /robots.txt} names them. Only what readers can open is listed.
 */
@RestController
class SitemapController {

    static final int PAGE_SIZE = 50_000;
    static final int NEWS_MAX = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final SyndicatedDispatches dispatches;
    private final AgencyProperties agency;
    private final Clock clock;
    private final OutputCache cache;

    SitemapController(SyndicatedDispatches dispatches, AgencyProperties agency, Clock clock, OutputCache cache) {
        this.dispatches = dispatches;
        this.agency = agency;
        this.clock = clock;
        this.cache = cache;
    }

    static long pages(long articles) {
        return Math.max(1, (articles + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        Instant lastChange = dispatches.lastChange();
        Instant now = clock.instant();
        var output = cache.get("sitemap-index|" + SiteUrls.absolute("/"), lastChange, now, () -> {
            List<Instant> pages = dispatches.articlePagesLastModified(PAGE_SIZE);
            return xml(w -> {
                w.writeStartElement("sitemapindex");
                w.writeDefaultNamespace(SITEMAP_NS);
                for (int n = 1; n <= Math.max(1, pages.size()); n++) {
                    w.writeStartElement("sitemap");
                    element(w, "loc", SiteUrls.absolute("/sitemaps/articles-" + n + ".xml"));
                    if (n <= pages.size()) {
                        element(w, "lastmod", w3c(pages.get(n - 1)));
                    }
                    w.writeEndElement();
                }
                w.writeStartElement("sitemap");
                element(w, "loc", SiteUrls.absolute("/sitemaps/news.xml"));
                w.writeEndElement();
                w.writeEndElement();
            });
        });
        return HttpCaching.ok(output, XML, lastChange, now, HttpCaching.PUBLIC);
    }

    @GetMapping("/sitemaps/articles-{page:\\d{1,6}}.xml")
    ResponseEntity<byte[]> articles(@PathVariable int page) {
        Instant lastChange = dispatches.lastChange();
        Instant now = clock.instant();
        if (page < 1 || page > pages(dispatches.publicArticleCount())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var output = cache.get("sitemap-articles|" + page + "|" + SiteUrls.absolute("/"), lastChange, now, () -> {
            List<ArticleLink> links = dispatches.articles((long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
            return xml(w -> {
                w.writeStartElement("urlset");
                w.writeDefaultNamespace(SITEMAP_NS);
                for (ArticleLink a : links) {
                    w.writeStartElement("url");
                    element(w, "loc", SiteUrls.absolute(a.path()));
                    element(w, "lastmod", w3c(a.publishedAt()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            });
        });
        return HttpCaching.ok(output, XML, lastChange, now, HttpCaching.PUBLIC);
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<byte[]> news() {
        Instant lastChange = dispatches.lastChange();
        Instant now = clock.instant();
        List<ArticleLink> links = dispatches.articlesFirstPublishedSince(now.minus(NEWS_WINDOW), NEWS_MAX);
        byte[] xml = xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (ArticleLink a : links) {
                w.writeStartElement("url");
                element(w, "loc", SiteUrls.absolute(a.path()));
                w.writeStartElement("news", "news", NEWS_NS);
                w.writeStartElement("news", "publication", NEWS_NS);
                newsElement(w, "name", agency.nameFor(a.language()));
                newsElement(w, "language", a.language());
                w.writeEndElement();
                newsElement(w, "publication_date", w3c(a.firstPublishedAt()));
                newsElement(w, "title", a.headline());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
        return HttpCaching.ok(xml, XML, lastChange, now, HttpCaching.PUBLIC);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots() {
        String text = """
                User-agent: *
                Disallow: /newsroom/
                Disallow: /api/

                Sitemap: %s
                Sitemap: %s
                """.formatted(SiteUrls.absolute("/sitemap.xml"), SiteUrls.absolute("/sitemaps/news.xml"));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return HttpCaching.ok(body, MediaType.parseMediaType("text/plain;charset=UTF-8"), null, clock.instant(),
                CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    /** W3C Datetime, to the second, in UTC. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(SITEMAP_NS);
            w.setPrefix("news", NEWS_NS);
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Sitemap could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(SITEMAP_NS, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("news", name, NEWS_NS);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
