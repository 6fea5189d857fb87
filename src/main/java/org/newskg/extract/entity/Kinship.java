package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;

/**
 * A person's gender from a family word or a gendered noun set beside the name: "Meng, who is
 * the <b>daughter</b> of Huawei founder Ren Zhengfei", "his <b>son</b>, Hunter Biden". Names the lexicon does not know
 * ("Meng") get a gender this way, so "her" finds them.
 */
final class Kinship {

    private static final Set<String> FEMALE = Set.of("daughter", "wife", "mother", "sister", "widow", "girlfriend",
            "fiancée", "fiancee", "granddaughter", "niece", "aunt", "grandmother", "businesswoman", "chairwoman",
            "spokeswoman", "congresswoman", "actress", "queen", "princess", "woman", "girl");
    private static final Set<String> MALE = Set.of("son", "husband", "father", "brother", "widower", "boyfriend",
            "fiancé", "fiance", "grandson", "nephew", "uncle", "grandfather", "businessman", "chairman", "spokesman",
            "congressman", "actor", "king", "prince", "man", "boy");
    /** Words that may stand between the comma and the family word after a name. */
    private static final Set<String> BRIDGE = Set.of("who", "is", "was", "the", "a", "his", "her", "their", "eldest",
            "youngest", "only", "late");
    /** How far before a name a family word and its comma may stand: "his daughter, Huawei finance chief Meng". */
    private static final int BEFORE = 6;

    private Kinship() {}

    private static Lexicon.Gender gender(String word) {
        return FEMALE.contains(word) ? Lexicon.Gender.FEMALE : MALE.contains(word) ? Lexicon.Gender.MALE : Lexicon.Gender.UNKNOWN;
    }

    /** The gender a family word beside the mention starting at token {@code k} gives, or UNKNOWN. */
    static Lexicon.Gender of(List<Token> tokens, int k, MentionIndex index, Mention m) {
        int end = k;
        while (end < tokens.size() && index.at(tokens.get(end).index()) == m)
            end++;
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
            for (int j = end + 1; j < Math.min(tokens.size(), end + 5); j++) {
                String w = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
                if (FEMALE.contains(w) || MALE.contains(w))
                    return gender(w);
                if (!BRIDGE.contains(w))
                    break;
            }
        }
        for (int j = k - 1; j > 0 && j >= k - BEFORE; j--) {
            if (!tokens.get(j).text().equals(","))
                continue;
            return gender(tokens.get(j - 1).text().toLowerCase(java.util.Locale.ROOT));
        }
        return Lexicon.Gender.UNKNOWN;
    }
}
