package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.graph.ArticleValidator;
import org.newskg.graph.StoreReport;
import org.newskg.graph.StoreValidation;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate}: reports where the store does not conform to the NewsKG shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
                "Reports every SHACL finding about the store's articles. Each article's graph is checked",
                "against the NewsKG shapes (ontology/newskg-shapes.ttl) when it is stored; an article that",
                "does not conform is stored anyway and its report is kept in the graph",
                "https://w3id.org/newskg/id/validation/{article id}. This command lists those reports, or with",
                "--recheck validates every article graph again against the shapes of this build.",
                "",
                "A Violation is a bug in an extractor; a Warning is something an article may leave unsaid.",
                "The store conforms when it has no Violation."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  the store conforms (there may be warnings)", "  1  the store could not be read",
                "  3  the store does not conform", "", "Examples:", "  newskg validate",
                "  newskg validate --recheck --format turtle > report.ttl"})
public final class ValidateCommand implements Callable<Integer> {

    /** How to print the report. */
    public enum Format { text, turtle }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (one line per finding) or turtle (SHACL validation reports). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--recheck", description = "Validate every article graph again instead of reading the recorded reports.")
    boolean recheck;

    @Mixin
    StoreOptions store;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.store))
            throw new IllegalArgumentException("no store at " + store.store + "; give --store DIR or ingest articles first");
        DatasetGraph dataset = Stores.tdb2(store.store);
        try {
            StoreReport report = recheck ? StoreValidation.recheck(dataset, ArticleValidator.standard())
                    : StoreValidation.recorded(dataset);
            var out = spec.commandLine().getOut();
            if (format == Format.turtle) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                report.writeTurtle(bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                report.writeText(out);
            }
            return report.conforms() ? 0 : Main.NOT_CONFORMING;
        } finally {
            dataset.close();
        }
    }
}
