package org.newskg.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Tag;

/**
 * The words and phrases of {@code charges.txt} that charge a party with wrongdoing ("responsible
 * for", "illegal", "liar"): what makes reported speech an accusation.
 */
final class Charges {

    private static final String RESOURCE = "charges.txt";
    /** The phrases by their first word. */
    private static final Map<String, List<String[]>> PHRASES = load();

    private Charges() {}

    /** The first token in {@code [from, to)} of the sentence that starts a charge, or -1. */
    static int find(Parse p, int from, int to) {
        String[] lower = new String[p.size()];
        for (int i = 0; i < lower.length; i++)
            lower[i] = p.tag(i) == Tag.NAME ? "" : p.word(i); // "the Texas Chainsaw Massacre" is a name, not a charge
        return find(lower, from, Math.min(to, lower.length));
    }

    /** The first index in {@code [from, to)} of lower-cased words where a charge starts, or -1. */
    static int find(String[] lower, int from, int to) {
        for (int t = Math.max(0, from); t < to; t++)
            for (String[] words : PHRASES.getOrDefault(lower[t], List.of()))
                if (matches(lower, t, words))
                    return t;
        return -1;
    }

    private static boolean matches(String[] lower, int t, String[] words) {
        if (t + words.length > lower.length)
            return false;
        for (int k = 0; k < words.length; k++)
            if (!words[k].equals(lower[t + k]))
                return false;
        return true;
    }

    private static Map<String, List<String[]>> load() {
        InputStream in = Charges.class.getResourceAsStream(RESOURCE);
        if (in == null)
            throw new IllegalStateException("resource org/newskg/extract/event/" + RESOURCE + " is missing from the build");
        Map<String, List<String[]>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#"))
                    continue;
                String[] words = line.toLowerCase().split("\\s+");
                out.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
