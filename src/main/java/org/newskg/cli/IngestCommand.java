package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.extract.Extraction;
import org.newskg.ingest.IngestSummary;
import org.newskg.ingest.Ingested;
import org.newskg.ingest.Ingester;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg ingest}: extracts articles and stores their facts. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
                "Reads articles, extracts their facts and stores them in the TDB2 store, one named graph per",
                "article, each article stored whole or not at all.",
                "",
                "Ingesting an unchanged article again changes nothing; an article whose text or metadata changed",
                "replaces its graph. An input that cannot be read or extracted is reported with its file (and",
                "line) and skipped; the rest of the batch goes on, and the store is left as it was for it."},
        footerHeading = "%nExamples:%n",
        footer = {"  newskg ingest examples/articles", "  newskg ingest --store /srv/newskg news.jsonl"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article was stored (or was already)", "1:some input failed", "2:usage error"})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

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
            IngestSummary summary = ingest(spec, input, dataset);
            return summary.failed() == 0 ? 0 : 1;
        } finally {
            dataset.close();
        }
    }

    /** Batches up to this size get one line per article. */
    private static final int LISTED = 20;

    /** Ingests the inputs into the dataset, printing failures, progress and a summary line. */
    static IngestSummary ingest(CommandSpec spec, InputOptions input, DatasetGraph dataset) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean terminal = Progress.onTerminal();
        long total = terminal && input.rereadable() ? input.read().count() : -1;
        Progress progress = new Progress(err, terminal, total);
        List<String> listing = new ArrayList<>();
        Ingester ingester = new Ingester(new ArticleStore(dataset), Extraction.standard(), input.threads);
        IngestSummary summary;
        try (var items = input.read()) {
            summary = ingester.ingest(items, item -> {
                progress.step(item.status() == Ingested.Status.FAILED);
                if (listing.size() <= LISTED && item.articleId() != null)
                    listing.add(describe(item));
            });
        }
        progress.finish();
        if (listing.size() <= LISTED)
            listing.forEach(out::println);
        summary.failures().forEach(f -> err.println("error: " + f));
        out.println(summary.line());
        out.flush();
        return summary;
    }

    private static String describe(Ingested item) {
        String what = switch (item.status()) {
            case ADDED -> "ingested";
            case REPLACED -> "replaced";
            case UNCHANGED -> "unchanged";
            case FAILED -> "failed";
        };
        String counts = item.facts() == null ? "" : String.format(" (%d entities, %d roles, %d events, %d quotes)",
                item.facts().entities().size(), item.facts().roles().size(), item.facts().events().size(),
                item.facts().quotes().size());
        return String.format("  %-9s %s%s", what, item.articleId(), counts);
    }
}
