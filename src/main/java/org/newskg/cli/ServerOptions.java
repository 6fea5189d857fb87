package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that run the SPARQL server. */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port. Default: ${DEFAULT-VALUE}.")
    int port = 3030;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on; 0.0.0.0 for all. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty password file (lines `user: password`). Enables SPARQL Update and Graph Store writes for its users.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Cut off queries that run longer than this. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds = 30;
}
