package org.newsdesk.wire;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads ninjs, NewsML-G2 and RSS/Atom into {@link ParsedItem}s; anything unreadable is a {@link WireFormatException}. */
final class WireParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_ITEMS = 500;

    private WireParser() {
    }

    static List<ParsedItem> parse(WireKind kind, byte[] body) throws WireFormatException {
        return switch (kind) {
            case NINJS -> ninjs(body);
            case NEWSML -> newsml(body);
            case FEED -> feed(body);
        };
    }

    // ---- ninjs 3.x ----

    static List<ParsedItem> ninjs(byte[] bytes) throws WireFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new WireFormatException("wire.poll.json", firstLine(e.getOriginalMessage()));
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(nodes::add);
        } else if (root != null && root.isObject() && root.has("items") && root.get("items").isArray()) {
            root.get("items").forEach(nodes::add);
        } else if (root != null && root.isObject() && root.has("uri")) {
            nodes.add(root);
        } else {
            throw new WireFormatException("wire.poll.not-ninjs", null);
        }
        List<ParsedItem> items = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            if (!n.isObject()) {
                throw new WireFormatException("wire.poll.not-ninjs", null);
            }
            String uri = text(n, "uri");
            String headline = null;
            for (JsonNode h : n.path("headlines")) {
                if (headline == null || "main".equals(text(h, "role"))) {
                    headline = text(h, "value");
                }
            }
            if (headline == null) {
                headline = text(n, "headline"); // ninjs 1.x
            }
            if (uri == null || HtmlText.plain(headline) == null) {
                throw new WireFormatException("wire.poll.incomplete-item", null);
            }
            String lead = null;
            for (JsonNode d : n.path("descriptions")) {
                if (lead == null || "summary".equals(text(d, "role"))) {
                    lead = text(d, "value");
                }
            }
            String body = null;
            for (JsonNode b : n.path("bodies")) {
                String type = text(b, "contentType");
                String value = text(b, "value");
                if (value != null && (body == null || "main".equals(text(b, "role")))) {
                    body = type != null && type.startsWith("text/plain") ? HtmlText.plainToMarkdown(value) : HtmlText.markdown(value);
                }
            }
            String link = null;
            for (JsonNode a : n.path("altIds")) {
                if ("url".equals(text(a, "role"))) {
                    link = httpUrl(text(a, "value"));
                }
            }
            Integer urgency = n.path("urgency").isNumber() ? n.get("urgency").asInt() : null;
            items.add(new ParsedItem(uri, text(n, "version"), text(n, "language"), urgency(urgency),
                    HtmlText.plain(headline), HtmlText.plain(lead), body, HtmlText.plain(text(n, "by")),
                    HtmlText.plain(text(n, "copyrightHolder")), HtmlText.plain(locatedOf(n)), null, link,
                    instant(text(n, "versionCreated")), "canceled".equals(text(n, "pubStatus"))));
        }
        return items;
    }

    private static String locatedOf(JsonNode n) {
        JsonNode located = n.get("located");
        if (located == null) {
            return null;
        }
        return located.isString() ? located.asString() : text(located, "name");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        return v.asString();
    }

    // ---- NewsML-G2 ----

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs, so no external entities and no entity expansion ("billion laughs").
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows it; SUPPORT_DTD=false is the guard
        }
        return f;
    }

    static List<ParsedItem> newsml(byte[] body) throws WireFormatException {
        List<ParsedItem> items = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = xmlFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            boolean sawRoot = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WireFormatException("wire.poll.dtd", null);
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new WireFormatException("wire.poll.entity", r.getLocalName());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!sawRoot) {
                        sawRoot = true;
                        String root = r.getLocalName();
                        if (!root.equals("newsItem") && !root.equals("newsMessage") && !root.equals("packageItem")) {
                            throw new WireFormatException("wire.poll.not-newsml", root);
                        }
                    }
                    if (r.getLocalName().equals("newsItem") && items.size() < MAX_ITEMS) {
                        ParsedItem item = newsItem(r);
                        if (item != null) {
                            items.add(item);
                        }
                    }
                }
            }
            if (!sawRoot) {
                throw new WireFormatException("wire.poll.xml", "empty");
            }
            return items;
        } catch (XMLStreamException e) {
            throw new WireFormatException("wire.poll.xml", firstLine(e.getMessage()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /** Reads one newsItem, the reader on its start tag; returns with the reader on its end tag. */
    private static ParsedItem newsItem(XMLStreamReader r) throws XMLStreamException, WireFormatException {
        String guid = r.getAttributeValue(null, "guid");
        String version = r.getAttributeValue(null, "version");
        String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        String itemClass = null;
        String headline = null;
        String lead = null;
        String byline = null;
        String creator = null;
        String credit = null;
        String located = null;
        String dateline = null;
        String link = null;
        String status = null;
        String created = null;
        String languageTag = null;
        Integer urgency = null;
        String body = null;
        List<String> path = new ArrayList<>();
        path.add("newsItem");
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new WireFormatException("wire.poll.entity", r.getLocalName());
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                path.removeLast();
                if (path.isEmpty()) {
                    break;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String parent = path.getLast();
            path.add(name);
            switch (name) {
                case "itemClass" -> itemClass = r.getAttributeValue(null, "qcode");
                case "pubStatus" -> status = r.getAttributeValue(null, "qcode");
                case "versionCreated" -> {
                    if (parent.equals("itemMeta")) {
                        created = elementText(r, path);
                    }
                }
                case "link" -> {
                    String rel = r.getAttributeValue(null, "rel");
                    if (parent.equals("itemMeta") && ("irel:seeAlso".equals(rel) || link == null && rel == null)) {
                        link = httpUrl(r.getAttributeValue(null, "href"));
                    }
                }
                case "urgency" -> {
                    String u = elementText(r, path);
                    try {
                        urgency = u == null ? null : Integer.valueOf(u.strip());
                    } catch (NumberFormatException e) {
                        urgency = null;
                    }
                }
                case "language" -> {
                    if (parent.equals("contentMeta")) {
                        languageTag = r.getAttributeValue(null, "tag");
                    }
                }
                case "name" -> {
                    String owner = parent;
                    String value = elementText(r, path);
                    if (owner.equals("located") && located == null) {
                        located = value;
                    } else if (owner.equals("creator") && creator == null) {
                        creator = value;
                    }
                }
                case "headline" -> {
                    if (parent.equals("contentMeta") && headline == null) {
                        headline = elementText(r, path);
                    }
                }
                case "dateline" -> dateline = parent.equals("contentMeta") ? elementText(r, path) : dateline;
                case "by" -> byline = parent.equals("contentMeta") ? elementText(r, path) : byline;
                case "creditline" -> credit = parent.equals("contentMeta") ? elementText(r, path) : credit;
                case "description" -> {
                    String role = r.getAttributeValue(null, "role");
                    if (parent.equals("contentMeta") && (lead == null || "drol:summary".equals(role))) {
                        lead = elementText(r, path);
                    }
                }
                case "inlineXML" -> {
                    if (body == null) {
                        body = HtmlText.markdown(innerMarkup(r));
                    } else {
                        innerMarkup(r);
                    }
                    path.removeLast();
                }
                case "inlineData" -> {
                    String data = elementText(r, path);
                    if (body == null) {
                        body = HtmlText.plainToMarkdown(data);
                    }
                }
                default -> {
                }
            }
        }
        if (itemClass != null && !itemClass.equals("ninat:text")) {
            return null; // pictures, video, graphics: not copy for the desk
        }
        if (guid == null || guid.isBlank() || HtmlText.plain(headline) == null) {
            throw new WireFormatException("wire.poll.incomplete-item", null);
        }
        return new ParsedItem(guid.strip(), version, languageTag != null ? languageTag : lang, urgency(urgency),
                HtmlText.plain(headline), HtmlText.plain(lead), body, HtmlText.plain(byline != null ? byline : creator),
                HtmlText.plain(credit), HtmlText.plain(located), HtmlText.plain(dateline), link, instant(created),
                "stat:canceled".equals(status));
    }

    /** The text of the current element (its end tag consumed and popped from the path). */
    private static String elementText(XMLStreamReader r, List<String> path) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                s.append(r.getText());
            }
        }
        path.removeLast();
        return s.toString();
    }

    /**
     * The content of inlineXML re-serialized as HTML with local names (XHTML or NITF), leaving out the
     * document's head (XHTML {@code head}, NITF {@code body.head}): the headline is already read.
     */
    private static String innerMarkup(XMLStreamReader r) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        int skip = 0;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                if (skip > 0 || name.equals("head") || name.equals("body.head")) {
                    skip++;
                    continue;
                }
                s.append('<').append(name);
                if (name.equals("a")) {
                    String href = r.getAttributeValue(null, "href");
                    if (href != null) {
                        s.append(" href=\"").append(escapeAttr(href)).append('"');
                    }
                }
                s.append('>');
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    break;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                s.append("</").append(r.getLocalName()).append('>');
            } else if (skip == 0 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE)) {
                s.append(escapeAttr(r.getText()));
            }
        }
        return s.toString();
    }

    private static String escapeAttr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- RSS / Atom ----

    static List<ParsedItem> feed(byte[] body) throws WireFormatException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // ROME's default too: no DTD, no entities
            feed = input.build(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new WireFormatException("wire.poll.feed", firstLine(e.getMessage()));
        }
        List<ParsedItem> items = new ArrayList<>();
        String credit = HtmlText.plain(feed.getTitle());
        for (SyndEntry e : feed.getEntries()) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            String guid = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : e.getLink();
            if (guid == null || HtmlText.plain(e.getTitle()) == null) {
                throw new WireFormatException("wire.poll.incomplete-item", null);
            }
            String html = null;
            for (SyndContent c : e.getContents()) {
                html = c.getValue();
            }
            String lead = e.getDescription() == null ? null : HtmlText.plain(e.getDescription().getValue());
            if (html == null && e.getDescription() != null) {
                html = e.getDescription().getValue();
                lead = null;
            }
            Instant created = e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant()
                    : e.getPublishedDate() != null ? e.getPublishedDate().toInstant() : null;
            String language = feed.getLanguage();
            items.add(new ParsedItem(guid.strip(), null, language, null, HtmlText.plain(e.getTitle()), lead,
                    HtmlText.markdown(html), HtmlText.plain(e.getAuthor()), credit, null, null, httpUrl(e.getLink()),
                    created, false));
        }
        return items;
    }

    // ---- shared ----

    private static Integer urgency(Integer u) {
        return u == null || u < 1 || u > 9 ? null : u;
    }

    /** Only http(s) links are kept: a link back to the original must not be javascript:. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.startsWith("https://") || u.startsWith("http://") ? (u.length() > 2000 ? null : u) : null;
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
