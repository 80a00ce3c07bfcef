package org.newsdesk.syndication;

import org.newsdesk.publication.SyndicatedDispatch;
import org.newsdesk.text.AgencyProperties;
import org.newsdesk.text.Dateline;
import org.newsdesk.text.DatelineFormatter;
import org.newsdesk.text.MarkdownRenderer;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Dispatches as IPTC NewsML-G2 2.35 (Power conformance), written with StAX so every text is escaped.
 * One {@code newsItem} per dispatch; the list is a {@code newsMessage} whose {@code itemSet} holds them.
 * The guid is the same stable URN as ninjs and the feeds ({@link SiteUrls#dispatchUri}), {@code version}
 * the published revision. Everything written is a function of the item and the request's host, so the same
 * item gives the same bytes (and ETag) on every node.
 */
@Component
class NewsmlWriter {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** IPTC's catalog of the NewsCodes used here (ninat, stat, sig, irel, drol, cpnat, loctype). */
    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml";
    /** The header property of a newsMessage that names the next page. */
    static final String NEXT_PAGE_REL = "urn:newsdesk:rel:next-page";
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final AgencyProperties agency;

    NewsmlWriter(AgencyProperties agency) {
        this.agency = agency;
    }

    /** The original of a translation, as the link names it. */
    record Original(long id, int revision) {
    }

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** A complete document: declaration, {@code body}, end. */
    static byte[] document(Body body) {
        try {
            var bytes = new ByteArrayOutputStream();
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    byte[] item(SyndicatedDispatch d, Original original, Instant now) {
        return document(w -> writeItem(w, d, original, now, true));
    }

    /**
     * A page of changed items. {@code sent} is the publication version's instant, not the clock: the
     * message then stays the same bytes until something changes (and can be cached under its ETag).
     */
    byte[] message(List<SyndicatedDispatch> items, java.util.function.Function<SyndicatedDispatch, Original> originals,
                   Instant sent, String nextPath, Instant now) {
        return document(w -> {
            w.setDefaultNamespace(NAR);
            w.writeStartElement(NAR, "newsMessage");
            w.writeDefaultNamespace(NAR);
            w.writeStartElement(NAR, "header");
            element(w, "sent", NinjsMapper.dateTime(sent));
            w.writeEmptyElement(NAR, "catalogRef");
            w.writeAttribute("href", IPTC_CATALOG);
            element(w, "sender", SiteUrls.absolute("/"));
            if (nextPath != null) {
                w.writeEmptyElement(NAR, "headerExtProperty");
                w.writeAttribute("reluri", NEXT_PAGE_REL);
                w.writeAttribute("uri", SiteUrls.absolute(nextPath));
            }
            w.writeEndElement();
            w.writeStartElement(NAR, "itemSet");
            for (SyndicatedDispatch d : items) {
                writeItem(w, d, originals.apply(d), now, false);
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private void writeItem(XMLStreamWriter w, SyndicatedDispatch d, Original original, Instant now, boolean root)
            throws XMLStreamException {
        String name = agency.nameFor(d.language());
        w.setDefaultNamespace(NAR);
        w.writeStartElement(NAR, "newsItem");
        if (root) {
            w.writeDefaultNamespace(NAR);
        }
        w.writeAttribute("guid", SiteUrls.dispatchUri(d.id()));
        w.writeAttribute("version", String.valueOf(d.revision()));
        w.writeAttribute("standard", "NewsML-G2");
        w.writeAttribute("standardversion", "2.35");
        w.writeAttribute("conformance", "power");
        w.writeAttribute("xml", XML_NS, "lang", d.language());
        w.writeEmptyElement(NAR, "catalogRef");
        w.writeAttribute("href", IPTC_CATALOG);

        w.writeStartElement(NAR, "rightsInfo");
        w.writeStartElement(NAR, "copyrightHolder");
        w.writeAttribute("uri", SiteUrls.absolute("/"));
        element(w, "name", name);
        w.writeEndElement();
        w.writeEndElement();

        w.writeStartElement(NAR, "itemMeta");
        qcode(w, "itemClass", "ninat:text");
        w.writeStartElement(NAR, "provider");
        w.writeAttribute("uri", SiteUrls.absolute("/"));
        element(w, "name", name);
        w.writeEndElement();
        element(w, "versionCreated", NinjsMapper.dateTime(d.versionCreated()));
        element(w, "firstCreated", NinjsMapper.dateTime(d.firstPublishedAt()));
        if (d.embargoUntil() != null) {
            element(w, "embargoed", NinjsMapper.dateTime(d.embargoUntil()));
        }
        qcode(w, "pubStatus", "stat:" + NinjsMapper.pubStatus(d, now));
        if (d.killed()) {
            element(w, "edNote", d.killNotice() == null ? "" : d.killNotice());
        } else if (present(d.correctionNote())) {
            element(w, "edNote", d.correctionNote());
            qcode(w, "signal", "sig:correction");
        }
        if (!d.killed()) {
            w.writeEmptyElement(NAR, "link");
            w.writeAttribute("rel", "irel:seeAlso");
            w.writeAttribute("href", SiteUrls.absolute(d.path()));
            w.writeAttribute("contenttype", "text/html");
            if (original != null) {
                // IPTC: each language version is an item of its own, pointing at the item it was translated from.
                w.writeEmptyElement(NAR, "link");
                w.writeAttribute("rel", "irel:translatedFrom");
                w.writeAttribute("residref", SiteUrls.dispatchUri(original.id()));
                w.writeAttribute("version", String.valueOf(original.revision()));
                w.writeAttribute("href", SiteUrls.absolute(NewsmlController.itemPath(original.id())));
                w.writeAttribute("contenttype", NewsmlController.ITEM_TYPE.toString());
            }
        }
        w.writeEndElement();

        w.writeStartElement(NAR, "contentMeta");
        element(w, "urgency", String.valueOf(d.urgency()));
        if (present(d.datelinePlace())) {
            w.writeStartElement(NAR, "located");
            w.writeAttribute("type", "loctype:City");
            element(w, "name", d.datelinePlace());
            w.writeEndElement();
        }
        // Agency copy has no byline: the agency is its creator; a bylined dispatch is its writers', the agency contributing.
        if (present(d.byline())) {
            w.writeStartElement(NAR, "creator");
            element(w, "name", d.byline());
            w.writeEndElement();
        }
        w.writeStartElement(NAR, present(d.byline()) ? "contributor" : "creator");
        w.writeAttribute("type", "cpnat:organisation");
        element(w, "name", name);
        w.writeEndElement();
        w.writeEmptyElement(NAR, "language");
        w.writeAttribute("tag", d.language());
        if (d.sectionCode() != null) {
            w.writeStartElement(NAR, "subject");
            w.writeAttribute("type", "cpnat:abstract");
            w.writeAttribute("uri", "urn:newsdesk:section:" + d.sectionCode());
            element(w, "name", d.sectionLabel());
            w.writeEndElement();
        }
        for (String keyword : d.keywordList()) {
            w.writeStartElement(NAR, "subject");
            w.writeAttribute("type", "cpnat:abstract");
            w.writeAttribute("literal", keyword);
            element(w, "name", keyword);
            w.writeEndElement();
        }
        if (present(d.slugline())) {
            element(w, "slugline", d.slugline());
        }
        element(w, "headline", d.headline());
        if (present(d.datelinePlace())) {
            element(w, "dateline", DatelineFormatter.format(new Dateline(d.datelinePlace(), d.datelineDate()), d.language(), null));
        }
        if (present(d.byline())) {
            element(w, "by", d.byline());
        }
        element(w, "creditline", name);
        if (!d.killed() && present(d.lead())) {
            w.writeStartElement(NAR, "description");
            w.writeAttribute("role", "drol:summary");
            w.writeCharacters(d.lead());
            w.writeEndElement();
        }
        w.writeEndElement();

        // A canceled item keeps its identity, headline and notice (in edNote): the text must not be used any more.
        if (!d.killed()) {
            w.writeStartElement(NAR, "contentSet");
            w.writeStartElement(NAR, "inlineXML");
            w.writeAttribute("contenttype", "application/xhtml+xml");
            w.setDefaultNamespace(XHTML);
            w.writeStartElement(XHTML, "html");
            w.writeDefaultNamespace(XHTML);
            w.writeStartElement(XHTML, "head");
            w.writeStartElement(XHTML, "title");
            w.writeCharacters(d.headline());
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement(XHTML, "body");
            writeXhtml(w, d.body());
            w.writeEndElement();
            w.writeEndElement();
            w.setDefaultNamespace(NAR);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** The body exactly as the site sanitizes it, as XHTML elements (never pasted in as text). */
    private static void writeXhtml(XMLStreamWriter w, String markdown) throws XMLStreamException {
        Deque<String> open = new ArrayDeque<>();
        XMLStreamException[] failure = new XMLStreamException[1];
        MarkdownRenderer.toSafeHtml(markdown, new MarkdownRenderer.HtmlEvents() {
            @Override
            public void open(String element, List<String> attributes) {
                run(() -> {
                    boolean isVoid = VOID_ELEMENTS.contains(element);
                    if (isVoid) {
                        w.writeEmptyElement(XHTML, element);
                    } else {
                        w.writeStartElement(XHTML, element);
                        open.push(element);
                    }
                    for (int i = 0; i + 1 < attributes.size(); i += 2) {
                        w.writeAttribute(attributes.get(i), attributes.get(i + 1));
                    }
                });
            }

            @Override
            public void close(String element) {
                run(() -> {
                    // The sanitizer balances tags; an end tag that closes nothing open here is dropped.
                    if (open.contains(element)) {
                        while (!open.isEmpty()) {
                            w.writeEndElement();
                            if (open.pop().equals(element)) {
                                break;
                            }
                        }
                    }
                });
            }

            @Override
            public void text(String text) {
                run(() -> w.writeCharacters(text));
            }

            private void run(XmlStep step) {
                if (failure[0] == null) {
                    try {
                        step.run();
                    } catch (XMLStreamException e) {
                        failure[0] = e;
                    }
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        while (!open.isEmpty()) {
            open.pop();
            w.writeEndElement();
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NAR, name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    private static void qcode(XMLStreamWriter w, String name, String qcode) throws XMLStreamException {
        w.writeEmptyElement(NAR, name);
        w.writeAttribute("qcode", qcode);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
