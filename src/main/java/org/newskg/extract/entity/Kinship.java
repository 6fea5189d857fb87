package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;

/**
 * A person's gender from the noun an apposition gives them: "Meng, who is the daughter of Ren
 * Zhengfei" is a woman, "Hunter Biden, the son of ..." a man.
 */
final class Kinship {

    private static final Set<String> FEMALE = Set.of("daughter", "wife", "mother", "sister", "widow", "girlfriend",
            "fiancée", "fiancee", "granddaughter", "niece", "aunt", "grandmother", "businesswoman", "chairwoman",
            "spokeswoman", "congresswoman", "actress", "queen", "princess", "woman", "girl");
    private static final Set<String> MALE = Set.of("son", "husband", "father", "brother", "widower", "boyfriend",
            "fiancé", "fiance", "grandson", "nephew", "uncle", "grandfather", "businessman", "chairman", "spokesman",
            "congressman", "actor", "king", "prince", "man", "boy");
    private static final Set<String> OPENERS = Set.of("who", "is", "was", "the", "a", "an", "his", "her", "eldest",
            "youngest", "elder", "younger", "only", "former", "late", "second");

    private Kinship() {}

    /** The gender the apposition after the name at k gives, or UNKNOWN. */
    static Lexicon.Gender genderAfter(List<Token> tokens, int k, Predicate<Token> inName) {
        int end = k;
        while (end < tokens.size() && inName.test(tokens.get(end)))
            end++;
        if (end >= tokens.size() || !tokens.get(end).text().equals(","))
            return Lexicon.Gender.UNKNOWN;
        for (int a = end + 1; a < Math.min(tokens.size(), end + 6); a++) {
            String w = tokens.get(a).text();
            if (FEMALE.contains(w))
                return Lexicon.Gender.FEMALE;
            if (MALE.contains(w))
                return Lexicon.Gender.MALE;
            if (!OPENERS.contains(w))
                break;
        }
        return Lexicon.Gender.UNKNOWN;
    }
}
