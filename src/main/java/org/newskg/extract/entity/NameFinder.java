package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/**
 * Finds the stretches of one sentence that may be names no catalog lists: runs of capitalised
 * words joined by "of", "&" or name particles, with titles ("Chancellor"), leading determiners
 * and sentence-initial common words cut off. It is long because a run is cut in three steps that
 * share their state (joining, cutting at titles, trimming against the catalog); the token shapes it
 * reads are in {@link Shape}.
 */
final class NameFinder {

    /**
     * Tokens {@code [from, to)} of a sentence that may name something. A weak segment (a lone
     * common word such as "Such") counts only when it links to a longer name of the article.
     *
     * @param absorbed catalog mentions inside the segment that are only part of its name
     *                 ("Amazon" in "Amazon Environmental Research Institute")
     */
    record Segment(int from, int to, boolean weak, List<Mention> absorbed, boolean capitalisedThe) {}

    /** Capitalised words that open a noun phrase and are never part of a name. */
    private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Those", "His",
            "Her", "Its", "Their", "Our", "My", "Your", "Some", "Any", "Every", "Each", "No", "All", "Both", "Many",
            "Most", "Several", "Such", "Another", "Other", "If", "When", "While", "As", "But", "And", "Or", "So");

    private static final Set<String> LANGUAGE = Set.of("language", "languages");

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The segments of a sentence.
     *
     * @param catalogAt for each token of the sentence, the catalog mention covering it, or null
     * @param words     what the article shows about words' case elsewhere
     */
    List<Segment> find(List<Token> tokens, Mention[] catalogAt, DocumentWords words) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i) || i + 1 < tokens.size() && LANGUAGE.contains(tokens.get(i + 1).text())) {
                i++; // "Spanish language": a language is no entity
                continue;
            }
            int end = runEnd(tokens, i, catalogAt);
            int start = i;
            if (Shape.isNumberSign(tokens.get(i).text()) && i > 0 && lexicon.cue(Lexicon.Cue.DESCRIPTOR, tokens.get(i - 1).text()) == EntityType.Law
                    && Character.isLowerCase(tokens.get(i - 1).text().charAt(0)))
                start = i - 1; // "resolution No. 1430/2019"
            splitAtTitles(tokens, start, end, catalogAt, words, out);
            i = end;
        }
        return out;
    }

    boolean startsName(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return (Shape.isNameLike(t) || Shape.domainEnd(tokens, i) > i + 1) && !Shape.isCompoundAdjective(t) && !t.equals("I")
                && !t.startsWith("I'") && !t.startsWith("I’") && !Shape.isDate(tokens, i);
    }

    /** The end of the run of name words that starts at {@code from}. */
    private int runEnd(List<Token> tokens, int from, Mention[] catalogAt) {
        int j = Shape.domainEnd(tokens, from);
        if (j > from + 1)
            return j; // "oe24.at" is a name on its own
        while (j < tokens.size()) {
            String w = tokens.get(j).text();
            if (w.equals(",") && j + 1 < tokens.size() && Shape.LEGAL_FORMS.contains(tokens.get(j + 1).text())) {
                j += 2; // "Hungarian National Asset Management, Inc."
            } else if (startsName(tokens, j) && Shape.domainEnd(tokens, j) == j + 1) {
                j++;
            } else if (catalogAt[j] != null && catalogAt[j] == catalogAt[j - 1]) {
                j++; // the "and" of a catalog name: "Law and Justice Party"
            } else if (w.equals(".") && glued(tokens, j) && Shape.isInitial(tokens.get(j - 1).text())) {
                j++; // "John F. Kennedy", "P. Simmons"
            } else if (Shape.hasDigit(w) && (numberContinues(tokens, from, j) || isModel(tokens, j, catalogAt))) {
                j++;
                while (j + 1 < tokens.size() && tokens.get(j).text().equals("-") && glued(tokens, j)
                        && glued(tokens, j + 1) && Shape.hasDigit(tokens.get(j + 1).text()))
                    j += 2; // "737-800"
                while (j + 1 < tokens.size() && tokens.get(j).text().equals("/") && glued(tokens, j)
                        && glued(tokens, j + 1) && Shape.hasDigit(tokens.get(j + 1).text()))
                    j += 2; // "1430/2019"
            } else {
                int k = joinedAt(tokens, from, j);
                if (k < 0)
                    break;
                j = k;
            }
        }
        return j;
    }

    private static boolean glued(List<Token> tokens, int j) {
        return tokens.get(j - 1).end() == tokens.get(j).start();
    }

    /** A model number after a company's name: "Boeing 737-800", "Tupolev Tu-154". */
    private static boolean isModel(List<Token> tokens, int j, Mention[] catalogAt) {
        Mention maker = catalogAt[j - 1];
        return maker != null && maker.kind() == Mention.Kind.NAME && maker.type() == EntityType.Company
                && catalogAt[j] == null && tokens.get(j).text().matches("\\p{Lu}{1,3}-?\\d{1,4}\\p{Lu}?|\\d{3,4}");
    }

    /** A number inside a name: "Resolution No. 1430", "Directive 2000", a quoted "Zrínyi 2026". */
    private boolean numberContinues(List<Token> tokens, int from, int j) {
        String prev = tokens.get(j - 1).text();
        if (Shape.isNumberSign(prev))
            return true;
        var type = lexicon.cue(Lexicon.Cue.HEAD, prev);
        if (type != null && switch (type) { case Law, Program, NamedEvent, Product -> true; default -> false; })
            return true;
        boolean quotedBefore = from > 0 && Shape.isQuote(tokens.get(from - 1).text());
        boolean quotedAfter = j + 1 < tokens.size() && Shape.isQuote(tokens.get(j + 1).text());
        return quotedBefore && quotedAfter;
    }

    /**
     * Where the run goes on after a joining word at {@code j}, or -1: "&" always, name particles
     * ("von der"), "of"/"for"/"on"/"to" after a head or title ("Bank of England", "Ambassador to
     * Germany"), and "and" inside an "of" name ("Ministry of Science and Technology").
     */
    private int joinedAt(List<Token> tokens, int from, int j) {
        int n = tokens.size();
        String w = tokens.get(j).text();
        if (j + 1 >= n)
            return -1;
        if (w.equals("&"))
            return startsName(tokens, j + 1) ? j + 2 : -1;
        if (Shape.PARTICLES.contains(w)) {
            if (startsName(tokens, j + 1))
                return j + 2;
            if (j + 2 < n && Shape.PARTICLES.contains(tokens.get(j + 1).text()) && startsName(tokens, j + 2))
                return j + 3;
            return -1;
        }
        String prev = tokens.get(j - 1).text();
        if ((w.equals("–") || w.equals("-")) && glued(tokens, j) && glued(tokens, j + 1) && startsName(tokens, j + 1)
                && headedAhead(tokens, j + 1, EntityType.NamedEvent))
            return j + 2; // "Iran–Iraq War"
        boolean afterHead = lexicon.cue(Lexicon.Cue.HEAD, prev) != null || lexicon.isTitleHead(prev)
                || lexicon.cue(Lexicon.Cue.FIRST, tokens.get(from).text()) != null && !(j == from + 1 && COMPASS.contains(prev))
                && (w.equals("of") || lexicon.cue(Lexicon.Cue.FIRST, tokens.get(from).text()) != EntityType.Location)
                || joinedAfterHead(tokens, from, j) && w.equals("of") // "Committee on Taxonomy of Viruses"
                || !w.equals("of") && !isVerbForm(prev) && headedAhead(tokens, j + 1, EntityType.Organization); // "Cinema for Peace Foundation"
        boolean of = w.equals("of") || w.equals("for") || w.equals("on") || (w.equals("to") && lexicon.isTitleHead(prev));
        if (of && afterHead) {
            if (startsName(tokens, j + 1) && !Shape.CALENDAR.contains(tokens.get(j + 1).text()))
                return j + 2;
            if (j + 2 < n && tokens.get(j + 1).text().equals("the") && startsName(tokens, j + 2))
                return j + 3;
            return -1;
        }
        if (w.equals("and") && startsName(tokens, j + 1) && !headedName(tokens, j + 1)
                && !lexicon.isGivenName(tokens.get(j + 1).text())) { // "University of Miami and Chris Fallows" are two
            for (int k = from; k < j; k++)
                if (tokens.get(k).text().equals("of") || tokens.get(k).text().equals("for"))
                    return j + 2;
        }
        return -1;
    }

    /** A capitalised adjective of a title: "Technological", "Strategic". */
    private static boolean isAdjective(String w) {
        return w.length() > 5 && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary"));
    }

    /** "Speaking", "Backed": a verb that opens a sentence, not the first word of a name. */
    private static boolean isVerbForm(String w) {
        return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
    }

    private boolean isOrganisationHead(String w) {
        EntityType t = lexicon.cue(Lexicon.Cue.HEAD, w);
        return t != null && t.isOrganization();
    }

    private static boolean isDash(String w) {
        return w.equals("–") || w.equals("-") || w.equals("—");
    }

    /** Compass words, whose "of" gives a direction, not a name: "East of the Euphrates". */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "Central");

    /** Whether the run already joined a word after a head: "Committee on Taxonomy" before "of Viruses". */
    private boolean joinedAfterHead(List<Token> tokens, int from, int j) {
        for (int i = from + 1; i < j - 1; i++) {
            String w = tokens.get(i).text();
            if ((w.equals("of") || w.equals("for") || w.equals("on")) && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(i - 1).text()) != null)
                return true;
        }
        return false;
    }

    /**
     * Whether the capitalised words from k end, within four words, in a head of an organisation
     * (or of the given kind): "Peace Foundation" after "Cinema for", "Iraq War" after "Iran–".
     */
    private boolean headedAhead(List<Token> tokens, int k, EntityType kind) {
        int j = k;
        while (j < tokens.size() && j < k + 4 && startsName(tokens, j))
            j++;
        if (j == k)
            return false;
        EntityType head = lexicon.cue(Lexicon.Cue.HEAD, tokens.get(j - 1).text());
        return head != null && (head == kind || kind == EntityType.Organization && head.isOrganization()
                && head != EntityType.Company);
    }

    /**
     * Whether a name of three words or more with a head of its own starts at k: "and Native American
     * Rights Fund" is a second name, "and Technology" the end of the first.
     */
    private boolean headedName(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && startsName(tokens, j))
            j++;
        return j - k >= 3 && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(j - 1).text()) != null;
    }

    /**
     * Cuts the run at titles of posts ("US Secretary of State Mike Pompeo" gives "US" and "Mike
     * Pompeo"), then cleans each piece.
     */
    private void splitAtTitles(List<Token> tokens, int from, int to, Mention[] catalogAt, DocumentWords words,
                               List<Segment> out) {
        int start = from;
        int k = from;
        while (k < to) {
            int titleEnd = titleEndAt(tokens, k, to, catalogAt);
            if (titleEnd == k + 1 && titleEnd == to && k > start && lexicon.isGivenName(tokens.get(k - 1).text()))
                titleEnd = k; // "John Major", "Carole King": a title word after a given name is a family name
            if (titleEnd > k && titleEnd < to && isJoiner(tokens.get(titleEnd).text()) && inOfTail(tokens, from, k))
                titleEnd = k; // "Office of the UN High Commissioner for Human Rights": an office inside a name
            if (titleEnd > k && (k == from || !isJoiner(tokens.get(k - 1).text()))) {
                clean(tokens, start, k, catalogAt, words, out);
                start = titleEnd;
                k = titleEnd;
            } else if (k > start && personAfterHead(tokens, k, to)) {
                clean(tokens, start, k, catalogAt, words, out); // "Amnesty International | Man-kei Tam"
                start = k;
                k++;
            } else {
                k++;
            }
        }
        clean(tokens, start, to, catalogAt, words, out);
    }

    /** Whether k lies after the "of" of a name that opens with an organisation's word: "Office of the ...". */
    private boolean inOfTail(List<Token> tokens, int from, int k) {
        String first = tokens.get(from).text();
        if (lexicon.cue(Lexicon.Cue.HEAD, first) == null && lexicon.cue(Lexicon.Cue.FIRST, first) == null)
            return false;
        for (int i = from + 1; i < k; i++)
            if (tokens.get(i).text().equals("of"))
                return true;
        return false;
    }

    /** Whether an organisation's head word ends right before k and a person's name starts at k. */
    private boolean personAfterHead(List<Token> tokens, int k, int to) {
        String prev = tokens.get(k - 1).text();
        if (lexicon.cue(Lexicon.Cue.HEAD, prev) == null || k + 1 >= to)
            return false;
        String w = tokens.get(k).text();
        int dash = w.indexOf('-');
        boolean hyphenatedGiven = dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1));
        return (lexicon.isGivenName(w) || hyphenatedGiven) && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 1).text()) == null;
    }

    /** A capitalised plural of a title's head: "Representatives", "Senators". */
    private boolean isPluralTitle(String w) {
        return w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0))
                && lexicon.isTitleHead(w.substring(0, w.length() - 1)) && lexicon.cue(Lexicon.Cue.HEAD, w) == null;
    }

    private static boolean isJoiner(String w) {
        return w.equals("of") || w.equals("for") || w.equals("on") || w.equals("to") || w.equals("and") || w.equals("&");
    }

    /**
     * The end of a title that starts at {@code k} ("Prime Minister", "Special Representative for
     * Iran", "Mr."), or {@code k} when none does. A title word followed by a name's head word is
     * part of that name ("General Motors", "Justice Department").
     */
    int titleEndAt(List<Token> tokens, int k, int to, Mention[] catalogAt) {
        if (catalogAt != null && catalogAt[k] != null)
            return k;
        if (Shape.HONORIFICS.contains(tokens.get(k).text()))
            return k + 1;
        int m = k;
        while (m < to && catalogAt[m] == null && (lexicon.isTitleModifier(tokens.get(m).text()) && (!lexicon.isTitleHead(tokens.get(m).text())
                || m + 2 < to && isAdjective(tokens.get(m + 1).text()) && lexicon.isTitleHead(tokens.get(m + 2).text()))
                || m > k && isAdjective(tokens.get(m).text()) && m + 1 < to && lexicon.isTitleHead(tokens.get(m + 1).text())))
            m++; // "Chief Technological Officer"
        List<String> words = new ArrayList<>();
        for (int i = m; i < to; i++)
            words.add(tokens.get(i).text());
        int len = lexicon.multiwordTitleAt(words, 0);
        int end;
        if (len > 0)
            end = m + len;
        else if (m < to && lexicon.isTitleHead(tokens.get(m).text()) && catalogAt[m] == null)
            end = m + 1;
        else if (m + 1 < to && isPluralTitle(tokens.get(m).text()) && catalogAt[m] == null)
            end = m + 1; // "Representatives Eliot Engel, Adam Schiff"
        else
            return k;
        if (end < to && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(end).text()) != null)
            return k; // "General Motors"
        if (end + 2 < to && tokens.get(end).text().equals("of") && catalogAt[end + 1] == null) {
            int p = end + 1; // "Secretary of Justice Wanda Vázquez": a portfolio of ordinary words
            while (p < to && catalogAt[p] == null && (lexicon.isCommon(tokens.get(p).text())
                    || lexicon.isTitleModifier(tokens.get(p).text()) || lexicon.isTitleHead(tokens.get(p).text())))
                p++;
            if (p > end + 1 && p < to)
                return p;
        }
        // "Ambassador to Germany", "Representative for Iran": the place belongs to the title
        if (end + 1 < to && (tokens.get(end).text().equals("to") || tokens.get(end).text().equals("for")
                || tokens.get(end).text().equals("of"))) {
            Mention place = catalogAt[end + 1];
            if (place != null) {
                int e = end + 1;
                while (e < to && catalogAt[e] == place)
                    e++;
                end = e;
            }
        }
        return end;
    }

    /** Trims a piece and resolves its overlap with catalog mentions. */
    private void clean(List<Token> tokens, int from, int to, Mention[] catalogAt, DocumentWords words,
                       List<Segment> out) {
        boolean the = from < to && tokens.get(from).text().equals("The") && !isClauseInitial(tokens, from);
        boolean numbered = from + 1 < to && Shape.isNumberSign(tokens.get(from + 1).text());
        if (from < to && Shape.isNumberSign(tokens.get(from).text()) && (from + 1 >= to || !Shape.hasDigit(tokens.get(from + 1).text())))
            from++; // "No. Eight"
        boolean quotedTitle = from > 0 && Shape.isQuote(tokens.get(from - 1).text()) && to - from >= 2
                && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 1).text()) != null // "Radio Control Law"
                || to - from >= 4 && isJoiner(tokens.get(from + 1).text()) && !tokens.get(from + 1).text().equals("and")
                && !isVerbForm(tokens.get(from).text()) && (headedAhead(tokens, from + 2, EntityType.Organization)
                || isOrganisationHead(tokens.get(from).text())); // "Cinema for Peace Foundation", "Office for National Statistics"
        while (!numbered && from < to && (DETERMINERS.contains(tokens.get(from).text()) || !startsName(tokens, from)
                || (isClauseInitial(tokens, from) && !quotedTitle && !words.nameAtSentenceStart(tokens.get(from).text(),
                        from + 1 < to && startsName(tokens, from + 1)))))
            from++;
        if (to - from >= 3 && lexicon.isCommon(tokens.get(from).text()) && lexicon.isGivenName(tokens.get(from + 1).text()))
            from++; // "Democrat Walter Mondale"
        while (to > from && !startsName(tokens, to - 1) && !Shape.hasDigit(tokens.get(to - 1).text())
                && Shape.domainEnd(tokens, from) != to)
            to--;
        if (from >= to)
            return;
        List<Mention> inside = new ArrayList<>();
        boolean anyFree = false;
        for (int i = from; i < to; i++) {
            Mention m = catalogAt[i];
            if (m == null)
                anyFree = true;
            else if (inside.isEmpty() || inside.get(inside.size() - 1) != m)
                inside.add(m);
        }
        if (!anyFree && !(inside.size() == 2 && joinsCatalogName(tokens, from, to, catalogAt, inside)))
            return;
        if (inside.isEmpty()) {
            add(tokens, from, to, List.of(), the, out);
            return;
        }
        String last = tokens.get(to - 1).text();
        if (to - from >= 2 && catalogAt[to - 1] == null && lexicon.cue(Lexicon.Cue.HEAD, last) != null) {
            add(tokens, from, to, inside, the, out); // "Hungarian Development Bank", "Facebook Ireland Limited"
            return;
        }
        if (joinsCatalogName(tokens, from, to, catalogAt, inside)) {
            add(tokens, from, to, inside, the, out);
            return;
        }
        Mention maker = inside.get(inside.size() - 1);
        int makerAt = to - 1;
        while (makerAt > from && catalogAt[makerAt] != maker)
            makerAt--;
        while (makerAt > from && catalogAt[makerAt - 1] == maker)
            makerAt--;
        if (inside.size() > 1 && makerAt > from && joinsCatalogName(tokens, makerAt, to, catalogAt, List.of(maker))) {
            clean(tokens, from, makerAt, catalogAt, words, out); // "Ukrainian | Boeing 737-800"
            clean(tokens, makerAt, to, catalogAt, words, out);
            return;
        }
        int head = Shape.headBeforeOf(tokens, from, to);
        if (head > from || head == from && to - from >= 3) {
            Mention after = head + 2 < to ? catalogAt[head + 2] : null;
            boolean ofPlace = after != null && (after.type() == EntityType.Country || after.type() == EntityType.Location)
                    && !(after.type() == EntityType.Location && catalogAt[from] != null
                    && catalogAt[from].type() == EntityType.Organization); // "ACLU of Montana" is a chapter of its own
            boolean free = catalogAt[head] == null // a catalog name may grow: "Supreme Court" of Justice, not "Mahan Air" of Iran
                    || catalogAt[head] != catalogAt[head + 1] && catalogAt[from] == catalogAt[head] && !ofPlace;
            if (free && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(head).text()) != null) {
                // "University of California", "U.S. District Court for ...", "Supreme Court of Justice"
                add(tokens, from, to, inside, the, out);
                return;
            }
        }
        int i = from;
        while (i < to) {
            if (catalogAt[i] != null) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && catalogAt[j] == null)
                j++;
            clean(tokens, i, j, catalogAt, words, out);
            i = j;
        }
    }

    /**
     * Whether a catalog name and the words beside it make one longer name: a given name and a
     * place ("Nikki Holland"), an unknown word and a city ("Sidley Austin") or an organisation
     * ("Kataeb Hezbollah"), an organisation and an unknown word or model ("RAF Croughton", "Volvo
     * XC90"), a company and a country ("Tesco Polska").
     */
    private boolean joinsCatalogName(List<Token> tokens, int from, int to, Mention[] catalogAt, List<Mention> inside) {
        if (inside.size() > 2 || to - from > 4)
            return false;
        Mention first = catalogAt[from], last = catalogAt[to - 1];
        if (inside.size() == 2 && first != null && last != null && (last.type() == EntityType.NamedEvent
                || last.type() == EntityType.Law) && first.type() == EntityType.Country
                && countTokens(catalogAt, from, to, first) + countTokens(catalogAt, from, to, last) == to - from - 1
                && isDash(tokens.get(from + countTokens(catalogAt, from, to, first)).text()))
            return true; // "Iran–Iraq War" is no "Iraq War"
        if (inside.size() == 2)
            return first != null && last != null && first.type() == EntityType.Company && first.kind() == Mention.Kind.NAME
                    && last.type() == EntityType.Country && last.kind() == Mention.Kind.NAME
                    && !last.surface().contains(" ") && countTokens(catalogAt, from, to, last) == 1
                    && countTokens(catalogAt, from, to, first) == to - from - 1; // not "Mahan Air of Iran"
        if (first == null && last != null && last.kind() == Mention.Kind.NAME && last.type() == EntityType.Person
                && countTokens(catalogAt, from, to, last) == 1 && lexicon.isGivenName(tokens.get(from).text())) {
            for (int i = from; i < to - 1; i++)
                if (catalogAt[i] != null || !Shape.isCapitalized(tokens.get(i).text()) || lexicon.isCommon(tokens.get(i).text()))
                    return false;
            return true; // "Ali Reza Raisi" is not the catalog's Raisi
        }
        if (first == null && last != null && last.kind() == Mention.Kind.NAME && last.type() == EntityType.Country
                && countTokens(catalogAt, from, to, last) == 1 && to - from >= 3 && isOrganisationHead(tokens.get(to - 2).text())
                && !isClauseInitial(tokens, from)) {
            for (int i = from; i < to - 1; i++)
                if (catalogAt[i] != null || !Shape.isCapitalized(tokens.get(i).text()))
                    return false;
            return true; // "Marriage Equality Coalition Taiwan", a national arm of its own
        }
        if (first == null && last != null && last.kind() == Mention.Kind.NAME && countTokens(catalogAt, from, to, last) == to - from - 1) {
            String w = tokens.get(from).text();
            boolean place = last.type() == EntityType.Country || last.type() == EntityType.Location;
            if (place && !last.surface().contains(" ") && lexicon.isGivenName(w))
                return true; // "Nikki Holland"
            return unknown(tokens, from) && !isClauseInitial(tokens, from)
                    && (last.type() == EntityType.Location && !last.surface().contains(" ") || last.type().isOrganization());
        }
        if (first != null && last == null && first.kind() == Mention.Kind.NAME && first.type().isOrganization()
                && countTokens(catalogAt, from, to, first) == to - from - 1)
            return unknown(tokens, to - 1) || first.type() == EntityType.Company && Shape.hasDigit(tokens.get(to - 1).text());
        if (first != null && last == null && first.kind() == Mention.Kind.NAME && first.type() == EntityType.Company) {
            int k = from + countTokens(catalogAt, from, to, first);
            boolean model = k < to && isModel(tokens, k, catalogAt);
            for (int i = k + 1; i < to && model; i++)
                model = tokens.get(i).text().equals("-") || Shape.hasDigit(tokens.get(i).text());
            return model; // "Boeing 737-800"
        }
        return false;
    }

    /** A capitalised word that no list knows: no common word, title, given or family name. */
    private boolean unknown(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return Shape.isCapitalized(w) && Shape.isWord(w) && !lexicon.isCommonOrPlural(w) && !lexicon.isTitleHead(w)
                && !lexicon.isGivenName(w) && !lexicon.isSurname(w) && !Shape.HONORIFICS.contains(w)
                && !Shape.CALENDAR.contains(w) && !Shape.isAllCaps(w);
    }

    private static int countTokens(Mention[] catalogAt, int from, int to, Mention m) {
        int n = 0;
        for (int i = from; i < to; i++)
            if (catalogAt[i] == m)
                n++;
        return n;
    }

    private void add(List<Token> tokens, int from, int to, List<Mention> absorbed, boolean the, List<Segment> out) {
        boolean weak = true;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (Shape.isWord(w) && !lexicon.isCommon(w) && !lexicon.isTitleHead(w) && !Shape.HONORIFICS.contains(w)
                    && !Shape.isInitial(w))
                weak = false;
        }
        int headAt = Shape.beforeNumber(tokens, from, to);
        for (int i = from + 1; i < to; i++)
            if ((tokens.get(i).text().equals("of") || tokens.get(i).text().equals("for") || tokens.get(i).text().equals("on"))
                    && (lexicon.cue(Lexicon.Cue.HEAD, tokens.get(i - 1).text()) != null
                    || lexicon.cue(Lexicon.Cue.HEAD, tokens.get(headAt).text()) == null)) {
                headAt = i - 1; // "Group of Six", "Bank of England", not "Cinema" of "Cinema for Peace Foundation"
                break;
            }
        var head = lexicon.cue(Lexicon.Cue.HEAD, tokens.get(headAt).text());
        if (to - from > 1 && head != null && head != EntityType.Location)
            weak = false; // "Supreme Court", "Defence Forces": common words made a name by their head
        if (to - from == 1 && (tokens.get(from).text().length() == 1 || Shape.LEGAL_FORMS.contains(tokens.get(from).text())))
            return;
        String last = tokens.get(to - 1).text();
        if (last.endsWith("s") && lexicon.isTitleHead(last.substring(0, last.length() - 1))
                && lexicon.cue(Lexicon.Cue.HEAD, last) == null)
            return; // "Senators", "Royal Commissioners": people, not a body
        out.add(new Segment(from, to, weak, absorbed, the));
    }

    /** Whether a capital at {@code i} may be there only because a sentence or quotation starts. */
    static boolean isClauseInitial(List<Token> tokens, int i) {
        return i == 0 || Shape.opensClause(tokens.get(i - 1).text());
    }
}
