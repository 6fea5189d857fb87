package org.newskg.extract.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.entity.MentionIndex;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/**
 * Reads a title of a post at a place in a sentence: modifiers and organisations before a head
 * ("former US President", "top US cyber official"), a multi-word or coordinated head ("Secretary
 * of State", "chair and spokesperson"), and what follows it ("of Hong Kong" names the
 * organisation; "for Iran" and "to Germany" belong to the title unless they name an organisation).
 */
final class TitleParser {

    private final Lexicon lexicon;

    TitleParser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The title that starts at document token {@code from} and ends at or before {@code limit},
     * or null when none starts there.
     */
    TitlePhrase parse(AnnotatedArticle doc, MentionIndex index, int from, int limit) {
        List<Token> tokens = doc.tokens();
        int i = from;
        Mention pre = null;
        int titleStart = from;
        List<int[]> inner = new ArrayList<>(); // organisations inside the title: "former [Philippine] president"
        while (i < limit) {
            Mention m = organisation(index, i);
            if (m != null) {
                if (pre == null || isPlace(pre) && !isPlace(m))
                    pre = m; // "US Central Intelligence Agency agent" serves the agency
                int end = index.endOf(i);
                if (titleStart == i)
                    titleStart = end; // a leading organisation is not part of the title: "US Secretary of State"
                else
                    inner.add(new int[] {i, end});
                i = end;
            } else if (lexicon.isTitleModifier(tokens.get(i).text()) && (!lexicon.isTitleHead(tokens.get(i).text())
                    || modifiesNext(tokens, i, limit, index)) && (index.at(i) == null || !index.at(i).kind().names())) {
                i++; // "former", and "deputy" of "deputy health minister"
            } else if (capitalisedWordOfTitle(tokens, i, limit, index) || nounOfTitle(tokens, i, limit, index)) {
                i++; // "Economic Development Minister", "economic development minister"
            } else {
                break;
            }
        }
        if (i >= limit)
            return null;
        int headEnd = headEnd(tokens, i, limit, index);
        if (headEnd <= i)
            return null;
        // more heads: "chair and spokesperson", "president and chief executive", "director general"
        while (headEnd < limit) {
            int next = headEnd;
            if (tokens.get(next).text().equals("and") && next + 1 < limit)
                next++;
            int more = headEnd(tokens, next, limit, index);
            if (more <= next)
                break;
            headEnd = more;
        }
        int headAt = headEnd - 1;
        for (int k = i + 1; k < headEnd - 1; k++)
            if (tokens.get(k).text().equalsIgnoreCase("of"))
                headAt = k - 1; // "secretary" of "secretary of state"
        String head = tokens.get(headAt).text().toLowerCase(Locale.ROOT);
        headEnd = portfolioEnd(tokens, headEnd, limit, index); // "Secretary of Transportation"
        headEnd = fieldEnd(tokens, headEnd, limit, index); // "head of market development at Nokia"
        int end = headEnd;
        int titleEnd = headEnd;
        Mention post = null;
        if (headEnd + 1 < limit) {
            String w = tokens.get(headEnd).text();
            int k = headEnd + 1;
            if (k < limit && tokens.get(k).text().equalsIgnoreCase("the"))
                k++;
            Mention m = k < limit ? organisation(index, k) : null;
            int named = m == null ? afterDescriptor(tokens, k, limit, index) : k;
            if (m == null && named > k) {
                k = named; // "spokesman for anti-virus firm Trend Micro"
                m = organisation(index, k);
            }
            if (m != null && (w.equals("at") || w.equals("with") && m.type().isOrganization())
                    && m.type() != EntityType.Country && index.endOf(k) <= limit) {
                post = m; // "an airport protocol officer at Baghdad International Airport"
                end = index.endOf(k);
            } else if (m == null && w.equals("of") && k == headEnd + 2 && k + 1 == limit && isBodyNoun(tokens.get(k).text())) {
                titleEnd = end = k + 1; // "speaker of the parliament Ali Larijani"
            }
            if (m != null && index.endOf(k) <= limit && (w.equals("of") || w.equals("for") || w.equals("to"))) {
                boolean state = m.type() == EntityType.Country || m.type() == EntityType.Location;
                end = index.endOf(k);
                int owned = end + 1;
                Mention inside = owned < limit && isPossessive(tokens.get(end).text()) ? organisation(index, owned) : null;
                if (inside != null && index.endOf(owned) <= limit) {
                    m = inside; // "head of Iran's Quds Force"
                    state = false;
                    end = index.endOf(owned);
                }
                if (w.equals("of") || !state)
                    post = m;
                else
                    titleEnd = end; // "Ambassador to Germany", "Special Representative for Iran"
            }
        }
        if (titleStart >= titleEnd)
            return null;
        StringBuilder words = new StringBuilder();
        int from2 = titleStart;
        for (int[] org : inner) {
            words.append(doc.text(), tokens.get(from2).start(), tokens.get(org[0]).start());
            from2 = org[1];
        }
        words.append(doc.text(), tokens.get(from2).start(), tokens.get(titleEnd - 1).end());
        String title = words.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("’", "'").strip();
        boolean plural = false;
        if (!lexicon.isTitleHead(head) && lexicon.isTitleHead(singular(head))) {
            plural = true; // "NASA astronauts", "Representatives"
            title = singularHead(title, head);
            head = singular(head);
        } else if (head.contains("-") && hyphenatedHead(head) != null) {
            title = title.replace('-', ' '); // "then-prime-minister"
            head = hyphenatedHead(head);
        }
        return new TitlePhrase(from, end, title, post != null ? post : pre, head, post == null && pre != null, plural);
    }

    /**
     * The end of a capitalised portfolio after a title's head, or {@code headEnd}: "Secretary of
     * Transportation", "Minister of Foreign Affairs". A name the article knows there is an
     * organisation, not a portfolio.
     */
    private int portfolioEnd(List<Token> tokens, int headEnd, int limit, MentionIndex index) {
        if (headEnd + 1 >= limit || !tokens.get(headEnd).text().equals("of"))
            return headEnd;
        int k = headEnd + 1;
        while (k < limit && index.at(k) == null && Character.isUpperCase(tokens.get(k).text().charAt(0))
                && Character.isLetter(tokens.get(k).text().charAt(0)))
            k++;
        if (k < limit && tokens.get(k).text().equals("and") && k + 1 < limit && index.at(k + 1) == null
                && Character.isUpperCase(tokens.get(k + 1).text().charAt(0)))
            k += 2; // "Foreign Affairs and Trade"
        return k > headEnd + 1 ? k : headEnd;
    }

    /**
     * Where a name starts after a lower-case descriptor of an organisation at k ("anti-virus
     * firm Trend Micro", "financial analysis firm X"), or k.
     */
    private int afterDescriptor(List<Token> tokens, int k, int limit, MentionIndex index) {
        int q = k;
        while (q < limit && q < k + 4 && index.at(q) == null && isFieldWord(tokens.get(q).text()))
            q++;
        if (q == k || q >= limit || organisation(index, q) == null || !organisation(index, q).type().isOrganization())
            return k;
        String previous = q - 2 >= k ? tokens.get(q - 2).text() : null;
        EntityType t = lexicon.descriptor(previous, tokens.get(q - 1).text());
        return t != null && t.isOrganization() ? q : k;
    }

    /** Words after a head that open its field: "head of marketing", "adviser on mobile media". */
    private static final java.util.Set<String> FIELD_WORDS = java.util.Set.of("of", "for", "on");
    /** Words before the organisation that a field ends at: "... at Nokia", "... of the BBC". */
    private static final java.util.Set<String> FIELD_ENDS = java.util.Set.of("at", "of", "for", "with");

    /**
     * The end of a lower-case field after a title's head that an organisation follows, or
     * {@code headEnd}: "head of market development at Nokia", "vice president of engineering at
     * Google", "senior adviser on mobile media at Ericsson". The field belongs to the title.
     */
    private static int fieldEnd(List<Token> tokens, int headEnd, int limit, MentionIndex index) {
        if (headEnd + 2 >= limit || !FIELD_WORDS.contains(tokens.get(headEnd).text()))
            return headEnd;
        int k = headEnd + 1;
        while (k < limit && k < headEnd + 6 && index.at(k) == null && isFieldWord(tokens.get(k).text()))
            k++;
        if (k == headEnd + 1 || k + 1 >= limit || !FIELD_ENDS.contains(tokens.get(k).text())
                || tokens.get(k - 1).text().equals("and"))
            return headEnd;
        int o = tokens.get(k + 1).text().equalsIgnoreCase("the") ? k + 2 : k + 1;
        Mention m = o < limit ? organisation(index, o) : null;
        return m != null && m.type().isOrganization() ? k : headEnd;
    }

    private static boolean isFieldWord(String w) {
        return isWord(w) && Character.isLowerCase(w.charAt(0)) && !FIELD_ENDS.contains(w) && !NOT_NOUNS.contains(w)
                && !w.equals("the") && !w.equals("a") && !w.equals("an");
    }

    /** A lower-case noun before a title's head: "development" in "economic development minister". */
    private boolean nounOfTitle(List<Token> tokens, int i, int limit, MentionIndex index) {
        String w = tokens.get(i).text();
        boolean noun = !lexicon.isCommon(w) || w.endsWith("ment") || w.endsWith("tion") || w.endsWith("ity")
                || i + 1 < limit && isBodyNoun(w) && lexicon.isTitleHead(tokens.get(i + 1).text()) // "council member"
                || !NOT_NOUNS.contains(w); // "airport protocol officer"
        if (index.at(i) != null || !Character.isLowerCase(w.charAt(0)) || !noun || lexicon.isTitleHead(w)
                || w.length() < 4 || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || !isWord(w))
            return false;
        for (int k = i + 1; k < Math.min(limit, i + 4); k++) {
            String next = tokens.get(k).text();
            if (lexicon.isTitleHead(next))
                return Character.isLowerCase(next.charAt(0)); // not "removes Governor Pierluisi"
            if (!isWord(next) || index.at(k) != null || !(lexicon.isTitleModifier(next) || Character.isLowerCase(next.charAt(0))))
                return false;
        }
        return false;
    }

    /** Common words that are no nouns of a title: "when police officer X" has no title "when police officer". */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("when", "then", "that", "with", "from",
            "into", "also", "said", "says", "told", "tells", "after", "before", "while", "where", "which", "whose", "this",
            "these", "those", "their", "there", "have", "been", "will", "would", "could", "should", "about", "against",
            "among", "under", "over", "including", "like", "such", "than", "only", "even", "once", "both", "each",
            "every", "many", "most", "some", "other", "another", "what", "whom", "since", "until", "during", "without",
            "because", "though", "although", "whether", "asked", "named", "called", "made", "make", "makes", "took",
            "take", "takes", "gave", "give", "gives", "came", "come", "went", "goes", "were", "being", "does", "just",
            "still", "very", "much", "more", "less", "least", "well", "back", "away", "here", "thus", "upon", "onto",
            "amid", "within", "across", "along", "around", "through", "toward", "towards", "behind", "beyond", "near",
            "meet", "meets", "join", "joins", "joined", "left", "leave", "leaves", "visit", "visits", "accused", "urged");

    /** A lower-case noun of a body whose posts it names: "council", "board", "party". */
    private boolean isBodyNoun(String w) {
        EntityType t = lexicon.cue(Lexicon.Cue.HEAD, Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return t != null && t.isOrganization();
    }

    private static boolean isWord(String w) {
        for (int k = 0; k < w.length(); k++)
            if (!Character.isLetter(w.charAt(k)) && w.charAt(k) != '-')
                return false;
        return !w.isEmpty();
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    /** Articles that open a sentence, never a title: "A Republican Assemblywoman, Jill Tolles". */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("A", "An", "The");

    /**
     * A capitalised common word or adjective inside a capitalised title, before its head:
     * "Development" in "Economic Development Minister", "Technological" in "Chief Technological Officer".
     */
    private boolean capitalisedWordOfTitle(List<Token> tokens, int i, int limit, MentionIndex index) {
        String w = tokens.get(i).text();
        boolean adjective = w.length() > 5 && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary"));
        if (index.at(i) != null && index.at(i).kind().names() || !Character.isUpperCase(w.charAt(0))
                || !(lexicon.isCommon(w) || adjective) || lexicon.isTitleHead(w) || ARTICLES.contains(w))
            return false;
        for (int k = i + 1; k < Math.min(limit, i + 4); k++) {
            String next = tokens.get(k).text();
            if (lexicon.isTitleHead(next) && Character.isUpperCase(next.charAt(0)))
                return true;
            if (!Character.isUpperCase(next.charAt(0)) || index.at(k) != null)
                return false;
        }
        return false;
    }

    /** The end of a title head at {@code i} ("Prime Minister", "chairman", "astronauts"), or {@code i}. */
    private int headEnd(List<Token> tokens, int i, int limit, MentionIndex index) {
        if (i >= limit || index.at(i) != null && index.at(i).kind().names())
            return i;
        List<String> words = new ArrayList<>();
        for (int k = i; k < Math.min(limit, i + 5); k++)
            words.add(tokens.get(k).text());
        int len = lexicon.multiwordTitleAt(words, 0);
        if (len > 0)
            return i + len;
        String w = tokens.get(i).text();
        return lexicon.isTitleHead(w) || lexicon.isTitleHead(singular(w)) || hyphenatedHead(w) != null ? i + 1 : i;
    }

    /**
     * Whether a word that can be a head or a modifier modifies the title words after it: "deputy"
     * in "deputy health minister", not in "deputy Ali Larijani".
     */
    private boolean modifiesNext(List<Token> tokens, int i, int limit, MentionIndex index) {
        if (i + 2 >= limit || index.at(i + 1) != null)
            return false;
        String next = tokens.get(i + 1).text();
        if (capitalisedWordOfTitle(tokens, i + 1, limit, index) && Character.isUpperCase(tokens.get(i).text().charAt(0)))
            return true; // "Chief Technological Officer"
        return lexicon.isTitleModifier(next) && !lexicon.isTitleHead(next) && Character.isLowerCase(next.charAt(0))
                == Character.isLowerCase(tokens.get(i).text().charAt(0));
    }

    /** The singular of a plural title word ("astronauts", "secretaries"), or the word itself, lower case. */
    static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.length() > 4 && l.endsWith("ies"))
            return l.substring(0, l.length() - 3) + "y";
        if (l.length() > 3 && l.endsWith("s") && !l.endsWith("ss"))
            return l.substring(0, l.length() - 1);
        return l;
    }

    private static String singularHead(String title, String head) {
        int at = title.lastIndexOf(head);
        return at < 0 ? title : title.substring(0, at) + singular(head) + title.substring(at + head.length());
    }

    /**
     * The head of a title written as one hyphenated word ("then-prime-minister" gives "minister"),
     * or null: modifiers joined to a head or a multi-word title.
     */
    String hyphenatedHead(String w) {
        String[] parts = w.toLowerCase(Locale.ROOT).split("-");
        if (parts.length < 2 || lexicon.isTitleHead(w))
            return null;
        for (int start = 0; start < parts.length; start++) {
            List<String> rest = List.of(parts).subList(start, parts.length);
            boolean head = rest.size() == 1 ? lexicon.isTitleHead(rest.get(0)) : lexicon.multiwordTitleAt(rest, 0) == rest.size();
            if (!head)
                continue;
            for (int k = 0; k < start; k++)
                if (!lexicon.isTitleModifier(parts[k]))
                    return null;
            return parts[parts.length - 1];
        }
        return null;
    }

    private static boolean isPlace(Mention m) {
        return m.type() == EntityType.Country || m.type() == EntityType.Location;
    }

    /** A name at the token of something that can hold posts: an organisation, a state, a place. */
    static Mention organisation(MentionIndex index, int token) {
        Mention m = index.at(token);
        if (m == null || !m.kind().names())
            return null;
        EntityType t = m.type();
        return t.isOrganization() || t == EntityType.Country || t == EntityType.Location ? m : null;
    }
}
