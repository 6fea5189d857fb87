package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.SparqlServer;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg serve}: serves the store over SPARQL with Fuseki. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Serves the store with an embedded Apache Jena Fuseki server until stopped (Ctrl-C).",
                "",
                "SPARQL queries are answered at /newskg/sparql and /newskg/query, graphs can be read at",
                "/newskg/get, and Fuseki's web UI is at /. The default graph of a query is the union of all",
                "article graphs; GRAPH ?g reaches one article's graph.",
                "",
                "The server listens on 127.0.0.1 unless --host says otherwise, and is read-only: SPARQL Update",
                "(/newskg/update) and Graph Store writes (/newskg/data) exist only when a --password-file is",
                "given, and then need HTTP basic authentication. Queries running longer than --timeout are cut off."},
        footerHeading = "%nExamples:%n",
        footer = {"  newskg serve", "  newskg serve --port 8080 --store /srv/newskg/tdb2",
                "  newskg serve --host 0.0.0.0 --password-file passwd   (passwd lines: `user: password`)"})
public final class ServeCommand implements Callable<Integer> {

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
        serve(spec, server, store.store, dataset);
        return 0;
    }

    /** Starts the server, prints where it listens, and blocks until it stops. */
    static void serve(CommandSpec spec, ServerOptions options, Path storeDir, DatasetGraph dataset) {
        FusekiServer server = SparqlServer.create(dataset)
                .port(options.port)
                .host(options.host)
                .passwordFile(options.passwordFile)
                .queryTimeout(Duration.ofSeconds(options.timeoutSeconds))
                .workArea(storeDir.toAbsolutePath().getParent().resolve("fuseki"))
                .build();
        server.start();
        var out = spec.commandLine().getOut();
        String host = "0.0.0.0".equals(options.host) ? "127.0.0.1" : options.host;
        String base = "http://" + host + ":" + server.getHttpPort();
        String endpoint = base + "/" + SparqlServer.DATASET;
        out.println("Serving " + storeDir + " (" + (options.passwordFile == null ? "read-only" : "updates need a login") + ")");
        out.println("  SPARQL endpoint: " + endpoint + "/sparql   (also " + endpoint + "/query)");
        out.println("  Fuseki web UI:   " + base + "/");
        out.println("  Try it:");
        out.println("    curl -s " + endpoint + "/sparql -H 'Accept: text/csv' \\");
        out.println("      --data-urlencode 'query=SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?n)'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }
}
