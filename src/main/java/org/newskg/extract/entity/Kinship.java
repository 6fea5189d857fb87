package org.newskg.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;

/**
 * A person's gender from a family word set beside the name: "Meng, who is the <b>daughter</b> of
 * Huawei founder Ren Zhengfei", "his <b>son</b>, Hunter Biden". Names the lexicon does not know
 * ("Meng") get a gender this way, so "her" finds them.
 */
final class Kinship {

    private static final Map<String, Lexicon.Gender> WORDS = Map.ofEntries(
            Map.entry("daughter", Lexicon.Gender.FEMALE), Map.entry("wife", Lexicon.Gender.FEMALE),
            Map.entry("mother", Lexicon.Gender.FEMALE), Map.entry("sister", Lexicon.Gender.FEMALE),
            Map.entry("widow", Lexicon.Gender.FEMALE), Map.entry("granddaughter", Lexicon.Gender.FEMALE),
            Map.entry("niece", Lexicon.Gender.FEMALE), Map.entry("fiancée", Lexicon.Gender.FEMALE),
            Map.entry("son", Lexicon.Gender.MALE), Map.entry("husband", Lexicon.Gender.MALE),
            Map.entry("father", Lexicon.Gender.MALE), Map.entry("brother", Lexicon.Gender.MALE),
            Map.entry("widower", Lexicon.Gender.MALE), Map.entry("grandson", Lexicon.Gender.MALE),
            Map.entry("nephew", Lexicon.Gender.MALE));
    /** Words that may stand between the comma and the family word after a name. */
    private static final Set<String> BRIDGE = Set.of("who", "is", "was", "the", "a", "his", "her", "their", "eldest",
            "youngest", "only", "late");
    /** How far before a name a family word and its comma may stand: "his daughter, Huawei finance chief Meng". */
    private static final int BEFORE = 6;

    private Kinship() {}

    /** The gender a family word beside the mention starting at token {@code k} gives, or UNKNOWN. */
    static Lexicon.Gender of(List<Token> tokens, int k, MentionIndex index, Mention m) {
        int end = k;
        while (end < tokens.size() && index.at(tokens.get(end).index()) == m)
            end++;
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
            for (int j = end + 1; j < Math.min(tokens.size(), end + 5); j++) {
                String w = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
                if (WORDS.containsKey(w))
                    return WORDS.get(w);
                if (!BRIDGE.contains(w))
                    break;
            }
        }
        for (int j = k - 1; j > 0 && j >= k - BEFORE; j--) {
            if (!tokens.get(j).text().equals(","))
                continue;
            Lexicon.Gender g = WORDS.get(tokens.get(j - 1).text().toLowerCase(java.util.Locale.ROOT));
            return g == null ? Lexicon.Gender.UNKNOWN : g;
        }
        return Lexicon.Gender.UNKNOWN;
    }
}
