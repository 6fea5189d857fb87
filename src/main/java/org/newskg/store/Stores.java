package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Opens NewsKG stores. */
public final class Stores {

    private Stores() {}

    /** The default store folder, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");

    /**
     * A TDB2 dataset in {@code dir} (created when missing) whose default graph, for queries, is the
     * union of the article graphs.
     */
    public static DatasetGraph tdb2(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Bytes the store's files take on disk. */
    public static long sizeOnDisk(Path dir) {
        if (!Files.isDirectory(dir))
            return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure store folder " + dir, e);
        }
    }
}
