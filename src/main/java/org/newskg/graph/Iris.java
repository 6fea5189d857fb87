package org.newskg.graph;

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

/**
 * Mints every IRI NewsKG writes. Entities get the same IRI in every article: from their
 * Wikidata id when known, else from their folded name, so "Huawei" in two articles is one node.
 */
public final class Iris {

    private Iris() {}

    public static final String BASE = "https://w3id.org/newskg/id/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The article's node, which also names its graph. */
    public static Node article(String articleId) {
        return uri("article/" + encode(articleId));
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
    public static Node hashed(String kind, String... parts) {
        return uri(kind + "/" + hash(String.join("\u001f", parts)));
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
