package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.fact.Entity;

/**
 * Cuts a sentence into chunks: noun phrases (with the entities they name), verb groups,
 * prepositions and connectives. One left-to-right pass over tagged tokens.
 */
public final class Chunker {

    /** Prepositions of two or more words, read as one. */
    private static final List<String[]> MULTIWORD_PREPOSITIONS = List.of(
            "according to", "such as", "in regard to", "with regard to", "in regards to", "because of",
            "on behalf of", "in favour of", "in favor of", "instead of", "rather than", "due to", "ahead of",
            "in support of", "in connection with", "prior to", "in response to", "in reference to", "by way of",
            "out of", "as part of", "in addition to", "as well as", "in front of", "on charges of", "up to",
            "at the request of", "at the behest of")
            .stream().map(s -> s.split(" ")).toList();

    private static final Set<String> REFLEXIVES = Set.of("itself", "himself", "herself", "themselves");

    /** Words that open a phrase of time after a noun: "the court <b>last</b> month". */
    private static final Set<String> TIME_OPENERS = Set.of("last", "this", "next", "earlier", "later");

    /** Particles that belong to the verb before them. */
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "away");

    private Chunker() {}

    /** The chunks of one sentence of the article. */
    public static Parse parse(Sentence sentence, Referents referents) {
        AnnotatedArticle doc = referents.doc();
        List<Token> tokens = doc.tokens(sentence);
        int n = tokens.size();
        String[] text = new String[n];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            text[i] = tokens.get(i).text();
            lower[i] = text[i].toLowerCase(Locale.ROOT);
        }
        int[] mentionAt = new int[n];
        Arrays.fill(mentionAt, -1);
        List<Mention> mentions = referents.mentionsIn(sentence.span().start(), sentence.span().end());
        List<int[]> ranges = new ArrayList<>();
        int first = n == 0 ? 0 : tokens.get(0).index();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int a = doc.firstTokenAtOrAfter(m.span().start()) - first;
            int b = Math.min(n, doc.firstTokenAtOrAfter(m.span().end()) - first);
            if (a < 0 || a >= b || mentionAt[a] >= 0)
                continue;
            for (int i = a; i < b; i++)
                mentionAt[i] = k;
            ranges.add(new int[] {a, b, k});
        }
        boolean[] inMention = new boolean[n];
        for (int i = 0; i < n; i++)
            inMention[i] = mentionAt[i] >= 0;
        Tag[] tags = Tagger.tag(text, lower, inMention);
        List<Chunk> chunks = new Chunker.Builder(tokens, lower, tags, mentions, ranges, referents).build();
        return new Parse(sentence, tokens, lower, tags, chunks);
    }

    /** Builds the chunks of one sentence. */
    private static final class Builder {
        private final List<Token> tokens;
        private final String[] lower;
        private final Tag[] tags;
        private final List<Mention> mentions;
        private final List<int[]> ranges;
        private final Referents referents;
        private final List<Chunk> chunks = new ArrayList<>();

        Builder(List<Token> tokens, String[] lower, Tag[] tags, List<Mention> mentions, List<int[]> ranges,
                Referents referents) {
            this.tokens = tokens;
            this.lower = lower;
            this.tags = tags;
            this.mentions = mentions;
            this.ranges = ranges;
            this.referents = referents;
        }

        List<Chunk> build() {
            int n = tags.length;
            int i = 0;
            while (i < n) {
                int multi = multiwordPreposition(i);
                if (multi > 0) {
                    chunks.add(new Chunk(Chunk.Kind.PREP, i, i + multi, String.join(" ", Arrays.copyOfRange(lower, i, i + multi)), null, null));
                    i += multi;
                    continue;
                }
                Tag t = tags[i];
                if (t == Tag.PRONOUN && !lower[i].equals("there")) {
                    chunks.add(nounPhrase(i, i + 1));
                    i++;
                } else if (t.isNominal()) {
                    int j = nounPhraseEnd(i);
                    chunks.add(nounPhrase(i, j));
                    i = j;
                } else if (startsVerbGroup(i)) {
                    int j = verbGroupEnd(i);
                    chunks.add(verbGroup(i, j));
                    i = j;
                } else {
                    chunks.add(new Chunk(kindOf(t), i, i + 1, lower[i], null, null));
                    i++;
                }
            }
            return chunks;
        }

        private int multiwordPreposition(int i) {
            for (String[] words : MULTIWORD_PREPOSITIONS) {
                if (i + words.length > lower.length || !words[0].equals(lower[i]))
                    continue;
                boolean all = true;
                for (int k = 1; k < words.length && all; k++)
                    all = words[k].equals(lower[i + k]);
                if (all)
                    return words.length;
            }
            return 0;
        }

        private int nounPhraseEnd(int i) {
            int j = i + 1;
            while (j < tags.length && tags[j].isNominal()) {
                if ((tags[j] == Tag.DET || tags[j] == Tag.POSSESSIVE) && tags[j - 1] != Tag.POSSESSIVE_MARK)
                    break;
                if (tags[j] == Tag.NUMBER && tags[j - 1] == Tag.NAME && !Character.isDigit(lower[j].charAt(0)))
                    break; // "fined Google €4.3bn": the sum is not part of the name
                if (REFLEXIVES.contains(lower[j - 1]))
                    break; // "in the filing itself Ford wrote": the name opens the clause
                if (TIME_OPENERS.contains(lower[j]) && j + 1 < lower.length && Words.isTimeWord(lower[j + 1]))
                    break; // "The High Court last month ruled": the time is no part of the name
                j++;
            }
            return j;
        }

        private Chunk nounPhrase(int from, int to) {
            List<Ref> refs = new ArrayList<>();
            for (int[] r : ranges) {
                if (r[0] < from || r[0] >= to)
                    continue;
                Mention m = mentions.get(r[2]);
                Entity e = referents.entityOf(m);
                if (e == null)
                    continue; // a mention the entity layer dropped refers to nothing
                boolean possessive = r[1] < tags.length && tags[r[1]] == Tag.POSSESSIVE_MARK
                        || r[1] < to && Words.POSSESSIVES.contains(m.surface().toLowerCase(Locale.ROOT)); // "its kit", resolved by the entity layer
                refs.add(new Ref(e, m, r[0], Math.min(r[1], to), possessive));
            }
            for (int t = from; t < to; t++) { // "Guo" after "Guo Ping": a surname the entity layer left unresolved
                if (tags[t] != Tag.NOUN || !Character.isUpperCase(tokens.get(t).text().charAt(0)))
                    continue;
                Entity person = referents.personByNamePart(tokens.get(t).text(), tokens.get(t).start());
                if (person != null)
                    refs.add(new Ref(person, null, t, t + 1, t + 1 < tags.length && tags[t + 1] == Tag.POSSESSIVE_MARK));
            }
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
            int last = to - 1;
            if (tags[last] == Tag.POSSESSIVE_MARK && last > from)
                last--;
            String head = lower[last];
            String determiner = tags[from] == Tag.DET ? lower[from] : null;
            Entity pronoun = null;
            Entity owner = null;
            int offset = tokens.get(from).start();
            if (tags[from] == Tag.PRONOUN)
                pronoun = referents.pronoun(lower[from], offset);
            else if (refs.isEmpty() && determiner != null && Referents.isDescription(head)
                    && (determiner.equals("the") || determiner.equals("this") || determiner.equals("that")))
                pronoun = referents.description(head, offset);
            if (tags[from] == Tag.POSSESSIVE)
                owner = referents.pronoun(lower[from], offset);
            Phrase p = new Phrase(from, to, List.copyOf(refs), head, determiner, pronoun, owner);
            return new Chunk(Chunk.Kind.NP, from, to, head, p, null);
        }

        private boolean startsVerbGroup(int i) {
            Tag t = tags[i];
            if (t.isVerbal())
                return true;
            if (t != Tag.ADVERB && t != Tag.NEGATION)
                return false;
            int k = i;
            while (k < tags.length && (tags[k] == Tag.ADVERB || tags[k] == Tag.NEGATION))
                k++;
            return k < tags.length && tags[k].isVerbal();
        }

        private int verbGroupEnd(int i) {
            int j = i + 1;
            while (j < tags.length) {
                Tag t = tags[j];
                if (t == Tag.VERB && lower[j].endsWith("ing") && tags[j - 1] == Tag.VERB)
                    break; // "denied having", "started assembling": the gerund heads a clause of its own
                if (t.isVerbal() || t == Tag.NEGATION || t == Tag.ADVERB) {
                    j++;
                } else if (PARTICLES.contains(lower[j]) && (t == Tag.PREPOSITION || t == Tag.NOUN)
                        && tags[j - 1] == Tag.VERB) {
                    j++;
                } else {
                    break;
                }
            }
            while (j > i + 1 && (tags[j - 1] == Tag.ADVERB))
                j--;
            return j;
        }

        private Chunk verbGroup(int from, int to) {
            List<String> words = Arrays.asList(Arrays.copyOfRange(lower, from, to));
            int main = -1;
            for (int k = from; k < to; k++)
                if (tags[k] == Tag.VERB)
                    main = k;
            if (main < 0)
                for (int k = from; k < to; k++)
                    if (tags[k] == Tag.AUX || tags[k] == Tag.MODAL)
                        main = k;
            String verb = lower[main];
            String base = Words.verbBase(verb);
            boolean be = false;
            boolean negated = false;
            for (int k = from; k < main; k++) {
                if (Words.BE.contains(lower[k]))
                    be = true;
                if (tags[k] == Tag.NEGATION)
                    negated = true;
            }
            for (int k = main; k < to; k++)
                if (tags[k] == Tag.NEGATION)
                    negated = true;
            boolean passive = be && tags[main] == Tag.VERB && Words.isParticiple(verb) && !verb.endsWith("ing");
            VerbGroup group = new VerbGroup(verb, base == null ? verb : base, List.copyOf(words), passive, negated);
            return new Chunk(Chunk.Kind.VERB, from, to, verb, null, group);
        }

        private static Chunk.Kind kindOf(Tag t) {
            return switch (t) {
                case PREPOSITION, PARTICLE -> Chunk.Kind.PREP;
                case TO -> Chunk.Kind.TO;
                case CONJUNCTION -> Chunk.Kind.CONJ;
                case SUBORDINATOR -> Chunk.Kind.SUB;
                case RELATIVE -> Chunk.Kind.REL;
                case COMMA -> Chunk.Kind.COMMA;
                case QUOTE -> Chunk.Kind.QUOTE;
                case OPEN -> Chunk.Kind.OPEN;
                case CLOSE -> Chunk.Kind.CLOSE;
                case DASH -> Chunk.Kind.DASH;
                case ADVERB, NEGATION -> Chunk.Kind.ADVERB;
                default -> Chunk.Kind.PUNCT;
            };
        }
    }
}
