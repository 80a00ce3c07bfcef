package org.newsdesk.syndication;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * IPTC's NewsML-G2 2.35 All-Power schema (copied to src/test/resources/newsml-g2/ with its CC BY 4.0
 * licence). Its one import, {@code xml.xsd}, sits beside it and resolves locally: no network, and the
 * validator may read local files only.
 */
final class NewsmlG2 {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Schema SCHEMA = load();

    private NewsmlG2() {
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            var url = NewsmlG2.class.getResource("/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");
            return factory.newSchema(url);
        } catch (Exception e) {
            throw new IllegalStateException("NewsML-G2 schema not loadable", e);
        }
    }

    /** Fails with the validator's message unless the document is valid; returns it parsed. */
    static Document valid(byte[] xml) throws Exception {
        var validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return Outputs.xml(xml);
    }

    static Element first(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(NAR, name).item(0);
    }

    static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }

    static List<Element> all(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
