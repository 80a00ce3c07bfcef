package org.newsdesk.syndication;

import org.newsdesk.text.AgencyProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.PublicationVersion;
import org.newsdesk.publication.ArticleLink;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.SyndicatedDispatches;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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
    private final PublicResponses responses;

    /** Google's image sitemap extension: each article lists its pictures' addresses. */
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private final org.newsdesk.publication.PublishedPictures pictures;

    SitemapController(SyndicatedDispatches dispatches, AgencyProperties agency, Clock clock, PublicResponses responses,
                      org.newsdesk.publication.PublishedPictures pictures) {
        this.pictures = pictures;
        this.dispatches = dispatches;
        this.agency = agency;
        this.clock = clock;
        this.responses = responses;
    }

    static long pages(long articles) {
        return Math.max(1, (articles + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index(HttpServletRequest request, HttpServletResponse response) {
        return responses.serve(request, response, PublicResponses.Request.of(HttpCaching.PUBLIC, version -> {
            List<Instant> pages = dispatches.articlePagesLastModified(PAGE_SIZE);
            return xmlResponse(w -> {
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
        }).variant(SiteUrls.absolute("/")).tags(CacheTags.INDEX));
    }

    @GetMapping("/sitemaps/articles-{page:\\d{1,6}}.xml")
    ResponseEntity<byte[]> articles(@PathVariable int page, HttpServletRequest request, HttpServletResponse response) {
        return responses.serve(request, response, PublicResponses.Request.of(HttpCaching.PUBLIC, version -> {
            List<ArticleLink> links = dispatches.articles((long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
            var pics = new java.util.HashMap<Long, List<org.newsdesk.publication.PublicPicture>>();
            for (int from = 0; from < links.size(); from += 1000) {
                pics.putAll(pictures.ofEach(links.subList(from, Math.min(links.size(), from + 1000)).stream()
                        .map(ArticleLink::id).toList()));
            }
            return xmlResponse(w -> {
                w.writeStartElement("urlset");
                w.writeDefaultNamespace(SITEMAP_NS);
                w.writeNamespace("image", IMAGE_NS);
                for (ArticleLink a : links) {
                    w.writeStartElement("url");
                    element(w, "loc", SiteUrls.absolute(a.path()));
                    element(w, "lastmod", w3c(a.publishedAt()));
                    for (var picture : pics.getOrDefault(a.id(), List.of())) {
                        var largest = picture.largest("jpg");
                        if (largest != null) {
                            w.writeStartElement("image", "image", IMAGE_NS);
                            w.writeStartElement("image", "loc", IMAGE_NS);
                            w.writeCharacters(SiteUrls.absolute(largest.path()));
                            w.writeEndElement();
                            w.writeEndElement();
                        }
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            });
        }).variant(SiteUrls.absolute("/")).tags(CacheTags.INDEX)
                .existsIf(version -> page >= 1 && page <= pages(publicArticleCount(version))));
    }

    private record Count(String token, long count) {
    }

    private volatile Count count;

    /** Counted once per publication version: the check runs before every response, 304s included. */
    private long publicArticleCount(PublicationVersion version) {
        Count c = count;
        if (c == null || !c.token().equals(version.token())) {
            c = new Count(version.token(), dispatches.publicArticleCount());
            count = c;
        }
        return c.count();
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<byte[]> news() {
        // Changes with publications, and with time itself as articles leave the two-day window.
        Instant lastChange = later(responses.version().lastModified(), dispatches.lastLeftWindow(NEWS_WINDOW));
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
        return responses.respondUncached(new PublicResponses.Rendered(HttpStatus.OK, XML, xml), lastChange, HttpCaching.PUBLIC);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
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
        return responses.respondUncached(new PublicResponses.Rendered(HttpStatus.OK,
                MediaType.parseMediaType("text/plain;charset=UTF-8"), body), null, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    /** W3C Datetime, to the second, in UTC. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static PublicResponses.Rendered xmlResponse(XmlBody body) {
        return new PublicResponses.Rendered(HttpStatus.OK, XML, xml(body));
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
