package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use the embedded store. */
public final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store folder (created when missing). Default: ${DEFAULT-VALUE}.")
    Path store = Stores.DEFAULT_DIR;
}
