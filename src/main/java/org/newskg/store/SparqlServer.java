package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server over a NewsKG store: SPARQL query for everyone, on loopback unless
 * told otherwise; updates only with a password file, and then only for logged-in users.
 */
public final class SparqlServer {

    private SparqlServer() {}

    public static final String DATASET = "newskg";

    public static Builder create(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** Settings of the server; {@link #build()} makes a server ready to start. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Path passwordFile;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private boolean ui = true;
        private Path workArea;

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The interface to listen on: a host name or address; "0.0.0.0" for all. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * A Jetty password file ({@code user: password} lines). With it, SPARQL Update and Graph
         * Store writes are enabled for its users; without it, the server is read-only.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** How long a query may run before it is cut off. */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        /** Whether to serve Fuseki's web UI at {@code /}. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Folder for Fuseki's own files (the admin area); default {@code run/} beside the store. */
        public Builder workArea(Path dir) {
            this.workArea = dir;
            return this;
        }

        public FusekiServer build() {
            if (passwordFile != null && !Files.isReadable(passwordFile))
                throw new IllegalArgumentException("password file " + passwordFile + " cannot be read");
            Context timeout = new Context();
            timeout.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(endpoint(Operation.Query, "sparql", timeout, Auth.ANY_ANON))
                    .addEndpoint(endpoint(Operation.Query, "query", timeout, Auth.ANY_ANON))
                    .addEndpoint(endpoint(Operation.Query, "", timeout, Auth.ANY_ANON))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", timeout, Auth.ANY_ANON));
            if (passwordFile != null) {
                service.addEndpoint(endpoint(Operation.Update, "update", timeout, Auth.ANY_USER))
                        .addEndpoint(endpoint(Operation.GSP_RW, "data", timeout, Auth.ANY_USER));
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .add("/" + DATASET, service)
                    .addFilter("/$/*", new AdminGuard(passwordFile != null))
                    .enablePing(true);
            if (ui) {
                // The admin work area must be set before FMod_Admin prepares it; FMod_Admin before FMod_UI.
                Lib.setenv(FusekiServerCtl.envFusekiBase,
                        (workArea != null ? workArea : Path.of("run")).toAbsolutePath().toString());
                fuseki.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()));
            } else {
                fuseki.fusekiModules(FusekiModules.create());
            }
            if (passwordFile != null)
                fuseki.passwordFile(passwordFile.toString()).serverAuthPolicy(Auth.ANY_ANON);
            FusekiServer server = fuseki.build();
            bind(server, host);
            return server;
        }

        private static Endpoint endpoint(Operation op, String name, Context context, AuthPolicy auth) {
            return Endpoint.create().operation(op).endpointName(name).context(context).authPolicy(auth).build();
        }

        /** Listens on the given interface only (Fuseki's builder knows only "loopback" or "all"). */
        private static void bind(FusekiServer server, String host) {
            String h = "0.0.0.0".equals(host) || "*".equals(host) ? null : host;
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(h);
        }
    }
}
