package org.newskg.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg compact}: gives back the disk space TDB2 keeps from replaced data. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {
                "Compacts the TDB2 store: writes its live data into a new generation and deletes the old one.",
                "",
                "TDB2 never reuses the space a commit frees: every transaction leaves copies of the index blocks",
                "it changed, and every replaced article leaves its old graph behind, so a store grows well past",
                "its data (docs/BENCHMARKS.md has figures). Compact after large ingests. It needs free disk for",
                "a second copy of the live data while it runs, and no other process may use the store."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  compacted", "  1  the store could not be opened or compacted", "",
                "Example:", "  newskg compact --store data/tdb2"})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store))
            throw new IllegalArgumentException("there is no store at " + store.store + " to compact");
        long before = Stores.sizeOnDisk(store.store);
        long start = System.nanoTime();
        DatasetGraph dataset = Stores.tdb2(store.store);
        try {
            DatabaseMgr.compact(dataset, true);
        } finally {
            dataset.close();
        }
        long after = Stores.sizeOnDisk(store.store);
        var out = spec.commandLine().getOut();
        out.printf("compacted %s: %,.1f MB to %,.1f MB in %.1f s%n", store.store, before / 1e6, after / 1e6,
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }
}
