package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.article.ArticleReaders;
import org.newskg.extract.Extraction;
import org.newskg.fact.FactsJson;

/**
 * The Java scorer and the shared score.py give the same figures, text and JSON, on the dev set:
 * for the extraction's own output, and for many imperfect predictions made from the gold files.
 * Skipped where python3 or ../shared is absent.
 */
class ScorePyAgreementTest {

    static final Path SHARED = Path.of("../shared/eval");
    static final Path SCORE_PY = SHARED.resolve("score.py");
    static final Path DEV_GOLD = SHARED.resolve("dev/gold");
    static final Path DEV_ARTICLES = SHARED.resolve("dev/articles.jsonl");
    static final Path CONLL_GOLD = SHARED.resolve("conll-testa/gold");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPythonAndSharedData() {
        assumeTrue(Files.isRegularFile(SCORE_PY) && Files.isDirectory(DEV_GOLD), "../shared/eval is absent");
        assumeTrue(python("--version").exit == 0, "python3 is absent");
    }

    @Test
    void agree_on_the_extraction_of_the_dev_articles() throws IOException {
        Path pred = dir.resolve("pred.jsonl");
        List<String> lines = new ArrayList<>();
        Extraction extraction = Extraction.standard();
        try (var items = ArticleReaders.read(List.of(DEV_ARTICLES), null)) {
            items.filter(r -> r.isOk()).forEach(r -> lines.add(FactsJson.toLine(extraction.extract(r.article()))));
        }
        Files.write(pred, lines, StandardCharsets.UTF_8);
        assertAgree(DEV_GOLD, pred, false);
    }

    @Test
    void agree_on_gold_scored_against_itself() {
        assertAgree(DEV_GOLD, DEV_GOLD, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agree_on_imperfect_predictions_made_from_the_dev_gold(long seed) throws IOException {
        assertAgree(DEV_GOLD, mutated(DEV_GOLD, seed), false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void agree_on_the_conll_gold_with_and_without_coarse_types(boolean coarse) throws IOException {
        assumeTrue(Files.isDirectory(CONLL_GOLD), "../shared/eval/conll-testa is absent");
        assertAgree(CONLL_GOLD, mutated(CONLL_GOLD, 11), coarse);
    }

    private Path mutated(Path gold, long seed) throws IOException {
        GoldMutator mutator = new GoldMutator(seed);
        List<String> lines = new ArrayList<>();
        for (Path f : Files.list(gold).filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            JsonObject p = mutator.mutate(JsonParser.parseString(Files.readString(f)).getAsJsonObject());
            if (p != null)
                lines.add(p.toString());
        }
        return Files.write(dir.resolve("pred-" + seed + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static void assertAgree(Path gold, Path pred, boolean coarse) {
        Evaluation java = Evaluation.of(Sheets.load(gold), Sheets.load(pred), coarse);
        List<String> args = new ArrayList<>(List.of(SCORE_PY.toString(), gold.toString(), pred.toString(), "--per-article"));
        if (coarse)
            args.add("--coarse");
        Run text = python(args.toArray(String[]::new));
        assertEquals(0, text.exit, text.out);
        assertEquals(text.out, print(w -> EvalReport.text(java, true, w)));
        args.add("--json");
        Run json = python(args.toArray(String[]::new));
        assertEquals(JsonParser.parseString(json.out), JsonParser.parseString(print(w -> EvalReport.json(java, true, w))));
    }

    private static String print(java.util.function.Consumer<PrintWriter> report) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        report.accept(w);
        w.flush();
        return s.toString().replace("\r\n", "\n");
    }

    private record Run(int exit, String out) {}

    private static Run python(String... args) {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            return new Run(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, e.toString());
        }
    }
}
