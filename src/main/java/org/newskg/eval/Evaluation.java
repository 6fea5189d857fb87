package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gold and predicted facts scored article by article and summed (micro-averaged) over the set:
 * every gold article counts, a gold article without a prediction scores as one with no facts,
 * and predictions without gold are ignored.
 *
 * @param articles the per-article results, in order of article id
 * @param missing  ids of gold articles that have no prediction
 */
public record Evaluation(Tally total, List<ArticleScorer.Result> articles, List<String> missing) {

    public Evaluation {
        articles = List.copyOf(articles);
        missing = List.copyOf(missing);
    }

    /**
     * @param coarse compare entity types as PER / ORG / LOC / PRODUCT / MISC
     */
    public static Evaluation of(Map<String, Sheet> gold, Map<String, Sheet> predicted, boolean coarse) {
        Tally total = Tally.ZERO;
        List<ArticleScorer.Result> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Sheet> g : new TreeMap<>(gold).entrySet()) {
            Sheet p = predicted.get(g.getKey());
            if (p == null)
                missing.add(g.getKey());
            ArticleScorer.Result r = ArticleScorer.score(g.getValue(), p == null ? Sheet.empty(g.getKey()) : p, coarse);
            results.add(r);
            total = total.plus(r.tally());
        }
        return new Evaluation(total, results, missing);
    }

    public double macroF1() {
        return total.macroF1();
    }
}
