package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a predicted name stands for a gold name within one article: through the gold
 * entity's name and aliases, and through every form the prediction lists for its own entity.
 */
final class Names {

    /** Folded surface form to the folded canonical names of the gold entities it names. */
    private final Map<String, Set<String>> goldKeys = new HashMap<>();
    /** Folded predicted name to every form the prediction gives that entity. */
    private final Map<String, List<String>> predictedForms = new HashMap<>();

    Names(List<Sheet.Entity> gold, List<Sheet.Entity> predicted) {
        for (Sheet.Entity e : gold) {
            String canonical = Fold.fold(e.name());
            for (String form : forms(e))
                if (form != null && !form.isEmpty())
                    goldKeys.computeIfAbsent(Fold.fold(form), k -> new HashSet<>()).add(canonical);
        }
        for (Sheet.Entity e : predicted)
            predictedForms.computeIfAbsent(Fold.fold(e.name()), k -> new ArrayList<>()).addAll(forms(e));
    }

    private static List<String> forms(Sheet.Entity e) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        return forms;
    }

    /** Whether the predicted name names the gold entity called {@code goldName}. */
    boolean same(String goldName, String predictedName) {
        return keysOf(predictedName).contains(Fold.fold(goldName));
    }

    /** The gold entities a predicted name stands for, or its own folded form when none. */
    private Set<String> keysOf(String predictedName) {
        String f = Fold.fold(predictedName);
        Set<String> keys = new HashSet<>(goldKeys.getOrDefault(f, Set.of()));
        for (String form : predictedForms.getOrDefault(f, List.of()))
            if (form != null && !form.isEmpty())
                keys.addAll(goldKeys.getOrDefault(Fold.fold(form), Set.of()));
        return keys.isEmpty() ? Set.of(f) : keys;
    }
}
