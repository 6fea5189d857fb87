package org.newskg.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.fact.EventType;

/**
 * The event triggers of {@code triggers.txt}, indexed by their first word, with the light verbs
 * that lend their subject to a noun trigger ("filed a lawsuit") and the verbs whose subject
 * undergoes it ("faces sanctions").
 */
final class TriggerLexicon {

    private static final String RESOURCE = "triggers.txt";
    private static volatile TriggerLexicon bundled;

    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();
    private final Set<String> light = new HashSet<>();
    private final Set<String> undergo = new HashSet<>();

    private TriggerLexicon() {}

    static TriggerLexicon bundled() {
        TriggerLexicon l = bundled;
        if (l == null) {
            synchronized (TriggerLexicon.class) {
                if (bundled == null)
                    bundled = load();
                l = bundled;
            }
        }
        return l;
    }

    /** The triggers whose words start at token {@code i}, longest first. */
    List<Trigger> at(String[] lower, int i) {
        List<Trigger> candidates = byFirstWord.get(lower[i]);
        if (candidates == null)
            return List.of();
        List<Trigger> out = new ArrayList<>(2);
        for (Trigger t : candidates) {
            List<String> w = t.words();
            if (i + w.size() > lower.length)
                continue;
            boolean all = true;
            for (int k = 1; k < w.size() && all; k++)
                all = w.get(k).equals(lower[i + k]);
            if (all)
                out.add(t);
        }
        return out;
    }

    /** Whether the subject of this verb form is the doer of the noun it governs: "filed". */
    boolean isLight(String verb) {
        return light.contains(verb);
    }

    /** Whether the subject of this verb form undergoes the noun it governs: "faces". */
    boolean isUndergo(String verb) {
        return undergo.contains(verb);
    }

    private static TriggerLexicon load() {
        InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null)
            throw new IllegalStateException("resource org/newskg/extract/event/" + RESOURCE + " is missing from the build");
        TriggerLexicon lex = new TriggerLexicon();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#"))
                    continue;
                try {
                    lex.read(line);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        lex.byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Trigger t) -> -t.words().size())));
        return lex;
    }

    private void read(String line) {
        String[] parts = line.split("\\s+");
        if (parts[0].equals("@light") || parts[0].equals("@undergo")) {
            Set<String> target = parts[0].equals("@light") ? light : undergo;
            for (String w : parts[1].split(","))
                target.add(w.replace('_', ' '));
            return;
        }
        EventType type = EventType.valueOf(parts[0]);
        if (!parts[1].equals("V") && !parts[1].equals("N"))
            throw new IllegalArgumentException("expected V or N after the type, not '" + parts[1] + "'");
        boolean verb = parts[1].equals("V");
        Map<String, String> slots = new LinkedHashMap<>();
        double confidence = verb ? 0.8 : 0.7;
        Set<String> need = Set.of(), objectNeed = Set.of();
        List<String> then = List.of();
        boolean hypothetical = false, implicit = false, symmetric = false, needInfinitive = false, sale = false, noMedia = false, leaders = false, judicial = false, charge = false;
        for (int k = 3; k < parts.length; k++) {
            String p = parts[k];
            switch (p) {
                case "hypothetical" -> hypothetical = true;
                case "implicit" -> implicit = true;
                case "symmetric" -> symmetric = true;
                case "needinf" -> needInfinitive = true;
                case "sale" -> sale = true;
                case "nomedia" -> noMedia = true;
                case "judicial" -> judicial = true;
                case "leaders" -> leaders = true;
                case "charge" -> charge = true;
                default -> {
                    int eq = p.indexOf('=');
                    if (eq < 0)
                        throw new IllegalArgumentException("unknown flag '" + p + "'");
                    String key = p.substring(0, eq), value = p.substring(eq + 1);
                    switch (key) {
                        case "conf" -> confidence = Double.parseDouble(value);
                        case "need" -> need = Set.of(value.replace('_', ' ').split("\\|"));
                        case "objneed" -> objectNeed = Set.of(value.replace('_', ' ').split("\\|"));
                        case "then" -> then = List.of(value.split("_"));
                        default -> {
                            if (!type.hasRole(value))
                                throw new IllegalArgumentException(type + " has no role '" + value + "'");
                            slots.put(key.replace('_', ' '), value);
                        }
                    }
                }
            }
        }
        for (String form : parts[2].split(",")) {
            List<String> words = Arrays.asList(form.split("_"));
            Trigger t = new Trigger(type, verb, List.copyOf(words), Map.copyOf(slots), confidence, need, objectNeed,
                    hypothetical, implicit, symmetric, needInfinitive, sale, then, noMedia, leaders, judicial, charge);
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(t);
        }
    }
}
