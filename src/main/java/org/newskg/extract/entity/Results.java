package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/** Lines of sports results, where names before scores are teams: "Leicestershire 22 points, Somerset 4". */
final class Results {

    private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "v", "vs", "vs.", "drew", "lost", "defeated");

    private Results() {}

    /**
     * Whether a sentence reads like sports results: two or more names each followed by a score
     * ("Somerset 83 and 174, Leicestershire 296", "Hartlepool 1 Watford 2").
     */
    static boolean isScoreLine(List<Token> tokens) {
        int scored = 0;
        for (int i = 1; i < tokens.size(); i++)
            if (isScore(tokens.get(i).text()) && Shape.isNameLike(tokens.get(i - 1).text()))
                scored++;
        return scored >= 2;
    }

    private static boolean isScore(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0)) && t.length() <= 7 && !t.contains(",");
    }

    /** In a line of results, a name before a score or beside "beat" is a team, unless it is a player's. */
    static NameTyper.Votes votes(List<Token> tokens, int from, int to, Lexicon lexicon) {
        NameTyper.Votes v = new NameTyper.Votes();
        String first = tokens.get(from).text();
        if (Shape.isInitial(first) || lexicon.isGivenName(first))
            return v;
        String after = to < tokens.size() ? tokens.get(to).text() : "";
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        if (isScore(after) || RESULT_VERBS.contains(after) || RESULT_VERBS.contains(before))
            v.add(EntityType.Organization, 3);
        return v;
    }

    /**
     * In a line of results, a city or region before a score is its team: "Leicester 2 Chelsea 1"
     * names a club, not the city. The place's mention gives way to a team's.
     */
    static void teamsNamedForPlaces(AnnotatedArticle doc, List<Token> tokens, Mention[] at, Lexicon lexicon, String source) {
        for (int i = 0; i < tokens.size(); i++) {
            Mention m = at[i];
            if (m == null || m.type() != EntityType.Location || m.kind() != Mention.Kind.NAME || (i > 0 && at[i - 1] == m))
                continue;
            int end = i;
            while (end < tokens.size() && at[end] == m)
                end++;
            if (!votes(tokens, i, end, lexicon).score.isEmpty()) {
                doc.removeMentions(x -> x == m);
                String name = ResolvedName.surface(tokens, i, end);
                doc.addMention(ResolvedName.own(name, EntityType.Organization).mention(doc, tokens, i, end, source));
            }
        }
    }
}
