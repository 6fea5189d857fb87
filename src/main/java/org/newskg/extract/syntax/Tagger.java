package org.newskg.extract.syntax;

import java.util.Set;

/**
 * Gives each token of a sentence a word class from closed word lists, the verb lexicon, word
 * endings and the classes of its neighbours. Entity mentions are {@link Tag#NAME}.
 */
final class Tagger {

    /** Nouns in -ing that are not verb forms. */
    private static final Set<String> ING_NOUNS = Set.of("morning", "evening", "nothing", "something", "anything",
            "everything", "thing", "things", "king", "spring", "string", "ceiling", "wedding", "during", "ring",
            "wing", "sibling", "darling", "pudding", "viking", "beijing", "earnings", "savings", "findings",
            "meeting", "meetings", "ruling", "rulings", "hearing", "hearings", "funding", "spending", "building",
            "buildings", "briefing", "bombing", "shooting", "warning", "warnings", "offering", "lobbying",
            "wrongdoing", "training", "setting", "feeling", "outstanding", "hacking", "opening", "landing",
            "pricing", "housing", "clothing", "timing", "reasoning", "uprising", "kidnapping", "killing", "killings",
            "sentencing", "wording", "planning", "recording", "rating", "ratings", "listing", "listings");

    private final String[] lower;
    private final String[] text;
    private final boolean[] inMention;
    /** Pronouns that keep their class when they refer to an entity. */
    private static final java.util.Set<String> PERSONAL_PRONOUNS = java.util.Set.of("it", "he", "she", "they", "him", "them");
    private final Tag[] tags;

    private Tagger(String[] text, String[] lower, boolean[] inMention) {
        this.text = text;
        this.lower = lower;
        this.inMention = inMention;
        this.tags = new Tag[text.length];
    }

    /** The tags of a sentence's tokens; {@code inMention[i]} marks tokens of entity mentions. */
    static Tag[] tag(String[] text, String[] lower, boolean[] inMention) {
        Tagger t = new Tagger(text, lower, inMention);
        for (int i = 0; i < text.length; i++)
            t.tags[i] = t.lexical(i);
        t.quantifiers();
        for (int i = 0; i < text.length; i++)
            t.tags[i] = t.contextual(i);
        return t.tags;
    }

    /** "more than 1000 people", "at least 20": the quantifier belongs to the noun phrase. */
    private void quantifiers() {
        for (int i = 0; i + 2 < tags.length; i++) {
            boolean comparative = (lower[i].equals("more") || lower[i].equals("less") || lower[i].equals("fewer"))
                    && lower[i + 1].equals("than");
            boolean least = lower[i].equals("at") && (lower[i + 1].equals("least") || lower[i + 1].equals("most"));
            if ((comparative || least) && tags[i + 2] == Tag.NUMBER) {
                tags[i] = Tag.DET;
                tags[i + 1] = Tag.DET;
            }
        }
    }

    /** The class a word has out of context. */
    private Tag lexical(int i) {
        String w = lower[i];
        if (inMention[i] && !PERSONAL_PRONOUNS.contains(w))
            return Tag.NAME; // but "it" that refers to Huawei is still a pronoun: "it spies for China"
        char c = w.charAt(0);
        if (w.length() == 1 && (Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT))
            return Tag.ADVERB; // a stray no-break or zero-width space: ignored like an adverb
        if (w.length() == 1 && !Character.isLetterOrDigit(c))
            return punctuation(c);
        if (w.equals("'s") || w.equals("’s"))
            return Tag.POSSESSIVE_MARK;
        if (Character.isDigit(c) || (Character.getType(c) == Character.CURRENCY_SYMBOL))
            return Tag.NUMBER;
        if (i > 0 && Character.isUpperCase(text[i].charAt(0)) && !closedClass(w))
            return Tag.NOUN;
        if (w.equals("to"))
            return Tag.TO;
        if (w.equals("that"))
            return Tag.SUBORDINATOR;
        if (Words.POSSESSIVES.contains(w))
            return Tag.POSSESSIVE;
        if (Words.DETERMINERS.contains(w))
            return Tag.DET;
        if (Words.PRONOUNS.contains(w))
            return Tag.PRONOUN;
        if (Words.NEGATIONS.contains(w))
            return Tag.NEGATION;
        if (Words.MODALS.contains(w))
            return Tag.MODAL;
        if (Words.AUXILIARIES.contains(w))
            return Tag.AUX;
        if (Words.RELATIVES.contains(w))
            return Tag.RELATIVE;
        if (Words.CONJUNCTIONS.contains(w))
            return Tag.CONJUNCTION;
        if (Words.PREPOSITIONS.contains(w))
            return Tag.PREPOSITION;
        if (Words.SUBORDINATORS.contains(w))
            return Tag.SUBORDINATOR;
        if (Words.isAdverb(w))
            return Tag.ADVERB;
        if (w.indexOf('-') > 0)
            return Tag.NOUN;
        if (Words.isVerb(w))
            return Tag.VERB;
        if (w.length() > 4 && w.endsWith("ed"))
            return Tag.VERB;
        if (w.length() > 5 && w.endsWith("ing") && !ING_NOUNS.contains(w))
            return Tag.VERB;
        return Tag.NOUN;
    }

    private static boolean closedClass(String w) {
        return Words.DETERMINERS.contains(w) || Words.POSSESSIVES.contains(w) || Words.PRONOUNS.contains(w)
                || Words.PREPOSITIONS.contains(w) || Words.CONJUNCTIONS.contains(w) || Words.SUBORDINATORS.contains(w)
                || Words.RELATIVES.contains(w) || Words.AUXILIARIES.contains(w) || Words.MODALS.contains(w);
    }

    private static Tag punctuation(char c) {
        return switch (c) {
            case ',' -> Tag.COMMA;
            case '"', '“', '”', '‘', '’', '\'', '«', '»' -> Tag.QUOTE;
            case '(', '[' -> Tag.OPEN;
            case ')', ']' -> Tag.CLOSE;
            case '—', '–', '-' -> Tag.DASH;
            default -> Tag.PUNCT;
        };
    }

    /** The class a word has in its sentence: nouns that look like verbs, "to", "that", "her", "'s". */
    private Tag contextual(int i) {
        Tag t = tags[i];
        Tag prev = i > 0 ? tags[i - 1] : null;
        Tag next = i + 1 < tags.length ? tags[i + 1] : null;
        String w = lower[i];
        switch (t) {
            case POSSESSIVE_MARK:
                return prev == Tag.PRONOUN || (i > 0 && (lower[i - 1].equals("that") || lower[i - 1].equals("what")))
                        ? Tag.AUX : t;
            case POSSESSIVE:
                if (w.equals("her") && (next == null || !(next == Tag.NOUN || next == Tag.NAME || next == Tag.NUMBER
                        || (next == Tag.VERB && nounLike(i + 1)))))
                    return Tag.PRONOUN;
                return t;
            case TO:
                return infinitive(i) ? Tag.TO : Tag.PREPOSITION;
            case SUBORDINATOR:
                if (w.equals("that")) {
                    if (i == 0 || prev == Tag.PREPOSITION)
                        return Tag.DET;
                    if (next != null && (next.isVerbal() || next == Tag.ADVERB || next == Tag.NEGATION))
                        return Tag.RELATIVE;
                    return t;
                }
                return t;
            case DET:
                return t;
            case PREPOSITION:
                if (Words.SUBORDINATORS.contains(w) && opensClause(i + 1)
                        && !(w.equals("as") && next == Tag.NOUN && !lower[i + 1].endsWith("s")))
                    return Tag.SUBORDINATOR; // but "as chairman was announced" keeps its preposition
                return t;
            case AUX:
                return (w.equals("having") || w.equals("being")) && prev == Tag.VERB ? Tag.VERB : t; // "denied having links"
            case VERB:
                return verbInContext(i, prev, next);
            case NOUN:
                // "Huawei hurt its sales": an unknown word between a name and a determiner is a verb
                return prev == Tag.NAME && (next == Tag.DET || next == Tag.POSSESSIVE) && Character.isLowerCase(text[i].charAt(0))
                        && !lower[i].equals("of") ? Tag.VERB : t;
            default:
                return t;
        }
    }

    /** Verb-looking words that are nouns or adjectives where they stand: "the proposed bill". */
    private Tag verbInContext(int i, Tag prev, Tag next) {
        String w = lower[i];
        boolean afterDeterminer = prev == Tag.DET || prev == Tag.POSSESSIVE || prev == Tag.NUMBER && !isYear(i - 1)
                || prev == Tag.POSSESSIVE_MARK;
        if (afterDeterminer)
            return Tag.NOUN;
        if (i == 0 && w.endsWith("s") && !w.endsWith("ss") && next == Tag.PREPOSITION)
            return Tag.NOUN; // "Talks between Russia and Ukraine ended", "Sanctions against Iran"
        if (prev == Tag.ADVERB && !w.endsWith("ing") && !Words.isParticiple(w) && afterPastVerb(i - 1))
            return Tag.NOUN; // "unsealed further charges"
        if (prev == Tag.ADVERB && Words.isParticiple(w) && i >= 2 && tags[i - 2] == Tag.VERB && startsNoun(i + 1))
            return Tag.NOUN; // "encouraged newly elected president Zelensky": the participle describes the noun
        if (prev == Tag.NUMBER && !w.endsWith("ing") && !Words.isParticiple(w))
            return Tag.NOUN;
        if (w.endsWith("ed"))
            return prev == Tag.PREPOSITION || prev == Tag.VERB ? Tag.NOUN : Tag.VERB;
        if (w.endsWith("ing"))
            return i > 0 && lower[i - 1].equals("as") && next == Tag.NOUN ? Tag.NOUN : Tag.VERB; // "as rotating chairman"
        boolean irregularPast = Words.isParticiple(w);
        if (irregularPast)
            return Tag.VERB;
        if (w.equals("read") && (prev == Tag.NOUN || prev == Tag.NAME) && (next == null || next == Tag.PREPOSITION
                || next == Tag.PUNCT || next == Tag.COMMA || next == Tag.QUOTE))
            return Tag.VERB; // "the decision read in part:", "the statement read,"
        // base and -s forms: "sanctions", "claims", "ban" may be nouns
        if (prev == Tag.PRONOUN || prev == Tag.MODAL || prev == Tag.TO || prev == Tag.NEGATION
                || prev == Tag.AUX && isBase(w) || prev == Tag.RELATIVE || prev == Tag.SUBORDINATOR && isBase(w))
            return Tag.VERB;
        if (prev == Tag.PREPOSITION || prev == Tag.VERB)
            return Tag.NOUN;
        if (prev == Tag.NAME && (next == Tag.NOUN || next == Tag.TO) && bareAfterOneName(i))
            return Tag.NOUN; // "Canada weighs US request to", "Huawei finance chief": one name takes "requests", "finances"
        if (prev == Tag.NAME && (next == Tag.NOUN || next == Tag.TO))
            return Tag.VERB; // "Mahan flies fighters", "Huawei hopes to"
        if (prev == Tag.NAME && next == Tag.VERB && w.endsWith("s") && lower[i + 1].endsWith("s")
                && !lower[i + 1].endsWith("ss"))
            return Tag.VERB; // "Manafort faces charges": of two words that may be verbs, the first is
        if (prev == Tag.NAME || prev == Tag.NOUN || prev == Tag.CLOSE)
            return startsPhrase(next, i + 1) ? Tag.VERB : Tag.NOUN;
        return startsPhrase(next, i + 1) || next == Tag.PREPOSITION || next == Tag.TO ? Tag.VERB : Tag.NOUN;
    }

    /**
     * Whether the word at {@code i} is a bare verb form after a single name that no finite verb
     * can follow: a name alone, not "ZTE and Huawei", not "Democrats", and either a verb or an
     * article before the name or a noun after the word ("Canada weighs US request to", "the US
     * request to", "Huawei finance chief").
     */
    private boolean bareAfterOneName(int i) {
        if (i < 1 || lower[i].endsWith("s") || !isBase(lower[i]) || text[i - 1].endsWith("s"))
            return false;
        boolean joined = i >= 2 && (tags[i - 2] == Tag.CONJUNCTION || tags[i - 2] == Tag.COMMA);
        boolean verbBefore = i >= 2 && (tags[i - 2] == Tag.VERB || tags[i - 2] == Tag.DET); // "the US request to"
        return !joined && (verbBefore || i + 1 < tags.length && tags[i + 1] == Tag.NOUN);
    }

    /** Whether token {@code i} is a year, which may open a clause: "in 2015 sold its chain". */
    private boolean isYear(int i) {
        return lower[i].length() == 4 && (lower[i].startsWith("19") || lower[i].startsWith("20"))
                && lower[i].chars().allMatch(Character::isDigit);
    }

    /** Whether the adverbs that end at token {@code i} follow a past-tense main verb: "unsealed further". */
    private boolean afterPastVerb(int i) {
        int k = i;
        while (k >= 0 && tags[k] == Tag.ADVERB)
            k--;
        return k >= 0 && tags[k] == Tag.VERB && Words.isParticiple(lower[k]) && (k == 0 || !tags[k - 1].isVerbal());
    }

    /** Whether "to" at {@code i} marks an infinitive: a base verb, or an unknown word and its object, follows. */
    private boolean infinitive(int i) {
        int k = i + 1;
        if (k < tags.length && tags[k] == Tag.ADVERB)
            k++;
        if (k >= tags.length)
            return false;
        if (tags[k] == Tag.VERB)
            return isBase(lower[k]);
        if (tags[k] == Tag.NOUN && Character.isLowerCase(text[k].charAt(0)) && k + 1 < tags.length) {
            Tag after = tags[k + 1];
            return after == Tag.DET || after == Tag.POSSESSIVE || after == Tag.NAME || after == Tag.NUMBER;
        }
        return false;
    }

    /** Whether a noun or name, not an article or a clause, starts at token {@code i}: "elected <b>president</b>". */
    private boolean startsNoun(int i) {
        return i < tags.length && (tags[i] == Tag.NOUN || tags[i] == Tag.NAME);
    }

    private boolean nounLike(int i) {
        return i + 1 < tags.length && (tags[i + 1] == Tag.NOUN || tags[i + 1] == Tag.NAME);
    }

    /** Whether a noun phrase or clause object starts at token {@code i}. */
    private boolean startsPhrase(Tag t, int i) {
        if (t == null)
            return false;
        return t == Tag.DET || t == Tag.POSSESSIVE || t == Tag.NAME || t == Tag.NUMBER || t == Tag.QUOTE
                || (t == Tag.PRONOUN && !lower[i].equals("there")) || (t == Tag.SUBORDINATOR && lower[i].equals("that"))
                || (t == Tag.NOUN && Character.isUpperCase(text[i].charAt(0)));
    }

    /** Whether a clause (a subject and then a verb) starts at token {@code i}: "after the EU sanctioned". */
    private boolean opensClause(int i) {
        boolean subject = false;
        for (int k = i; k < tags.length && k < i + 8; k++) {
            Tag t = tags[k];
            if (t == Tag.COMMA || t == Tag.PREPOSITION || t == Tag.PUNCT || t == Tag.TO)
                return false;
            if (t == Tag.CONJUNCTION && k + 1 < tags.length && tags[k + 1].isVerbal())
                return false; // "as a terrorist and levied": the verb continues the clause before
            if (t == Tag.VERB && !lower[k].endsWith("ed") && (k + 1 == tags.length || tags[k + 1] == Tag.PUNCT))
                return false; // "as a terrorist state.": a noun that looks like a verb ends the phrase
            if (t.isVerbal() || t == Tag.MODAL)
                return subject && !(t == Tag.VERB && lower[k].endsWith("ed") && k > 0 && tags[k - 1] == Tag.PREPOSITION);
            if (t.isNominal() || t == Tag.PRONOUN)
                subject = true;
        }
        return false;
    }

    private static boolean isBase(String w) {
        String base = Words.verbBase(w);
        return base != null ? base.equals(w) : !w.endsWith("s");
    }
}
