package org.newsdesk.syndication;

import org.newsdesk.text.AgencyProperties;
import org.newsdesk.publication.SyndicatedDispatch;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dispatch as an IPTC ninjs 3.1 document. The {@code uri} is {@code urn:newsdesk:dispatch:{id}}: it
 * never changes (not with a correction, a kill, a new slug or another host); the article's URL is an
 * {@code altIds} entry with role {@code url}. {@code version} is the published revision's number.
 */
@Component
class NinjsMapper {

    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private final AgencyProperties agency;
    private final org.newsdesk.publication.PublishedPictures pictures;

    NinjsMapper(AgencyProperties agency, org.newsdesk.publication.PublishedPictures pictures) {
        this.agency = agency;
        this.pictures = pictures;
    }

    /** usable, withheld (under a running embargo) or canceled (killed). */
    static String pubStatus(SyndicatedDispatch d, Instant now) {
        if (d.killed()) {
            return "canceled";
        }
        return d.embargoedAt(now) ? "withheld" : "usable";
    }

    Map<String, Object> toNinjs(SyndicatedDispatch d, Instant now) {
        return toNinjs(d, now, d.killed() ? List.of() : pictures.of(d.id()));
    }

    /** The pictures of every item that is not killed, in one query. */
    Map<Long, List<org.newsdesk.publication.PublicPicture>> picturesOf(List<SyndicatedDispatch> items) {
        return pictures.ofEach(items.stream().filter(d -> !d.killed()).map(SyndicatedDispatch::id).toList());
    }

    /** The pictures given (the caller may have loaded them for many items at once). */
    Map<String, Object> toNinjs(SyndicatedDispatch d, Instant now, List<org.newsdesk.publication.PublicPicture> pics) {
        String status = pubStatus(d, now);
        Map<String, Object> n = new LinkedHashMap<>();
        // Ordered maps only: the same item gives the same bytes (and ETag) on every node.
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("name", "ninjs");
        standard.put("version", "3.1");
        standard.put("schema", SCHEMA);
        n.put("standard", standard);
        n.put("uri", SiteUrls.dispatchUri(d.id()));
        n.put("type", "text");
        // A canceled item keeps only its identity, headline and notice.
        n.put("representationType", d.killed() ? "partial" : "full");
        n.put("version", String.valueOf(d.revision()));
        n.put("firstCreated", dateTime(d.firstPublishedAt()));
        n.put("versionCreated", dateTime(d.versionCreated()));
        if (d.embargoUntil() != null) {
            n.put("embargoedUntil", dateTime(d.embargoUntil()));
        }
        n.put("pubStatus", status);
        n.put("urgency", d.urgency());
        n.put("language", d.language());
        n.put("copyrightHolder", agency.nameFor(d.language()));
        n.put("headlines", List.of(text("main", null, d.headline())));
        if (d.killed()) {
            // What remains of a killed dispatch is its notice: the text must not be used any more.
            String notice = d.killNotice() == null ? "" : d.killNotice();
            n.put("edNote", notice);
            n.put("descriptions", List.of(text("kill-notice", "text/plain", notice)));
            n.put("bodies", List.of(text("main", "text/html", "<p>" + HtmlUtils.htmlEscape(notice, "UTF-8") + "</p>")));
        } else {
            List<Map<String, Object>> descriptions = new ArrayList<>();
            if (d.lead() != null && !d.lead().isBlank()) {
                descriptions.add(text("summary", "text/plain", d.lead()));
            }
            if (d.correctionNote() != null && !d.correctionNote().isBlank()) {
                descriptions.add(text("correction", "text/plain", d.correctionNote()));
            }
            if (!descriptions.isEmpty()) {
                n.put("descriptions", descriptions);
            }
            n.put("bodies", List.of(text("main", "text/html", d.bodyHtml())));
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("role", "url");
            url.put("value", SiteUrls.absolute(d.path()));
            n.put("altIds", List.of(url));
        }
        if (d.byline() != null && !d.byline().isBlank()) {
            n.put("by", d.byline());
        }
        if (d.slugline() != null && !d.slugline().isBlank()) {
            n.put("slugline", d.slugline());
        }
        if (d.datelinePlace() != null && !d.datelinePlace().isBlank()) {
            n.put("located", d.datelinePlace());
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        if (d.sectionCode() != null) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", d.sectionLabel());
            section.put("rel", "section");
            section.put("literal", d.sectionCode());
            subjects.add(section);
        }
        for (String keyword : d.keywordList()) {
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("name", keyword);
            subject.put("rel", "keyword");
            subjects.add(subject);
        }
        if (!subjects.isEmpty()) {
            n.put("subjects", subjects);
        }
        if (!d.killed() && !pics.isEmpty()) {
            List<Map<String, Object>> associations = new ArrayList<>();
            for (int i = 0; i < pics.size(); i++) {
                associations.add(association(d, pics.get(i), i));
            }
            n.put("associations", associations);
        }
        return n;
    }

    /**
     * A picture as an associated ninjs object ({@code featureimage} for the lead, {@code picture-2}… for the
     * gallery), with its caption and alt text, credits and every rendition (href, size, content type).
     */
    private Map<String, Object> association(SyndicatedDispatch d, org.newsdesk.publication.PublicPicture p, int index) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", index == 0 ? "featureimage" : "picture-" + (index + 1));
        a.put("rel", index == 0 ? "featureimage" : "gallery");
        a.put("uri", "urn:newsdesk:picture:" + p.pictureId());
        a.put("type", "picture");
        a.put("representationType", "full");
        a.put("language", d.language());
        if (p.creator() != null && !p.creator().isBlank()) {
            a.put("by", p.creator());
        }
        a.put("copyrightHolder", p.credit() != null && !p.credit().isBlank() ? p.credit() : agency.nameFor(d.language()));
        if (p.copyright() != null && !p.copyright().isBlank()) {
            a.put("copyrightNotice", p.copyright());
        }
        List<Map<String, Object>> descriptions = new ArrayList<>();
        if (p.caption() != null && !p.caption().isBlank()) {
            descriptions.add(text("caption", "text/plain", p.caption()));
        }
        descriptions.add(text("alt", "text/plain", p.altText()));
        a.put("descriptions", descriptions);
        List<Map<String, Object>> renditions = new ArrayList<>();
        for (var r : p.renditions()) {
            Map<String, Object> rendition = new LinkedHashMap<>();
            String kind = r.kind().equals("thumb") ? "thumbnail" : r.kind();
            rendition.put("name", kind + (r.format().equals("jpg") ? "" : "-" + r.format()));
            rendition.put("href", SiteUrls.absolute(r.path()));
            rendition.put("contentType", r.mediaType());
            rendition.put("width", r.width());
            rendition.put("height", r.height());
            rendition.put("sizeInBytes", r.bytes());
            renditions.add(rendition);
        }
        a.put("renditions", renditions);
        return a;
    }

    private static Map<String, Object> text(String role, String contentType, String value) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("role", role);
        if (contentType != null) {
            t.put("contentType", contentType);
        }
        t.put("value", value);
        return t;
    }

    /** RFC 3339 in UTC, to the second. */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
