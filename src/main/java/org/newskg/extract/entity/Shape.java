package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.Token;

/** The typographic shape of a token: what makes it look like part of a name. */
final class Shape {

    private Shape() {}

    /** Lower-case words that join the parts of a name: "Bank of England", "Ursula von der Leyen". */
    static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
            "la", "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu");

    /** Honorifics and military ranks written before a name. */
    static final Set<String> HONORIFICS = org.newskg.extract.lexicon.Lexicon.HONORIFICS;

    /** Legal forms of companies, which may follow the name after a comma: "Acme, Inc.". */
    static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "L.L.C.", "plc", "PLC", "Plc",
            "Co.", "Corp.", "Corp", "S.A.", "SA", "AG", "GmbH", "N.V.", "NV", "B.V.", "SE", "SpA", "S.p.A.", "AB", "ASA",
            "Oyj", "KK", "Kft.", "Zrt.", "Nyrt.", "Bhd", "Pte", "Pty", "LLP", "LP");

    /** Top-level domains of news sites named by their address: "oe24.at", "UOL.com.br". */
    static final Set<String> DOMAINS = Set.of("com", "org", "net", "info", "news", "io", "tv", "at", "de", "uk",
            "br", "fr", "it", "es", "ru", "cn", "jp", "in", "au", "ca", "nl", "ch", "pl", "hu", "cz", "co", "gov", "edu");

    /** Days and months: capitalised, but time, not names. */
    static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    static final Set<String> FEMALE_HONORIFICS = Set.of("Mrs", "Mrs.", "Ms", "Ms.", "Dame", "Lady", "Mme", "Frau");

    /** Starts with an upper-case letter: "Huawei", "U.S.", "Glawischnig-Piesczek". */
    static boolean isCapitalized(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /** Every letter upper case, with at least two letters: "NATO", "U.S.". */
    static boolean isAllCaps(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c))
                    return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Looks like a word of a name: capitalised ("Huawei"), camel case ("iPhone", "eBay"), an Arabic
     * article glued to a capitalised name ("al-Assad"), or a letter-digit code that contains a capital ("5G", "S10").
     */
    static boolean isNameLike(String t) {
        if (t.isEmpty() || !Character.isLetterOrDigit(t.codePointAt(0)))
            return false;
        if (isCapitalized(t))
            return true;
        if (Character.isDigit(t.charAt(0)))
            return t.length() <= 5 && t.matches("\\d+\\p{Lu}[\\p{L}\\d]*"); // "5G", "3GPP"
        if (Character.isLowerCase(t.charAt(0))) {
            int dash = t.indexOf('-');
            if (dash > 0 && dash < 4 && dash + 1 < t.length() && Character.isUpperCase(t.charAt(dash + 1)))
                return true; // al-Assad, el-Sisi
            for (int i = 1; i < t.length(); i++)
                if (Character.isUpperCase(t.charAt(i)))
                    return i <= 2; // iPhone, eBay, but not "macOS"-like words from prose
        }
        return false;
    }

    /** A single capital, the initial of a name: "F" in "John F. Kennedy". */
    static boolean isInitial(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++)
            if (Character.isDigit(t.charAt(i)))
                return true;
        return false;
    }

    static boolean isWord(String t) {
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    /** Punctuation after which a capital may just open a sentence or a quotation. */
    static boolean opensClause(String t) {
        return switch (t) {
            case "\"", "“", "‘", "'", "(", "[", "—", "–", "-", ":", ";", "•", "…", ".", "«", "„" -> true;
            default -> false;
        };
    }

    /** Quotation marks. */
    static boolean isQuote(String t) {
        return switch (t) {
            case "\"", "“", "”", "‘", "’", "'", "«", "»", "„" -> true;
            default -> false;
        };
    }

    /** Words after a hyphen that make a compound an adjective, not a name: "Luxembourg-based". */
    private static final Set<String> COMPOUND_ADJECTIVES = Set.of("based", "owned", "born", "led", "backed", "made",
            "run", "funded", "controlled", "linked", "listed", "registered", "headquartered", "style", "era", "like",
            "bound", "focused", "oriented", "speaking", "educated", "trained", "designed", "built", "produced",
            "friendly", "wide", "specific", "related", "allied", "aligned", "supported", "sponsored", "affiliated",
            "majority", "dominated", "inhabited", "winning", "nominated", "occupied", "held", "administered");

    /** A weekday, or a month before a day or year: time, not a name ("Monday", "March 14", "Oct."). */
    static boolean isDate(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!Shape.CALENDAR.contains(t))
            return false;
        if (t.endsWith("day") || t.endsWith("."))
            return true;
        return i + 1 < tokens.size() && Shape.hasDigit(tokens.get(i + 1).text());
    }

    /** The end of a web address used as a name ("oe24.at", "UOL.com.br") that starts at i, or i + 1. */
    static int domainEnd(List<Token> tokens, int i) {
        int j = i + 1;
        while (j + 1 < tokens.size() && tokens.get(j).text().equals(".") && tokens.get(j).start() == tokens.get(j - 1).end()
                && tokens.get(j + 1).start() == tokens.get(j).end() && Shape.DOMAINS.contains(tokens.get(j + 1).text()))
            j += 2;
        return Shape.isWord(tokens.get(i).text()) || Shape.hasDigit(tokens.get(i).text()) ? j : i + 1;
    }

    /** The last word of a name before its number: "Act" of "Republic Act No. 3846", else the last word. */
    static int beforeNumber(List<Token> tokens, int from, int to) {
        int k = to - 1;
        if (k > from && hasDigit(tokens.get(k).text())) {
            k--;
            if (k > from && isNumberSign(tokens.get(k).text()))
                k--;
        }
        return k;
    }

    static boolean isNumberSign(String t) {
        return t.equals("No.") || t.equals("No") || t.equals("Number");
    }

    static boolean isCompoundAdjective(String t) {
        int dash = t.lastIndexOf('-');
        return dash > 0 && COMPOUND_ADJECTIVES.contains(t.substring(dash + 1).toLowerCase());
    }

    /**
     * The token before the first "of", "for" or "on" of a name ("Court" in "Supreme Court of
     * Justice", "Commission" in "Commission on International Religious Freedom"), or -1.
     */
    static int headBeforeOf(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++)
            if (tokens.get(i).text().equals("of") || tokens.get(i).text().equals("for") || tokens.get(i).text().equals("on"))
                return i - 1;
        return -1;
    }
}
