package org.newskg.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;

/**
 * A corpus grown to any size for the store benchmarks: the base corpus read again and again,
 * each pass (a generation) under new ids and with dates a week later. Generation 0 is the base
 * corpus itself. Articles the base gives no date get one from their id, spread over 2004-05, so
 * the store holds dated news throughout. {@link Renamer} renames the entities of every generation
 * after the first. Streams the base files, never holding a generation in memory.
 */
public final class CorpusGrowth {

    private static final Pattern GENERATION = Pattern.compile("-g(\\d+)$");
    private static final LocalDate UNDATED_FROM = LocalDate.of(2004, 1, 1);

    private final List<Path> base;

    public CorpusGrowth(List<Path> base) {
        this.base = List.copyOf(base);
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) of the grown corpus, lazily. */
    public Stream<ReadResult> articles(long from, long to) {
        Articles it = new Articles();
        Stream<ReadResult> all = StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(it::close);
        return all.skip(from).limit(to - from);
    }

    /** The generation an id of the grown corpus belongs to. */
    public static int generationOf(String id) {
        Matcher m = GENERATION.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** An article as it appears in a generation: a new id and a date a week later per generation. */
    static Article copy(Article a, int generation) {
        LocalDate date = a.published() != null ? a.published()
                : UNDATED_FROM.plusDays(Math.floorMod(a.id().hashCode(), 730));
        String id = generation == 0 ? a.id() : a.id() + "-g" + generation;
        return new Article(id, a.title(), date.plusWeeks(generation), a.url() == null ? null : a.url() + "#g" + generation,
                a.source(), a.text());
    }

    /** The base corpus, generation after generation, one open file at a time. */
    private final class Articles implements Iterator<ReadResult> {
        private int generation = -1;
        private Stream<ReadResult> open;
        private Iterator<ReadResult> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            if (current.hasNext())
                return true;
            close();
            generation++;
            open = ArticleReaders.read(base, null);
            int g = generation;
            current = open.map(r -> r.isOk() ? ReadResult.ok(r.origin(), copy(r.article(), g)) : r).iterator();
            if (!current.hasNext())
                throw new IllegalArgumentException("the base corpus " + base + " holds no articles");
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext())
                throw new NoSuchElementException();
            return current.next();
        }

        void close() {
            if (open != null)
                open.close();
        }
    }
}
