package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/**
 * Runs a canned query over a connection (a local store or a remote endpoint alike), with its
 * parameters bound by substitution, a timeout, and a cap on the rows returned.
 */
public final class QueryRunner {

    /** Output formats for results. */
    public enum Format { table, csv, json }

    private final RDFConnection connection;
    private final Duration timeout;
    private final long maxRows;

    public QueryRunner(RDFConnection connection, Duration timeout, long maxRows) {
        this.connection = connection;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /**
     * Runs the query and writes its results.
     *
     * @param params user parameter name to value; parameters the user leaves out take the query's defaults
     * @throws IllegalArgumentException when a parameter is unknown or has no value
     */
    public void run(CannedQuery canned, Map<String, String> params, Format format, OutputStream out) {
        Query query = canned.query();
        // Cap the rows too: some queries ignore their timeout in Jena 5.6 (GH-3535).
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows))
            query.setLimit(maxRows);
        Map<String, RDFNode> bindings = canned.bind(params);
        // A local store needs a read transaction; for a remote endpoint it is only a local lock.
        Txn.executeRead(connection, () -> {
            try (QueryExecution exec = connection.newQuery().query(query)
                    .substitution(toBinding(bindings))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                write(exec, query, format, out);
            }
        });
    }

    private static org.apache.jena.query.QuerySolutionMap toBinding(Map<String, RDFNode> bindings) {
        org.apache.jena.query.QuerySolutionMap m = new org.apache.jena.query.QuerySolutionMap();
        bindings.forEach(m::add);
        return m;
    }

    private static void write(QueryExecution exec, Query query, Format format, OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (query.isSelectType()) {
            ResultSet rs = exec.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(print, rs, query.getPrefixMapping());
                case csv -> ResultSetFormatter.outputAsCSV(print, rs);
                case json -> ResultSetFormatter.outputAsJSON(print, rs);
            }
        } else if (query.isAskType()) {
            boolean b = exec.execAsk();
            if (format == Format.json)
                ResultSetFormatter.outputAsJSON(print, b);
            else
                print.println(b ? "yes" : "no");
        } else {
            Model m = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(print, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        }
        print.flush();
    }
}
