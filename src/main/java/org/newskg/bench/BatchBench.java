package org.newskg.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.fact.Facts;
import org.newskg.ingest.BatchWriter;
import org.newskg.ingest.ContentHash;
import org.newskg.ingest.Extracted;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

/**
 * What the batch size of ingest's writes costs: the same extracted articles written into a new
 * store with 1, 10, 100 and 1,000 articles per transaction, timing the writes alone and measuring
 * the store. TDB2 copies every index block a commit touches and never reuses the old ones.
 */
final class BatchBench {

    static final List<Integer> SIZES = List.of(1, 10, 100, 1_000);

    /** @param seconds time to write all the articles (mapping, shape check and commits) */
    record Result(int batch, int articles, double seconds, long storeBytes) {}

    private BatchBench() {}

    static List<Result> run(List<Article> articles, Path work) {
        Extraction extraction = Extraction.standard();
        List<String> names = extraction.pipeline().extractorNames();
        List<Extracted> items = new ArrayList<>();
        for (Article a : articles) {
            Facts facts = extraction.extract(a);
            items.add(new Extracted(a.id(), a, facts, ContentHash.of(a, names), null));
        }
        List<Result> out = new ArrayList<>();
        for (int size : SIZES) {
            Path dir = work.resolve("batch-" + size);
            Disk.clean(dir);
            DatasetGraph dataset = Stores.tdb2(dir);
            long start = System.nanoTime();
            BatchWriter writer = new BatchWriter(new ArticleStore(dataset), Clock.systemUTC(), size, Duration.ofHours(1), w -> {
                if (w.failure() != null)
                    throw new IllegalStateException(w.item().origin() + ": " + w.failure());
            });
            items.forEach(writer::accept);
            writer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            Disk.release(dataset);
            out.add(new Result(size, items.size(), seconds, Disk.size(dir)));
            Disk.clean(dir);
        }
        return out;
    }
}
