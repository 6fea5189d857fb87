package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg up}: ingest, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {
                "Ingests the articles into the store, then serves the store over SPARQL (see `newskg help",
                "ingest` and `newskg help serve`). Inputs that fail are reported; the server starts anyway."},
        footerHeading = "%nExample:%n",
        footer = {"  newskg up examples/articles"})
public final class UpCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph dataset = Stores.tdb2(store.store);
        IngestCommand.ingest(spec, input, dataset);
        ServeCommand.serve(spec, server, store.store, dataset);
        return 0;
    }
}
