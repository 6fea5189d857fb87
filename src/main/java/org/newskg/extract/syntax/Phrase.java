package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * A noun phrase and the entities it names: its head ("Iranian airline <b>Mahan Air</b>"), the
 * state behind a stand-in noun ("the <b>US</b> government"), a pronoun or a description
 * resolved to its antecedent ("the firm"), its possessor ("<b>Huawei</b>'s equipment") and the
 * other names that modify it.
 *
 * @param from        first token (sentence-local)
 * @param to          token after the last
 * @param refs        the entities named inside, in order
 * @param head        the last word, lower-cased
 * @param determiner  the opening determiner, lower-cased, or {@code null}
 * @param pronoun     the antecedent of a pronoun phrase ("he") or a description ("the firm"), or {@code null}
 * @param owner       the antecedent of an opening possessive pronoun ("its"), or {@code null}
 */
public record Phrase(int from, int to, List<Ref> refs, String head, String determiner, Entity pronoun, Entity owner) {

    /** Head nouns that stand for the state or body that modifies them: "Chinese officials". */
    static final Set<String> STAND_INS = Set.of("government", "governments", "authorities", "officials",
            "official", "administration", "delegation", "military", "forces", "troops", "police", "regime",
            "lawmakers", "legislators", "diplomats", "prosecutors", "regulators", "investigators", "embassy",
            "leaders", "leadership", "members", "hackers", "spokesperson", "spokesman", "spokeswoman",
            "representative", "representatives", "source", "sources", "statement", "side", "army", "navy",
            "cabinet", "ministry", "executives", "envoy", "envoys", "negotiators", "agents", "spies", "operatives",
            "intelligence", "court", "courts", "judges", "parliament", "state");

    /** Whether the phrase is a personal pronoun ("he", "it", "them"). */
    public boolean isPronoun() {
        return to - from == 1 && Words.PRONOUNS.contains(head);
    }

    /** Whether the phrase refers back to something already named: "the lawsuit", "this legal action". */
    public boolean isDefinite() {
        return determiner != null && (determiner.equals("the") || determiner.equals("this")
                || determiner.equals("that") || determiner.equals("these") || determiner.equals("those"));
    }

    /** Whether the phrase ends in a name rather than a common noun. */
    public boolean endsInName() {
        return !refs.isEmpty() && refs.get(refs.size() - 1).to() == to && !refs.get(refs.size() - 1).possessive();
    }

    /**
     * The entities the phrase stands for: its head name; or, for a stand-in noun, the states and
     * bodies that modify it; or the antecedent of a pronoun or description. Empty when the phrase
     * names something else ("the equipment").
     */
    public List<Entity> heads() {
        if (endsInName())
            return List.of(refs.get(refs.size() - 1).entity());
        if (STAND_INS.contains(head)) {
            List<Entity> out = new ArrayList<>();
            for (Ref r : refs)
                if (!r.possessive() && r.entity().type() != EntityType.Person && !out.contains(r.entity()))
                    out.add(r.entity());
            if (!out.isEmpty())
                return out;
            Entity owner = possessor();
            if (owner != null && owner.type() != EntityType.Person)
                return List.of(owner); // "Russia's foreign ministry said": the state speaks
        }
        if (pronoun != null)
            return List.of(pronoun);
        return List.of();
    }

    /** The owner named before "'s" or by a possessive pronoun, or {@code null}. */
    public Entity possessor() {
        for (int i = refs.size() - 1; i >= 0; i--)
            if (refs.get(i).possessive())
                return refs.get(i).entity();
        return owner;
    }

    /** The owner named before "'s" ("Huawei's equipment"), not one referred to by a pronoun, or {@code null}. */
    public Entity namedPossessor() {
        for (int i = refs.size() - 1; i >= 0; i--) {
            Ref r = refs.get(i);
            if (r.possessive() && !(r.mention() != null && Words.POSSESSIVES.contains(r.mention().surface().toLowerCase())))
                return r.entity();
        }
        return null;
    }

    /** Names inside the phrase that are neither its head nor its possessor: "<b>US</b> sanctions". */
    public List<Ref> modifiers() {
        List<Ref> out = new ArrayList<>();
        boolean headName = endsInName();
        for (int i = 0; i < refs.size(); i++) {
            Ref r = refs.get(i);
            if (r.possessive() || (headName && i == refs.size() - 1))
                continue;
            out.add(r);
        }
        return out;
    }
}
