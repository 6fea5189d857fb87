package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;

/**
 * Where a capital is the state acted on rather than the city: the object of a verb of pressure
 * or blame ("urged Ottawa to release her", "called on Tokyo to"), whom one acts for ("on behalf of
 * Beijing"), the other side of a relation
 * ("ties with Moscow", "tensions between Washington and Beijing"), or a capital joined by "and"
 * to one that already stands for its state.
 */
final class StateObjects {

    /** Verbs whose object is an actor: "urged Ottawa", "accused Moscow". */
    private static final Set<String> VERBS = Set.of("urged", "urging", "urges", "urge", "asked", "asking", "pressed",
            "pressing", "pressured", "pressuring", "accused", "accusing", "accuses", "blamed", "blaming", "blames",
            "criticised", "criticized", "criticising", "criticizing", "condemned", "condemning", "warned", "warning",
            "sanctioned", "punish", "punished", "punishing", "lobbied", "lobbying", "persuade", "persuaded", "convince",
            "convinced", "allowing", "allowed", "forced", "forcing", "told", "telling", "informed", "notified",
            "summoned", "snubbed", "rebuked", "defied", "defying");

    /** Nouns of relations between states before "with", "between", "against" or "on". */
    private static final Set<String> RELATIONS = Set.of("relations", "relationship", "ties", "talks", "tensions",
            "dispute", "disputes", "deal", "agreement", "negotiations", "rift", "row", "spat", "feud", "standoff",
            "sanctions", "measures", "retaliation", "pressure", "war", "cooperation", "dialogue", "rivalry", "called",
            "calls", "calling", "call", "leaning", "lean", "leaned");

    private static final Set<String> LINKS = Set.of("with", "between", "against", "on");

    private StateObjects() {}

    /** Whether the capital at token i is acted on as a state. */
    static boolean actedOn(List<Token> tokens, int i, Mention[] at) {
        if (i == 0)
            return false;
        String before = tokens.get(i - 1).text();
        if (VERBS.contains(before) || before.equals("of") && i >= 2 && tokens.get(i - 2).text().equals("behalf"))
            return true; // "on behalf of Beijing
        if (i >= 2 && LINKS.contains(before) && RELATIONS.contains(tokens.get(i - 2).text().toLowerCase()))
            return true;
        return i >= 2 && (before.equals("and") || before.equals("or")) && at[i - 2] != null
                && at[i - 2].kind() == Mention.Kind.METONYM;
    }
}
