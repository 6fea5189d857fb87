package org.newskg.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Derives article ids from what an input offers when it has no id of its own. */
public final class ArticleIds {

    private static final int MAX_SLUG = 100;

    private ArticleIds() {}

    /** The file name without its extension: {@code seed-huawei-5g-mwc.txt} gives {@code seed-huawei-5g-mwc}. */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * A readable id from a URL: host and path as lower-case words, so
     * {@code https://www.example.com/news/huawei-sues.html} gives {@code example-com-news-huawei-sues}.
     * A query string or an overlong path adds a short hash of the whole URL, keeping ids distinct.
     */
    public static String fromUrl(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("\\.(s?html?|php|aspx?)$", "");
            String slug = slug(host + "/" + path);
            if (slug.isEmpty())
                return "url-" + hash(u);
            if (uri.getQuery() != null || slug.length() > MAX_SLUG)
                return slug.substring(0, Math.min(slug.length(), MAX_SLUG)) + "-" + hash(u);
            return slug;
        } catch (java.net.URISyntaxException e) {
            return "url-" + hash(u);
        }
    }

    /** An id from a hash of the tidied title and text: the same article gives the same id. */
    public static String fromContent(String title, String text) {
        String t = ArticleText.line(title);
        return "sha-" + hash((t == null ? "" : t) + "\n" + ArticleText.tidy(text));
    }

    private static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
