package org.newskg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.store.Stores;

/**
 * Ingest throughput end to end: {@code newskg ingest} of a corpus into a new store in a fresh
 * JVM, against Jena's bulk loader loading the very same quads (dumped as N-Quads) in a fresh JVM.
 */
final class IngestBench {

    private IngestBench() {}

    /**
     * @param quads          quads the ingest stored (and the bulk loader loaded)
     * @param ingestSeconds  the whole {@code newskg ingest} run
     * @param bulkSeconds    the whole bulk loader run
     * @param storeBytes     the ingested store's size on disk
     */
    record Result(Corpus corpus, int threads, long quads, double ingestSeconds, double bulkSeconds, long storeBytes,
                  long bulkStoreBytes) {

        double articlesPerSecond() {
            return corpus.articles() / ingestSeconds;
        }

        double quadsPerSecond() {
            return quads / ingestSeconds;
        }

        double bulkQuadsPerSecond() {
            return quads / bulkSeconds;
        }

        /** Ingest's quads per second as a share of the bulk loader's. */
        double ratio() {
            return quadsPerSecond() / bulkQuadsPerSecond();
        }
    }

    static Result run(Corpus corpus, int threads, Path work) {
        Path store = work.resolve("ingest-" + corpus.name());
        Path bulk = work.resolve("bulk-" + corpus.name());
        Path dump = work.resolve("ingest-" + corpus.name() + ".nq");
        Disk.clean(store);
        Disk.clean(bulk);
        double ingest = ChildJava.newskg(work.resolve("ingest.log"), List.of(), "ingest", "--store", store.toString(),
                "--threads", Integer.toString(threads), corpus.path().toString());
        long quads = dump(store, dump);
        double load = ChildJava.run(work.resolve("bulk.log"), List.of(), BulkLoad.class.getName(),
                List.of(bulk.toString(), dump.toString()));
        return new Result(corpus, threads, quads, ingest, load, Disk.size(store), Disk.size(bulk));
    }

    /** Writes the store's quads as N-Quads and returns how many there are. */
    private static long dump(Path storeDir, Path file) {
        DatasetGraph dsg = Stores.tdb2(storeDir);
        try (OutputStream out = new BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
            return Txn.calculateRead(dsg, () -> {
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
                return dsg.stream().count();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            Disk.release(dsg);
        }
    }
}
