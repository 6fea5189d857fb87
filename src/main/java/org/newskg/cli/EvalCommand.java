package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.article.ArticleReaders;
import org.newskg.eval.EvalReport;
import org.newskg.eval.Evaluation;
import org.newskg.eval.Predictions;
import org.newskg.eval.Sheet;
import org.newskg.eval.Sheets;
import org.newskg.extract.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg eval}: scores extraction against gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
                "Extracts the facts of ARTICLES and scores them against the gold facts in --gold, with the",
                "matching rules of the facts-JSON format (the same figures as the shared score.py), or scores",
                "an existing facts-JSON file given with --pred.",
                "",
                "First, per gold article, its F1 per section and what to fix: gold facts the extraction missed,",
                "extra facts gold does not have, and matched facts with a wrong type, title, argument, date or",
                "modality. Then the figures: precision, recall and F1 per section, micro-averaged over the",
                "articles, and macro_f1, the mean F1 of entities, roles, relations, events and quotes.",
                "",
                "Gold and --pred may each be a facts-JSON file, a JSON array, a JSON Lines file, or a folder of",
                "them; articles are paired by article.id. Articles without gold are not scored."},
        footerHeading = "%nExamples:%n",
        footer = {"  newskg eval --gold ../shared/eval/dev/gold ../shared/eval/dev/articles.jsonl",
                "  newskg eval --gold ../shared/eval/dev/gold --pred facts.jsonl --summary",
                "  newskg eval --gold ../shared/eval/conll-testa/gold --coarse ../shared/eval/conll-testa/articles.jsonl"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:scored", "1:some article could not be read or extracted (the rest was scored)",
                "2:usage error"})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR|FILE", description = "The gold facts.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Score these predicted facts instead of extracting ARTICLES.")
    Path pred;

    @Parameters(paramLabel = "ARTICLES", arity = "0..*",
            description = "Article files or folders (read recursively), in any format ingest reads (see docs/input-formats.md).")
    List<Path> articles = List.of();

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every article file as this format instead of judging by its extension: jsonl, json, txt, html, csv or feed.")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--coarse", description = "Compare entity types as PER / ORG / LOC / PRODUCT / MISC (for corpora annotated that way).")
    boolean coarse;

    @Option(names = "--json", description = "Print the figures as JSON, as score.py --json does.")
    boolean json;

    @Option(names = "--per-article", description = "Add the figures of each article, as score.py --per-article does.")
    boolean perArticle;

    @Option(names = "--summary", description = "Print only the figures, without the per-article findings.")
    boolean summary;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((pred == null) == articles.isEmpty())
            throw new ParameterException(spec.commandLine(), "Give either ARTICLES to extract or --pred FILE, not both");
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Map<String, Sheet> goldSheets = Sheets.load(gold);
        int[] failed = {0};
        Map<String, Sheet> predicted = pred != null ? Sheets.load(pred)
                : Predictions.extract(ArticleReaders.read(articles, format), Extraction.standard(), threads, failure -> {
                    failed[0]++;
                    err.println("error: " + failure);
                });
        Evaluation evaluation = Evaluation.of(goldSheets, predicted, coarse);
        if (json) {
            EvalReport.json(evaluation, perArticle, out);
        } else {
            if (!summary)
                EvalReport.findings(evaluation, out);
            EvalReport.text(evaluation, perArticle, out);
        }
        out.flush();
        err.flush();
        return failed[0] == 0 ? 0 : 1;
    }
}
