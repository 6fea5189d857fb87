package org.newskg.extract.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/**
 * Weighs the evidence for the type of an unknown name at one place in the text: its own words
 * (a given name, a head such as "Ministry" or "Group", initials), the words before it (a title,
 * "firm", "in"), and the words after it ("said", ", a politician", "foldable phone").
 */
final class NameTyper {

    /** Votes for each type; the article's votes for one name are summed over its mentions. */
    static final class Votes {
        final Map<EntityType, Integer> score = new EnumMap<>(EntityType.class);

        void add(EntityType type, int weight) {
            if (type != null)
                score.merge(type, weight, Integer::sum);
        }

        void addAll(Votes other) {
            other.score.forEach(this::add);
        }

        /** The type with most votes (ties go to the earlier type of {@link EntityType}), or null. */
        EntityType best() {
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> e : score.entrySet())
                if (best == null || e.getValue() > score.get(best))
                    best = e.getKey();
            return best;
        }

        int strength() {
            EntityType b = best();
            return b == null ? 0 : score.get(b);
        }
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "across", "throughout",
            "around", "into", "toward", "towards", "from", "inside", "via");
    /** Prepositions after which a lone unknown capitalised word is almost always a place: "in Gyula". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "throughout");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "wrote", "tweeted", "stated",
            "noted", "explained", "argued", "insisted", "warned", "recalled", "admitted", "replied", "asked", "urged",
            "believes", "thinks", "continued", "commented", "remarked", "acknowledged", "conceded", "stressed");
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "father", "mother", "brother",
            "sister", "family", "lawyer", "lawyers", "attorney", "widow", "children", "parents", "girlfriend", "boyfriend");
    private static final Set<String> NAMING = Set.of("dubbed", "called", "named", "codenamed", "code-named",
            "titled", "entitled", "nicknamed", "branded");
    private static final Set<String> MEDIA = Set.of("News", "Press", "Media", "Times", "Post", "Journal", "Radio",
            "Television", "Broadcasting", "Daily", "Herald", "Tribune", "Gazette", "Mail", "Independent");
    /** Romance and Arabic articles that open names of places and things: "El Niño", "Al Jazeera". */
    private static final Set<String> ARTICLES = Set.of("El", "La", "Le", "Los", "Las", "Les", "Al", "Il", "Lo");
    /** First words of central banks, which are state bodies, not companies. */
    private static final Set<String> CENTRAL = Set.of("Central", "Federal", "Reserve", "National", "People's", "State");
    /** Words that alone name a state's legislature. */
    private static final Set<String> LEGISLATURES = Set.of("Senate", "Parliament", "Congress", "Legislature");
    private static final Set<String> STATE = Set.of("Federal", "National", "State", "Royal", "Central", "Supreme");

    /** Endings of family names in many languages: Ivanov, Kowalski, Petrović, Shevchenko, Popescu, Papadopoulos. */
    private static final java.util.regex.Pattern SURNAME_ENDING = java.util.regex.Pattern.compile(
            "(ov|ova|ev|eva|sky|ski|ska|vich|vić|ić|enko|chuk|escu|poulos|akis|idis|oglu|oğlu|yan|shvili|dze|sson"
            + "|stein|mann|ini|elli|etti|ez|berg|aldi|ucci)$");

    private final Lexicon lexicon;

    NameTyper(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The evidence of the name's own words, judged with what the article shows about them. */
    Votes internal(List<Token> tokens, int from, int to, DocumentWords words) {
        Votes v = new Votes();
        int len = to - from;
        String first = tokens.get(from).text();
        int headIndex = Shape.beforeNumber(tokens, from, to);
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).text();
            if ((w.equals("of") || w.equals("for") || w.equals("on")) && (lexicon.cue(Lexicon.Cue.HEAD, tokens.get(i - 1).text()) != null
                    || lexicon.cue(Lexicon.Cue.HEAD, tokens.get(headIndex).text()) == null)) {
                headIndex = i - 1; // "Ministry of Defence", but "Foundation" of "Cinema for Peace Foundation"
                break;
            }
        }
        String head = tokens.get(headIndex).text();
        EntityType headType = len > 1 || !Shape.isAllCaps(head) ? lexicon.cue(Lexicon.Cue.HEAD, head) : null;
        if (head.equals("Congress") && headIndex < to - 1 && (headIndex == from || STATE.contains(first)))
            headType = EntityType.GovernmentBody; // "Congress of the Philippines"; "Mobile World Congress" is an event
        if (head.equals("Convention") && headIndex == to - 1)
            headType = EntityType.NamedEvent; // "Democratic National Convention"; "Convention on ..." is a treaty
        if (headType != null && !(len == 1 && headType != EntityType.Company))
            v.add(headType, 4);
        v.add(lexicon.cue(Lexicon.Cue.FIRST, first), len > 1 ? 3 : 0);
        if (Character.isLowerCase(first.charAt(0)) && lexicon.cue(Lexicon.Cue.DESCRIPTOR, first) == EntityType.Law)
            v.add(EntityType.Law, 6); // "resolution No. 1430/2019"
        if (headType == EntityType.GovernmentBody || headType == EntityType.Organization) {
            for (int i = from; i < to; i++)
                if (MEDIA.contains(tokens.get(i).text()))
                    v.add(EntityType.Organization, 5);
            if (STATE.contains(first))
                v.add(EntityType.GovernmentBody, 2);
        }
        boolean nameShaped = len >= 2 && (len <= 4 || len == 5 && hasNameParticle(tokens, from, to))
                && headType == null && !ARTICLES.contains(first);
        for (int i = from; i < to; i++)
            if (isCamelCase(tokens.get(i).text()))
                nameShaped = false; // "EuroAsia", "JetBlue": a brand, not a person
        if (len == 1 && isCamelCase(first))
            v.add(EntityType.Company, 2);
        boolean plainWords = true;
        for (int i = from; i < to && nameShaped; i++) {
            String w = tokens.get(i).text();
            if (!(Shape.isCapitalized(w) || Shape.PARTICLES.contains(w) || w.equals(".")) || Shape.hasDigit(w))
                nameShaped = false;
            if (Shape.isWord(w) && (lexicon.isCommon(w) || words.usedInLowerCase(w)))
                plainWords = false;
        }
        if (nameShaped) {
            if (plainWords)
                v.add(EntityType.Person, 1);
            if (lexicon.isGivenName(first) || Shape.isInitial(first) || isHyphenatedGiven(first))
                v.add(EntityType.Person, 3);
            else if (lexicon.isSurname(first) && (isHyphenatedGiven(tokens.get(from + 1).text())
                    || lexicon.isGivenName(tokens.get(from + 1).text())))
                v.add(EntityType.Person, 3); // "Guo Ping", "Tam Man-kei"
            if (lexicon.isSurname(tokens.get(to - 1).text()) || SURNAME_ENDING.matcher(tokens.get(to - 1).text()).find())
                v.add(EntityType.Person, 1);
        }
        if (len == 1 && LEGISLATURES.contains(first))
            v.add(EntityType.GovernmentBody, 2); // "the Senate" of a state the catalog does not know
        if (len == 1 && Shape.isAllCaps(first) && first.length() <= 6)
            v.add(EntityType.Organization, 1);
        if (len >= 2 && Shape.isWord(first) && tokens.get(to - 1).text().matches("\\p{Lu}{1,3}-?\\d{1,4}\\p{Lu}?"))
            v.add(EntityType.Product, 3); // "Volvo XC90", "Airbus A380": a maker's model
        if (len == 1 && first.matches("[1-9]G"))
            v.add(EntityType.Technology, 4); // "5G", "4G"
        if (first.length() > 2 && first.charAt(0) == 'i' && Character.isUpperCase(first.charAt(1)))
            v.add(EntityType.Product, 2); // "iTunes", "iPad"
        if (head.equals("Bank") && CENTRAL.contains(first))
            v.add(EntityType.GovernmentBody, 6); // "Federal Reserve Bank", "Reserve Bank of India"
        if (len == 1 && !Shape.isAllCaps(first) && (lexicon.isSurname(first) || SURNAME_ENDING.matcher(first).find()))
            v.add(EntityType.Person, 1);
        if (len == 3 && first.equals("Group") && tokens.get(from + 1).text().equals("of"))
            v.add(EntityType.InternationalOrganization, 6); // "Group of Six", "Group of 77"
        if (len > 1 && Shape.domainEnd(tokens, from) == to)
            v.add(EntityType.Organization, 4); // a site named by its address: "oe24.at"
        return v;
    }

    /** Words inside long Arabic names: "Zine El Abidine Ben Ali", "Abu Mahdi al-Muhandis". */
    private static final Set<String> NAME_PARTICLES = Set.of("El", "Ben", "Bin", "bin", "ben", "Abu", "Abd", "Abdel",
            "Abdul", "Al", "al", "ibn", "Ibn", "Ould", "bint");

    private static boolean hasNameParticle(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++)
            if (NAME_PARTICLES.contains(tokens.get(i).text()))
                return true;
        return false;
    }

    /** A capital after lower-case letters inside a word, other than a family-name prefix: "JetBlue", not "McDonald". */
    static boolean isCamelCase(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || w.startsWith("Mc") || w.startsWith("Mac")
                || w.startsWith("De") || w.startsWith("Di") || w.startsWith("Le") || w.startsWith("La") || w.startsWith("Van"))
            return false;
        for (int i = 2; i < w.length(); i++)
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1)))
                return true;
        return false;
    }

    /**
     * The evidence of catalog names a longer name holds: a company's model is a product ("Volvo
     * XC90"), a company's national arm a company ("Tesco Polska"), an organisation's unit or
     * faction is of its kind ("Kataeb Hezbollah", "RAF Croughton").
     */
    Votes absorbed(List<Token> tokens, int from, int to, List<Mention> absorbed) {
        Votes v = new Votes();
        if (absorbed.isEmpty())
            return v;
        Mention first = absorbed.get(0);
        boolean digits = Shape.hasDigit(tokens.get(to - 1).text());
        Mention last = absorbed.get(absorbed.size() - 1);
        if (last.type() == EntityType.Country && to - from >= 3 && last.surface().equals(tokens.get(to - 1).text())) {
            EntityType head = lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 2).text());
            if (head != null && head.isOrganization())
                v.add(head, 5); // "Marriage Equality Coalition Taiwan"
        }
        if (first.type() == EntityType.Company && digits)
            v.add(EntityType.Product, 5);
        else if (first.type() == EntityType.Company && absorbed.size() == 2)
            v.add(EntityType.Company, 5);
        else if (absorbed.size() == 1 && first.type().isOrganization())
            v.add(first.type(), 3);
        return v;
    }

    /** A given name of the East Asian shape "Man-kei", "Jae-in", "Ing-wen". */
    private static boolean isHyphenatedGiven(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Character.isUpperCase(w.charAt(0))
                && Character.isLowerCase(w.charAt(dash + 1)) && w.length() <= 12;
    }

    /** The evidence of the words around the name at one place. */
    Votes context(List<Token> tokens, int from, int to, Mention[] catalogAt, boolean capitalisedThe) {
        Votes v = new Votes();
        boolean headed = lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 1).text()) != null && to - from > 1;
        int n = tokens.size();
        if (capitalisedThe) {
            // "The Guardian", "The Greens": a capital "The" mid-sentence belongs to a name
            EntityType head = lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 1).text());
            v.add(head == null ? EntityType.Organization : head, 2);
        }
        int b = from - 1;
        if (b >= 0 && Shape.isQuote(tokens.get(b).text()))
            b--;
        if (b >= 0 && tokens.get(b).text().equals("the") && !capitalisedThe)
            v.add(EntityType.Person, -3); // "the EuroAsia Interconnector": people go without an article
        if (b >= 0) {
            String before = tokens.get(b).text();
            String lower = before.toLowerCase();
            if (lexicon.isTitleHead(before) || Shape.HONORIFICS.contains(before))
                v.add(EntityType.Person, headed ? 1 : 4);
            else if (Character.isLowerCase(before.codePointAt(0)) && lexicon.cue(Lexicon.Cue.DESCRIPTOR, before) != null)
                v.add(lexicon.cue(Lexicon.Cue.DESCRIPTOR, before), 3);
            else if (LOCATIVE.contains(before))
                v.add(EntityType.Location, to - from == 1 && PLACE_PREPOSITIONS.contains(before)
                        && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(from).text()) == null ? 2 : 1);
            else if (lower.equals("of") && b > 0 && lexicon.cue(Lexicon.Cue.DESCRIPTOR, tokens.get(b - 1).text()) == EntityType.Location)
                v.add(EntityType.Location, 4); // "the city of São Paulo"

            if (NAMING.contains(lower)) {
                for (int k = b - 1; k >= Math.max(0, b - 4); k--) {
                    EntityType d = lexicon.cue(Lexicon.Cue.DESCRIPTOR, tokens.get(k).text());
                    if (d != null && Character.isLowerCase(tokens.get(k).text().codePointAt(0))) {
                        v.add(d, 4);
                        break;
                    }
                }
            }
        }
        int of = b >= 0 && tokens.get(b).text().equals("the") ? b - 1 : b;
        if (of >= 1 && tokens.get(of).text().equals("of") && lexicon.isTitleHead(tokens.get(of - 1).text())
                && Character.isLowerCase(tokens.get(of - 1).text().charAt(0))
                && lexicon.cue(Lexicon.Cue.HEAD, tokens.get(to - 1).text()) == EntityType.NamedEvent)
            v.add(EntityType.Organization, 5); // "deputy director of the Greek Energy Forum": posts are in organisations, not events
        if (b >= 1 && tokens.get(b).text().equals("to") && tokens.get(b - 1).text().equalsIgnoreCase("according"))
            v.add(EntityType.Organization, 2); // "according to Al Jazeera": a source
        employer(tokens, b, v);
        listedAfter(tokens, from, v);
        if (to < n) {
            String after = tokens.get(to).text();
            if (SPEECH.contains(after))
                v.add(EntityType.Person, 1);
            if (REPORTS.contains(after))
                v.add(EntityType.Organization, 2); // "Rudaw reports", "Reuters reported"
            if ((after.equals("'s") || after.equals("’s")) && to + 1 < n && KIN.contains(tokens.get(to + 1).text()))
                v.add(EntityType.Person, 2);
            if (after.equals(",") && to + 1 < n)
                apposition(tokens, to + 1, catalogAt, v);
            // "the PRISM surveillance system", "its Mate X foldable phone"
            for (int k = to; k < Math.min(n, to + 3); k++) {
                String w = tokens.get(k).text();
                if (!Shape.isWord(w) || !Character.isLowerCase(w.codePointAt(0)))
                    break;
                EntityType d = lexicon.cue(Lexicon.Cue.DESCRIPTOR, w);
                if (d == EntityType.Product || d == EntityType.Program || d == EntityType.Law || d == EntityType.NamedEvent
                        || d == EntityType.Location) {
                    v.add(d, 3); // "the Khurais oil field"
                    break;
                }
                if ((d == EntityType.Company || d == EntityType.Organization) && k == to && b >= 0
                        && OWNERS.contains(tokens.get(b).text())) {
                    v.add(d, 2); // "its Netto chain", "the Kaufland chain"
                    break;
                }
                if (ENDS_NOUNS.contains(w) || w.endsWith("ed"))
                    break; // "Senators condemned the act": a verb ends the noun phrase

            }
        }
        return v;
    }

    /** Words for people who work for firms, besides titles of posts: "a trader at Gartmore". */
    private static final Set<String> FIRM_POSTS = Set.of("analysts", "economists", "trader", "banker", "broker");
    /** Titles held in universities, institutes and newsrooms rather than firms: "a professor at Columbia". */
    private static final Set<String> SCHOLARS = Set.of("professor", "lecturer", "researcher", "fellow", "scientist",
            "academic", "editor", "correspondent", "reporter", "journalist", "columnist", "student", "scholar");
    /** Words that end the noun phrase of a title before "at": verbs and conjunctions. */
    private static final Set<String> CLAUSE_WORDS = Set.of("was", "is", "were", "are", "be", "while", "when", "who",
            "and", "but", "the", "a", "an", "to", "as");
    /** Words after a title that name where the post is held: "analyst at", "head of equity research at". */
    private static final Set<String> EMPLOYED = Set.of("at", "with");

    /**
     * "an analyst at DBS Vickers", "vice president of search properties at Ask Jeeves": a name
     * after a lower-case title and "at" or "with" is where the post is held, an organisation.
     */
    private void employer(List<Token> tokens, int b, Votes v) {
        if (b < 1 || !EMPLOYED.contains(tokens.get(b).text()))
            return;
        for (int k = b - 1; k >= Math.max(0, b - 6); k--) {
            String w = tokens.get(k).text();
            if (!Shape.isWord(w) || !Character.isLowerCase(w.codePointAt(0)) || w.endsWith("ing") || w.endsWith("ed")
                    || CLAUSE_WORDS.contains(w))
                return; // "an engineer was killed while working at Waterloo station": no post held there
            if (k == b - 1 && lexicon.isTitleHead(w) && lexicon.post(w) == Lexicon.Post.STATE)
                return; // "the ambassador at the UN", "the minister at Tarnow": a state's post, held anywhere
            if (lexicon.isTitleHead(w) || FIRM_POSTS.contains(w)) {
                v.add(SCHOLARS.contains(w) ? EntityType.Organization : EntityType.Company, 4);
                return;
            }
        }
    }

    /** "German firms including Deutsche Bahn, Deutsche Telekom and Siemens": the descriptor types every name of the list. */
    private void listedAfter(List<Token> tokens, int from, Votes v) {
        for (int k = from - 1; k >= Math.max(1, from - 16); k--) {
            String w = tokens.get(k).text();
            if (w.equals("including") || w.equals("like") || w.equals("as") && tokens.get(k - 1).text().equals("such")) {
                int d = w.equals("as") ? k - 2 : k - 1;
                if (d >= 0) {
                    String noun = tokens.get(d).text();
                    EntityType t = lexicon.cue(Lexicon.Cue.DESCRIPTOR, noun);
                    if (t == null && noun.endsWith("s"))
                        t = lexicon.cue(Lexicon.Cue.DESCRIPTOR, noun.substring(0, noun.length() - 1));
                    if (t != null && Character.isLowerCase(noun.charAt(0)))
                        v.add(t, 3);
                }
                return;
            }
            if (!(w.equals(",") || w.equals("and") || Shape.isNameLike(w) || Shape.PARTICLES.contains(w)))
                return;
        }
    }

    /** Nouns of organisations that a state's name before them makes state bodies. */
    private static final Set<String> STATE_BODIES = Set.of("agency", "authority", "regulator", "watchdog", "office",
            "body", "commission");

    /** The last lower-case word of the noun phrase after the determiner at k. */
    private static int lastWord(List<Token> tokens, int k) {
        int last = k;
        for (int i = k + 1; i < Math.min(tokens.size(), k + 6); i++) {
            String x = tokens.get(i).text();
            if (Shape.isWord(x) && Character.isLowerCase(x.codePointAt(0)))
                last = i;
            else if (!Shape.isCapitalized(x))
                break;
        }
        return last;
    }

    /** Words before a name that make a noun after it its description: "its Netto chain". */
    private static final Set<String> OWNERS = Set.of("the", "its", "their", "'s", "’s", "his", "her");

    /** Words that end the noun phrase after a name. */
    private static final Set<String> ENDS_NOUNS = Set.of("the", "a", "an", "to", "of", "in", "on", "at", "for", "by",
            "with", "and", "or", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says");

    private static final Set<String> REPORTS = Set.of("reported", "reports", "reporting", "published", "broadcast");

    /** ", a politician in Austria", ", who", ", 45,", ", Brazil" after a name. */
    private void apposition(List<Token> tokens, int k, Mention[] catalogAt, Votes v) {
        String w = tokens.get(k).text();
        if (w.equals("who"))
            v.add(EntityType.Person, 3);
        else if (w.matches("\\d{2}") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(","))
            v.add(EntityType.Person, 3);
        else if (catalogAt[k] != null && catalogAt[k].kind() == Mention.Kind.NAME
                && (catalogAt[k].type() == EntityType.Country || catalogAt[k].type() == EntityType.Location))
            v.add(EntityType.Location, 2); // "São Paulo, Brazil"
        else if (w.equals("a") || w.equals("an") || w.equals("the")) {
            // the last noun of the phrase is its head: "an airport protocol officer", "the Polish anti-monopoly agency"
            EntityType head = null;
            boolean ofState = false;
            for (int i = k + 1; i < Math.min(tokens.size(), k + 6); i++) {
                String x = tokens.get(i).text();
                Mention m = catalogAt[i];
                if (m != null && (m.type() == EntityType.Country || m.kind() == Mention.Kind.DEMONYM)) {
                    ofState = true;
                    continue;
                }
                if (!Shape.isWord(x) || !Character.isLowerCase(x.codePointAt(0)))
                    break;
                EntityType described = lexicon.descriptor(tokens.get(i - 1).text(), x);
                if (lexicon.isTitleHead(x))
                    head = EntityType.Person;
                else if (described != null)
                    head = described; // "a news agency", "a think tank"
                else if (head != null)
                    break;
            }
            if (head == EntityType.Organization && ofState && STATE_BODIES.contains(tokens.get(lastWord(tokens, k)).text()))
                head = EntityType.GovernmentBody; // "UOKiK, the Polish anti-monopoly agency"
            v.add(head, 3);
        }
    }
}
