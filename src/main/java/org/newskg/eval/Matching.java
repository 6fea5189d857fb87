package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * score.py's greedy one-to-one matching: each gold item, required ones first, takes the first
 * unused prediction that matches it.
 *
 * @param pairs  matched gold and predicted items, in matching order
 * @param missed gold items nothing matched (optional ones included)
 * @param extra  predictions that matched no gold item
 */
record Matching<G extends Sheet.Item, P>(List<Pair<G, P>> pairs, List<G> missed, List<P> extra) {

    record Pair<G, P>(G gold, P predicted) {}

    static <G extends Sheet.Item, P> Matching<G, P> of(List<G> gold, List<P> predicted, BiPredicate<G, P> same) {
        boolean[] used = new boolean[predicted.size()];
        List<Pair<G, P>> pairs = new ArrayList<>();
        List<G> missed = new ArrayList<>();
        List<G> order = new ArrayList<>(gold);
        order.sort(Comparator.comparing(Sheet.Item::optional)); // stable: required first, else as given
        for (G g : order) {
            int found = -1;
            for (int i = 0; i < predicted.size() && found < 0; i++)
                if (!used[i] && same.test(g, predicted.get(i)))
                    found = i;
            if (found >= 0) {
                used[found] = true;
                pairs.add(new Pair<>(g, predicted.get(found)));
            } else {
                missed.add(g);
            }
        }
        List<P> extra = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++)
            if (!used[i])
                extra.add(predicted.get(i));
        return new Matching<>(pairs, missed, extra);
    }

    /** What the matching scores: optional gold items count neither as found nor as missed. */
    Count count() {
        int tp = (int) pairs.stream().filter(p -> !p.gold().optional()).count();
        int fn = (int) missed.stream().filter(g -> !g.optional()).count();
        return new Count(tp, extra.size(), fn);
    }

    /** The pairs whose gold item is required. */
    List<Pair<G, P>> requiredPairs() {
        return pairs.stream().filter(p -> !p.gold().optional()).toList();
    }

    /** The required gold items nothing matched. */
    List<G> requiredMissed() {
        return missed.stream().filter(g -> !g.optional()).toList();
    }
}
