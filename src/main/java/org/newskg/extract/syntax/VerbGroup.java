package org.newskg.extract.syntax;

import java.util.List;

/**
 * A verb with its auxiliaries, modals, negation and adverbs: "has not been banned".
 *
 * @param main        the main verb as written, lower-cased ("banned")
 * @param base        its base form when known ("ban"), else {@code main}
 * @param words       every word of the group, lower-cased, in order
 * @param passive     a form of "be" or "get" before a participle: "was indicted"
 * @param negated     "not", "n't" or "never" in the group
 */
public record VerbGroup(String main, String base, List<String> words, boolean passive, boolean negated) {

    /** Whether the group carries a modal ("would", "might") or future "will". */
    public boolean hasModal() {
        for (String w : words)
            if (Words.MODALS.contains(w))
                return true;
        return false;
    }

    /** Whether the main verb is a gerund or present participle: "announcing". */
    public boolean isGerund() {
        return main.endsWith("ing") && words.size() == 1;
    }

    /** Whether the group is a past participle standing alone: "[a lawsuit] filed [by the Senate]". */
    public boolean isBareParticiple() {
        return words.size() == 1 && Words.isParticiple(main);
    }

    /** Whether the group is only a form of "be": "is", "has been". */
    public boolean isCopula() {
        return Words.BE.contains(main) || main.equals("been");
    }
}
