package org.newskg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML side of feeds: a parser that never fetches or expands external entities (a feed is
 * untrusted input), and lookups of child elements by local name, whatever the namespace prefix.
 */
final class FeedXml {

    private FeedXml() {}

    static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new ReadException("not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + "); a feed must be RSS or Atom XML");
        } catch (SAXException | IOException e) {
            throw new ReadException("not XML: " + e.getMessage() + "; a feed must be RSS or Atom XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && localName.equals(e.getLocalName()))
                found.add(e);
        return found;
    }

    static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++)
            found.add((Element) nodes.item(i));
        return found;
    }

    /** The first child, by the first of the names that has a non-blank one, or {@code null}. */
    static Element first(Element parent, String... localNames) {
        for (String name : localNames)
            for (Element e : children(parent, name))
                if (!e.getTextContent().isBlank())
                    return e;
        return null;
    }

    /** The stripped text of {@link #first}, or {@code null}. */
    static String text(Element parent, String... localNames) {
        Element e = first(parent, localNames);
        return e == null ? null : e.getTextContent().strip();
    }

    /** The element's content as markup, for XHTML embedded in a feed. */
    static String innerXml(Element e) {
        DOMImplementationLS ls = (DOMImplementationLS) e.getOwnerDocument().getImplementation();
        StringBuilder s = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            s.append(ls.createLSSerializer().writeToString(n).replaceFirst("^<\\?xml[^>]*\\?>", ""));
        return s.toString();
    }
}
