package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.article.ArticleReaders;
import org.newskg.extract.Extraction;

/**
 * The standard extraction of the dev set meets the quality targets of the entity, role and
 * relation layer (issue 5) and of the event, quote, date and modality layer (issue 6). Scored by
 * the Java scorer, which gives score.py's figures ({@link ScorePyAgreementTest}), so the guard
 * needs no python. Skipped when ../shared is absent.
 */
class DevTargetsTest {

    static final Path DEV = Path.of("../shared/eval/dev");
    static Tally score;

    @BeforeAll
    static void extractAndScore() {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), "../shared/eval is absent");
        List<String> failures = new ArrayList<>();
        Map<String, Sheet> predicted = Predictions.extract(ArticleReaders.read(List.of(DEV.resolve("articles.jsonl")), null),
                Extraction.standard(), 2, failures::add);
        assertEquals(List.of(), failures);
        Evaluation e = Evaluation.of(Sheets.load(DEV.resolve("gold")), predicted, false);
        assertEquals(List.of(), e.missing(), "gold articles without a prediction");
        score = e.total();
    }

    private static void atLeast(double target, Double actual, String what) {
        assertTrue(actual != null && actual >= target, what + " is " + actual + ", below its target " + target);
    }

    @Test
    void entities_roles_and_relations_meet_their_targets() {
        atLeast(0.90, score.entities().f1(), "entities F1");
        atLeast(0.80, score.roles().f1(), "roles F1");
        atLeast(0.80, score.roleTitle().accuracy(), "role_title accuracy");
        atLeast(0.60, score.relations().f1(), "relations F1");
    }

    @Test
    void events_and_their_arguments_meet_their_targets() {
        atLeast(0.65, score.events().f1(), "events F1");
        atLeast(0.60, score.eventArgs().f1(), "event_args F1");
    }

    @Test
    void quotes_dates_and_modalities_meet_their_targets() {
        atLeast(0.85, score.quotes().f1(), "quotes F1");
        atLeast(0.70, score.eventDate().accuracy(), "event_date accuracy");
        atLeast(0.75, score.eventModality().accuracy(), "event_modality accuracy");
    }
}
