package org.newskg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;
import org.newskg.extract.text.Tokenizer;

/**
 * A benchmark corpus and its size: articles, UTF-8 bytes of the text the extractors read, and
 * tokens as NewsKG's tokenizer counts them.
 *
 * @param name the folder the file sits in ({@code bbc}, {@code wikinews})
 */
public record Corpus(String name, Path path, int articles, long bytes, long tokens) {

    /** Reads the corpus once to measure it. */
    public static Corpus measure(Path path) {
        int n = 0;
        long bytes = 0, tokens = 0;
        for (Article a : load(path)) {
            String doc = a.document();
            n++;
            bytes += doc.getBytes(StandardCharsets.UTF_8).length;
            tokens += Tokenizer.tokenize(doc, 0, doc.length()).size();
        }
        return new Corpus(nameOf(path), path, n, bytes, tokens);
    }

    /** The articles of a corpus file (items that cannot be read are left out). */
    public static List<Article> load(Path path) {
        List<Article> out = new ArrayList<>();
        try (var items = ArticleReaders.read(List.of(path), null)) {
            items.filter(ReadResult::isOk).forEach(r -> out.add(r.article()));
        }
        return out;
    }

    private static String nameOf(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs.getFileName().toString() : abs.getParent().getFileName().toString();
    }
}
