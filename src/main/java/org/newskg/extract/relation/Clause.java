package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.entity.MentionIndex;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Evidence;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * One sentence as the relation patterns read it: its words by position (0 is the first token of
 * the sentence) and the entities mentioned at each position.
 */
final class Clause {

    /** Small words that end a run of modifiers: "court to require social media site". */
    static final Set<String> FUNCTION_WORDS = Set.of("to", "of", "in", "on", "at", "for", "from", "by", "with", "that",
            "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "would", "the", "a", "an", "this",
            "its", "their", "his", "her", "as", "not", "but", "or", "said", "says");

    private final AnnotatedArticle doc;
    private final MentionIndex index;
    private final List<Token> tokens;
    private final int offset;

    Clause(AnnotatedArticle doc, MentionIndex index, Sentence sentence) {
        this.doc = doc;
        this.index = index;
        this.tokens = doc.tokens(sentence);
        this.offset = tokens.isEmpty() ? 0 : tokens.get(0).index();
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** Whether the token is a lower-case word: "firm", "state-owned". */
    boolean isLowerWord(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && mention(i) == null;
    }

    /** The mention at position i (names, pronouns and descriptions), or null. */
    Mention mention(int i) {
        return i >= 0 && i < tokens.size() ? index.at(offset + i) : null;
    }

    /** The entity mentioned at position i, or null. */
    Entity entity(int i) {
        return i >= 0 && i < tokens.size() ? index.entityAt(offset + i) : null;
    }

    /** The entity named (not referred to) at i, or null. */
    Entity named(int i) {
        Mention m = mention(i);
        return m != null && m.kind().names() ? doc.entityOf(m) : null;
    }

    /** Whether a mention starts at i. */
    boolean startsMention(int i) {
        return i >= 0 && i < tokens.size() && index.startsAt(offset + i);
    }

    /** The position after the mention at i. */
    int end(int i) {
        return index.endOf(offset + i) - offset;
    }

    /** The position of the first token of the mention at i. */
    int start(int i) {
        return index.startOf(offset + i) - offset;
    }

    /** Whether the token is a possessive: "'s", or "'" after a plural ("the United Nations' agency"). */
    boolean isPossessive(int i) {
        String w = word(i);
        return w.equals("'s") || w.equals("’s") || (w.equals("'") || w.equals("’")) && word(i - 1).endsWith("s")
                && i < tokens.size() && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    Relation relation(Entity subject, RelationType predicate, Entity object) {
        Evidence evidence = doc.evidenceAt(tokens.get(0).start());
        return new Relation(subject, predicate, object, evidence);
    }

    static boolean isOrganisation(Entity e) {
        return e != null && e.type().isOrganization();
    }

    static boolean isPlace(Entity e) {
        return e != null && (e.type() == EntityType.Country || e.type() == EntityType.Location);
    }
}
