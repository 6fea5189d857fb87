package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.StoreStats;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {
                "Prints how many articles, entities, events, quotes and triples the store holds, and its size on",
                "disk.",
                "",
                "Entities and events are counted once however many articles name them; triples are counted in",
                "every graph that holds them, so a triple two articles state counts twice. The size on disk",
                "includes the space TDB2 keeps from replaced data until the store is compacted."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  printed", "  1  the store could not be read", "",
                "Example:", "  newskg stats --store data/tdb2"})
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph dataset = Stores.tdb2(store.store);
        try {
            StoreStats s = StoreStats.of(dataset, store.store);
            var out = spec.commandLine().getOut();
            out.printf("store     %s%n", store.store);
            out.printf("articles  %,d%n", s.articles());
            out.printf("entities  %,d%n", s.entities());
            out.printf("events    %,d%n", s.events());
            out.printf("quotes    %,d%n", s.quotes());
            out.printf("triples   %,d%n", s.triples());
            out.printf("size      %,.1f MB%n", s.bytes() / 1e6);
            out.flush();
            return 0;
        } finally {
            dataset.close();
        }
    }
}
