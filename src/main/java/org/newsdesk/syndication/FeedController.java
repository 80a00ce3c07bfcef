package org.newsdesk.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.newsdesk.text.AgencyProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.Editions;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.SyndicatedDispatch;
import org.newsdesk.publication.SyndicatedDispatches;
import org.newsdesk.section.Sections;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * RSS 2.0 and Atom (RFC 4287) feeds per edition and per section, built with ROME: the latest 50
 * published items. The id of an item (RSS guid, Atom id) is {@code urn:newsdesk:dispatch:{id}} and
 * never changes; a correction moves its Atom {@code updated}; a killed item leaves the feed.
 */
@RestController
class FeedController {

    static final int FEED_SIZE = 50;
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String LANG = "{lang:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*}";
    private static final String SECTION = "{section:[a-z0-9-]+}";

    private final SyndicatedDispatches dispatches;
    private final Editions editions;
    private final Sections sections;
    private final AgencyProperties agency;
    private final MessageSource messages;
    private final PublicResponses responses;
    private final org.newsdesk.publication.PublishedPictures pictures;

    FeedController(SyndicatedDispatches dispatches, Editions editions, Sections sections, AgencyProperties agency,
                   MessageSource messages, PublicResponses responses,
                   org.newsdesk.publication.PublishedPictures pictures) {
        this.pictures = pictures;
        this.dispatches = dispatches;
        this.editions = editions;
        this.sections = sections;
        this.agency = agency;
        this.messages = messages;
        this.responses = responses;
    }

    @GetMapping("/" + LANG + "/rss.xml")
    ResponseEntity<byte[]> editionRss(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response) {
        return feed(request, response, lang, null, "rss_2.0", RSS);
    }

    @GetMapping("/" + LANG + "/atom.xml")
    ResponseEntity<byte[]> editionAtom(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response) {
        return feed(request, response, lang, null, "atom_1.0", ATOM);
    }

    @GetMapping("/" + LANG + "/" + SECTION + "/rss.xml")
    ResponseEntity<byte[]> sectionRss(@PathVariable String lang, @PathVariable String section, HttpServletRequest request,
                                      HttpServletResponse response) {
        return feed(request, response, lang, section, "rss_2.0", RSS);
    }

    @GetMapping("/" + LANG + "/" + SECTION + "/atom.xml")
    ResponseEntity<byte[]> sectionAtom(@PathVariable String lang, @PathVariable String section, HttpServletRequest request,
                                       HttpServletResponse response) {
        return feed(request, response, lang, section, "atom_1.0", ATOM);
    }

    /** The feed URLs of an edition or section page, for {@code <link rel="alternate">}. */
    static String rssPath(String lang, String section) {
        return "/" + lang + "/" + (section == null ? "" : section + "/") + "rss.xml";
    }

    static String atomPath(String lang, String section) {
        return "/" + lang + "/" + (section == null ? "" : section + "/") + "atom.xml";
    }

    private ResponseEntity<byte[]> feed(HttpServletRequest request, HttpServletResponse response, String lang,
                                        String section, String type, MediaType mediaType) {
        return responses.serve(request, response, PublicResponses.Request.of(HttpCaching.PUBLIC, version -> {
            String sectionLabel = section == null ? null
                    : sections.label(section, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            byte[] xml = write(build(lang, section, sectionLabel, dispatches.latest(lang, section, FEED_SIZE), type,
                    version.lastModified()));
            return new PublicResponses.Rendered(HttpStatus.OK, mediaType, xml);
        }).variant(SiteUrls.absolute("/")).existsIf(version -> editions.exists(lang, version))
                .tags(section == null ? CacheTags.edition(lang) : CacheTags.section(lang, section)).warm());
    }

    SyndFeed build(String lang, String section, String sectionLabel, List<SyndicatedDispatch> items, String type,
                   Instant lastChange) {
        String agencyName = agency.nameFor(lang);
        String edition = messages.getMessage("edition." + lang, null, lang, Locale.ENGLISH);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setEncoding("UTF-8");
        feed.setLanguage(lang);
        UnaryOperator<String> text = type.startsWith("rss") ? s -> HtmlUtils.htmlEscape(s, "UTF-8") : UnaryOperator.identity();
        feed.setTitle(text.apply(section == null
                ? messages.getMessage("syndication.feed.title", new Object[] {agencyName, edition}, Locale.ENGLISH)
                : messages.getMessage("syndication.feed.section-title", new Object[] {agencyName, sectionLabel, edition},
                Locale.ENGLISH)));
        feed.setDescription(text.apply(messages.getMessage("syndication.feed.description", new Object[] {agencyName, edition},
                Locale.ENGLISH)));
        String page = SiteUrls.absolute("/" + lang + "/" + (section == null ? "" : section + "/"));
        String self = SiteUrls.absolute(type.startsWith("atom") ? atomPath(lang, section) : rssPath(lang, section));
        feed.setLink(page);
        feed.setUri("urn:newsdesk:feed:" + lang + (section == null ? "" : ":" + section));
        feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self,
                type.startsWith("atom") ? "application/atom+xml" : "application/rss+xml")));
        if (type.startsWith("atom")) {
            // RSS would print it as managingEditor, which must be an e-mail address.
            SyndPerson publisher = new SyndPersonImpl();
            publisher.setName(agencyName);
            feed.setAuthors(List.of(publisher));
        }
        // Updated = the newest (re)publication among the items: a function of the content.
        Instant updated = items.stream().map(SyndicatedDispatch::publishedAt).max(Comparator.naturalOrder())
                .orElse(lastChange);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        var leads = pictures.leadPictures(items.stream().map(SyndicatedDispatch::id).toList());
        for (SyndicatedDispatch d : items) {
            SyndEntry entry = entry(d, agencyName, type.startsWith("rss"));
            addPicture(entry, leads.get(d.id()), type.startsWith("rss"));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    /**
     * RSS readers treat an item's title, description, author and category as HTML, so in RSS each text
     * is HTML-escaped before it goes into the XML: rendered as HTML it reads back as the same text, and
     * a "<script>" in a lead stays words. Atom declares its text constructs as text, so they go as is.
     */
    private SyndEntry entry(SyndicatedDispatch d, String agencyName, boolean rss) {
        UnaryOperator<String> text = rss ? s -> s == null ? null : HtmlUtils.htmlEscape(s, "UTF-8") : UnaryOperator.identity();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(SiteUrls.dispatchUri(d.id()));
        entry.setLink(SiteUrls.absolute(d.path()));
        entry.setTitle(text.apply(d.headline()));
        SyndContent summary = new SyndContentImpl();
        summary.setType(rss ? "text/html" : "text/plain");
        summary.setValue(text.apply(d.summary()));
        entry.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(contentHtml(d));
        entry.setContents(List.of(content));
        entry.setPublishedDate(Date.from(d.firstPublishedAt()));
        entry.setUpdatedDate(Date.from(d.publishedAt()));
        // The byline; agency copy without one is the agency's.
        entry.setAuthor(text.apply(d.byline() != null && !d.byline().isBlank() ? d.byline() : agencyName));
        if (d.sectionCode() != null) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(text.apply(d.sectionLabel()));
            entry.setCategories(List.of(category));
        }
        return entry;
    }

    /**
     * The lead picture: an enclosure (RSS {@code <enclosure>}, Atom {@code <link rel="enclosure">}) of its JPEG,
     * and Media RSS {@code media:content} with its size, alt text, caption and credit.
     */
    private static void addPicture(SyndEntry entry, org.newsdesk.publication.PublicPicture picture, boolean rss) {
        if (picture == null || picture.fallback() == null) {
            return;
        }
        var jpeg = picture.fallback();
        String url = SiteUrls.absolute(jpeg.path());
        var enclosure = new com.rometools.rome.feed.synd.SyndEnclosureImpl();
        enclosure.setUrl(url);
        enclosure.setType(jpeg.mediaType());
        enclosure.setLength(jpeg.bytes());
        entry.setEnclosures(List.of(enclosure));
        try {
            var content = new com.rometools.modules.mediarss.types.MediaContent(
                    new com.rometools.modules.mediarss.types.UrlReference(url));
            content.setType(jpeg.mediaType());
            content.setMedium("image");
            content.setWidth(jpeg.width());
            content.setHeight(jpeg.height());
            content.setFileSize(jpeg.bytes());
            var metadata = new com.rometools.modules.mediarss.types.Metadata();
            String caption = picture.caption() != null && !picture.caption().isBlank() ? picture.caption() : picture.altText();
            metadata.setDescription(rss ? HtmlUtils.htmlEscape(caption, "UTF-8") : caption);
            if (picture.creditLine() != null) {
                metadata.setCredits(new com.rometools.modules.mediarss.types.Credit[] {
                        new com.rometools.modules.mediarss.types.Credit(null, "photographer", picture.creditLine())});
            }
            if (picture.copyright() != null && !picture.copyright().isBlank()) {
                metadata.setCopyright(picture.copyright());
            }
            content.setMetadata(metadata);
            var module = new com.rometools.modules.mediarss.MediaEntryModuleImpl();
            module.setMediaContents(new com.rometools.modules.mediarss.types.MediaContent[] {content});
            entry.getModules().add(module);
        } catch (java.net.URISyntaxException e) {
            // A media key makes a valid URL; should it not, the enclosure alone is there.
        }
    }

    /** The whole dispatch as readers see it on the page: dateline, lead, sanitized body and, after a correction, its note. */
    static String contentHtml(SyndicatedDispatch d) {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"dateline\">").append(HtmlUtils.htmlEscape(d.dateline(), "UTF-8")).append("</p>");
        if (d.lead() != null && !d.lead().isBlank()) {
            html.append("<p class=\"lead\">").append(HtmlUtils.htmlEscape(d.lead(), "UTF-8")).append("</p>");
        }
        html.append(d.bodyHtml());
        if (d.correctionNote() != null && !d.correctionNote().isBlank()) {
            html.append("<p class=\"correction\">").append(HtmlUtils.htmlEscape(d.correctionNote(), "UTF-8")).append("</p>");
        }
        return html.toString();
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static byte[] write(SyndFeed feed) {
        var bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SyndFeedOutput().output(feed, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException("Feed could not be written", e);
        }
        return bytes.toByteArray();
    }
}
