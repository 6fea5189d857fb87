package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newskg.NewsKG;
import org.newskg.article.Article;

/**
 * A hash of everything that decides an article's facts: its fields and the extractors (names and
 * NewsKG version). Equal hashes mean re-extraction would write the same graph.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Article a, List<String> extractorNames) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Object part : new Object[] {a.id(), a.title(), a.published(), a.url(), a.source(), a.text(),
                NewsKG.VERSION, String.join(",", extractorNames)}) {
            md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
