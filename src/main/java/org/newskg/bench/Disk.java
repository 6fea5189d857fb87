package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Sizes and clean-up of benchmark stores and folders. */
final class Disk {

    private Disk() {}

    /**
     * Bytes a folder takes on disk: {@code du}'s count of allocated blocks where {@code du} exists
     * (TDB2's files are sparse, so their length overstates it), else the files' lengths.
     */
    static long size(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() == 0)
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException | RuntimeException e) {
            // fall back below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return org.newskg.store.Stores.sizeOnDisk(dir);
    }

    /**
     * Closes a TDB2 store for good. Closing a TDB2 dataset leaves it cached, caches and all, for the
     * life of the JVM; a benchmark that opens many stores must let them go or it measures their memory.
     */
    static void release(DatasetGraph dataset) {
        TDBInternal.expel(dataset, true);
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void clean(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
