package org.newsdesk.syndication;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Reads every output the way its consumers do: feeds with ROME, sitemaps as XML, ninjs as JSON checked against IPTC's schema. */
final class Outputs {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    Outputs(MockMvc mvc) {
        this.mvc = mvc;
    }

    MvcResult get200(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s", path).isEqualTo(200);
        return result;
    }

    List<String> feedIds(String path) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(
                get200(path).getResponse().getContentAsByteArray())));
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    static Document xml(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    Document xml(String path) throws Exception {
        return xml(get200(path).getResponse().getContentAsByteArray());
    }

    static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The article sitemaps' URLs (every page the index names). */
    List<String> sitemapUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String page : texts(xml("/sitemap.xml"), SITEMAP_NS, "loc")) {
            if (page.contains("/sitemaps/articles-")) {
                urls.addAll(texts(xml(page.substring("http://localhost".length())), SITEMAP_NS, "loc"));
            }
        }
        return urls;
    }

    List<String> newsSitemapUrls() throws Exception {
        return texts(xml("/sitemaps/news.xml"), SITEMAP_NS, "loc");
    }

    static Element firstChild(Element parent, String ns, String name) {
        return (Element) parent.getElementsByTagNameNS(ns, name).item(0);
    }

    /** A ninjs response: schema-valid, parsed. */
    static JsonNode ninjs(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode node = JSON.readTree(body);
        if (node.has("items")) {
            for (JsonNode item : node.get("items")) {
                NinjsSchema.assertValid(JSON.writeValueAsString(item));
            }
        } else {
            NinjsSchema.assertValid(body);
        }
        return node;
    }

    MvcResult api(String path, String token) throws Exception {
        var request = get(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request).andReturn();
    }

    /** The item as the caller sees it, or null on 404. */
    JsonNode apiItem(long id, String token) throws Exception {
        MvcResult result = api("/api/ninjs/" + id, token);
        if (result.getResponse().getStatus() == 404) {
            return null;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return ninjs(result);
    }

    List<String> apiListUris(String query, String token) throws Exception {
        MvcResult result = api("/api/ninjs?" + query, token);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<String> uris = new ArrayList<>();
        ninjs(result).get("items").forEach(i -> uris.add(i.get("uri").asString()));
        return uris;
    }
}
