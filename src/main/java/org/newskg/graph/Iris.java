package org.newskg.graph;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.fact.Entity;
import org.newskg.fact.Span;

/**
 * Mints every IRI NewsKG writes. Entities get the same IRI in every article: from their
 * Wikidata id when known, else from their folded name, so "Huawei" in two articles is one node.
 */
public final class Iris {

    private Iris() {}

    public static final String BASE = "https://w3id.org/newskg/id/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String ARTICLE = "article/";
    private static final String VALIDATION = "validation/";

    /** The article's node, which also names its graph. */
    public static Node article(String articleId) {
        return uri(ARTICLE + encode(articleId));
    }

    public static Node entity(Entity e) {
        if (e.wikidata() != null)
            return uri("entity/" + e.wikidata());
        return uri("entity/" + slug(e.name()));
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WIKIDATA + qid);
    }

    /** A node named by a hash of its identifying parts, under {@code kind/}. */
    static Node hashed(String kind, String... parts) {
        return uri(kind + "/" + hash(String.join("\u001f", parts)));
    }

    /** The post with this title in an organisation or state, shared by all who hold it. */
    public static Node post(Node organization, String title) {
        return hashed("post", organization.getURI(), title.strip().toLowerCase(Locale.ROOT));
    }

    public static Node role(Node person, Node organization, String title) {
        return hashed("role", person.getURI(), organization.getURI(), title == null ? "" : title);
    }

    public static Node relation(Node subject, Node predicate, Node object) {
        return hashed("relation", subject.getURI(), predicate.getURI(), object.getURI());
    }

    /** A quote of an article, by where it starts (UTF-16 offset, or -1 when unknown) and its words. */
    public static Node quote(String articleId, int start, String text) {
        return hashed("quote", articleId, Integer.toString(start), text);
    }

    /** A passage of an article, by its UTF-16 character range in the article's document. */
    public static Node passage(String articleId, Span span) {
        return hashed("evidence", articleId, Integer.toString(span.start()), Integer.toString(span.end()));
    }

    /**
     * A selector of a passage ("position" or "quote"). Selectors are IRIs rather than blank nodes:
     * Jena SHACL 5.6 formats every blank node it validates through a static formatter that keeps
     * a label for each one for the JVM's life, so blank nodes made ingest's heap grow with the store.
     */
    public static Node selector(Node passage, String kind) {
        return NodeFactory.createURI(passage.getURI() + "/" + kind);
    }

    /** The graph holding the SHACL validation report of an article that did not conform. */
    public static Node validation(String articleId) {
        return uri(VALIDATION + encode(articleId));
    }

    /** The article id a validation graph is named after, or {@code null} when the node names none. */
    public static String articleIdOfValidation(Node graph) {
        return idAfter(BASE + VALIDATION, graph);
    }

    /** The article id an article node (or graph) is named after, or {@code null} when the node names none. */
    public static String articleId(Node article) {
        return idAfter(BASE + ARTICLE, article);
    }

    private static String idAfter(String prefix, Node node) {
        if (!node.isURI() || !node.getURI().startsWith(prefix))
            return null;
        return URLDecoder.decode(node.getURI().substring(prefix.length()), StandardCharsets.UTF_8);
    }

    public static Node extractor(String name, String version) {
        return uri("extractor/" + encode(name) + "/" + encode(version));
    }

    public static Node ingestion(String articleId) {
        return uri("ingestion/" + encode(articleId));
    }

    /** Lower case ASCII words joined by hyphens: "Meng Wanzhou" gives "meng-wanzhou". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’.]", "");
        s = s.replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + hash(name).substring(0, 12) : encode(s);
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
