package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.query.CannedQueries;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg query}: runs a canned or a user's SPARQL query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
                "Runs a SPARQL query against the store (or a remote endpoint with --endpoint) and prints the",
                "results. NAME is one of the canned queries shipped with NewsKG (--list shows them); a path",
                "ending in .rq is a query file of your own.",
                "",
                "Parameters are the query's variables named ?_name; --param name=value binds one (values are",
                "substituted as RDF terms, never spliced into the text). A parameter you leave out takes the",
                "default from the query's header. Results are capped at --max-rows rows."},
        footerHeading = "%nExamples:%n",
        footer = {"  newskg query --list", "  newskg query entities --param type=Company",
                "  newskg query my-query.rq --format csv",
                "  newskg query entities --endpoint http://127.0.0.1:3030/newskg/sparql"})
public final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "The canned query name or a query file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Binds the query parameter ?_NAME.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}. (CONSTRUCT results are Turtle, or JSON-LD with json.)")
    QueryRunner.Format format = QueryRunner.Format.table;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the local store.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds = 60;

    @Option(names = "--max-rows", paramLabel = "N", description = "Return at most this many rows. Default: ${DEFAULT-VALUE}.")
    long maxRows = 10_000;

    @Mixin
    StoreOptions store;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        if (list) {
            for (CannedQuery q : CannedQueries.all()) {
                out.printf("%-28s %s%n", q.name(), q.summary());
                q.parameters().forEach(p -> out.printf("%-28s   --param %s=...%s%n", "", p.name(),
                        q.defaults().containsKey(p.name()) ? " (default " + q.defaults().get(p.name()) + ")" : ""));
            }
            out.flush();
            return 0;
        }
        if (query == null)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing query: give NAME or FILE.rq (or --list)");
        CannedQuery canned = resolve(query);
        try {
            canned.bind(params);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (endpoint == null && !Files.isDirectory(store.store))
            throw new IllegalArgumentException("no store at " + store.store + "; ingest articles first or give --store");
        DatasetGraph dataset = endpoint == null ? Stores.tdb2(store.store) : null;
        try (RDFConnection conn = endpoint != null ? RDFConnection.connect(endpoint) : RDFConnection.connect(
                org.apache.jena.query.DatasetFactory.wrap(dataset));
             OutputStream os = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get()) {
            new QueryRunner(conn, Duration.ofSeconds(timeoutSeconds), maxRows).run(canned, params, format, os);
        } finally {
            if (dataset != null)
                dataset.close();
        }
        out.flush();
        return 0;
    }

    private CannedQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") && Files.exists(Path.of(nameOrFile)))
            return CannedQueries.fromFile(Path.of(nameOrFile));
        return CannedQueries.byName(nameOrFile).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Unknown query '" + nameOrFile + "': not a canned query (see --list) nor an existing .rq file"));
    }
}
