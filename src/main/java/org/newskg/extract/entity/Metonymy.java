package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;

/**
 * Where a capital stands for its state rather than the city: where it acts ("Beijing said",
 * "Moscow has denied", "Beijing's response") and where it is acted on: the object of a verb of
 * pressure or blame ("urged Ottawa to release her", "called on Tokyo to"), whom one acts for ("on
 * behalf of Beijing"), the other side of a relation ("ties with Moscow", "tensions between
 * Washington and Beijing"), or a capital joined by "and" to one that already stands for its state.
 */
final class Metonymy {

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

    private Metonymy() {}

    /** Whether the capital at token i is acted on as a state. */
    static boolean actedOn(List<Token> tokens, int i, Mention[] at) {
        if (i == 0)
            return false;
        String before = tokens.get(i - 1).text();
        if (VERBS.contains(before) || before.equals("of") && i >= 2 && tokens.get(i - 2).text().equals("behalf"))
            return true; // "on behalf of Beijing"
        if (i >= 2 && LINKS.contains(before) && RELATIONS.contains(tokens.get(i - 2).text().toLowerCase()))
            return true;
        return i >= 2 && (before.equals("and") || before.equals("or")) && at[i - 2] != null
                && at[i - 2].kind() == Mention.Kind.METONYM;
    }

    /**
     * Whether the words after a capital make it act as a state: a verb of saying or doing
     * ("Beijing said", "Moscow has denied", "Washington and Seoul agreed"), or a possessive before
     * a state's noun ("Beijing's response"). "London mayor" and "London's parks" are the city.
     */
    static boolean acts(List<Token> tokens, int next) {
        if (next >= tokens.size())
            return false;
        String w = tokens.get(next).text();
        if (w.equals("'s") || w.equals("’s"))
            return next + 1 < tokens.size() && STATE_NOUNS.contains(tokens.get(next + 1).text());
        if (w.equals("and") && next + 2 < tokens.size())
            return STATE_VERBS.contains(tokens.get(next + 2).text());
        if (MODALS.contains(w))
            return next + 1 < tokens.size() && !CITY_VERBS.contains(tokens.get(next + 1).text()); // not "Tokyo will host"
        if (AUXILIARIES.contains(w))
            return next + 1 < tokens.size() && actsAfterAuxiliary(tokens.get(next + 1).text());
        return STATE_VERBS.contains(w);
    }

    /** Verbs that say nothing alone: "Beijing has denied" acts, "Beijing is home to" is the city. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "have", "had", "did", "does");
    /** Modals, after which a capital acts unless a city's verb follows: "Washington will balance the budget". */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "must", "should", "can");
    /** Verbs of what a city does: "Tokyo will host the Olympics", "Paris will be sunny". */
    private static final Set<String> CITY_VERBS = Set.of("host", "hold", "be", "see", "stage", "get", "experience");
    /** Adverbs between an auxiliary and the verb: "Moscow has repeatedly denied". */
    private static final Set<String> ADVERBS = Set.of("not", "also", "already", "repeatedly", "previously", "now",
            "long", "since", "yet", "still", "never", "reportedly", "formally", "officially", "publicly", "been");

    /** Whether the word after "Beijing has" makes the capital act: a participle or verb, or an adverb before one. */
    private static boolean actsAfterAuxiliary(String w) {
        return STATE_VERBS.contains(w) || ADVERBS.contains(w) || w.endsWith("ed");
    }

    /** Verbs after which a capital acts as its state. */
    private static final Set<String> STATE_VERBS = Set.of("said", "says", "say", "told", "added", "claimed", "claims",
            "denied", "denies", "accused", "accuses", "rejected", "rejects", "warned", "warns", "urged", "urges",
            "insisted", "insists", "responded", "responds", "refused", "refuses", "announced", "announces", "plans",
            "planned", "wants", "wanted", "hopes", "fears", "feared", "knows", "believes", "considers", "sees", "has",
            "have", "had", "is", "was", "will", "would", "could", "may", "might", "must", "should", "can", "did",
            "does", "imposed", "imposes", "banned", "bans", "sanctioned", "condemned", "condemns", "welcomed",
            "welcomes", "criticised", "criticized", "criticises", "criticizes", "protested", "retaliated", "demanded",
            "demands", "agreed", "agrees", "approved", "signed", "launched", "blamed", "blames", "called", "calls",
            "asked", "threatened", "threatens", "vowed", "vows", "pledged", "promised", "dismissed", "maintains",
            "maintained", "argued", "argues", "stated", "declared", "ordered", "summoned", "expelled", "recalled",
            "suspended", "sent", "views", "viewed", "regards", "opposes", "opposed", "supports", "supported",
            "backed", "backs", "objected", "objects", "insist", "announce", "deny", "accuse", "reject", "warn");
    /** Nouns after "Beijing's" that make it the state's. */
    private static final Set<String> STATE_NOUNS = Set.of("government", "policy", "policies", "decision", "response",
            "position", "stance", "relations", "ties", "demands", "demand", "claims", "claim", "officials", "crackdown",
            "move", "moves", "plan", "plans", "sanctions", "envoy", "ambassador", "military", "foreign", "leaders",
            "leadership", "actions", "approach", "strategy", "support", "opposition", "refusal", "influence",
            "pressure", "efforts", "intervention", "annexation", "invasion", "war", "ban", "tariffs", "retaliation");
}
