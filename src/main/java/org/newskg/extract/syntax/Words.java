package org.newskg.extract.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes of English and a lexicon of common verbs with their forms: enough to
 * chunk news sentences without a statistical tagger. Every lookup is a hash lookup.
 */
public final class Words {

    private Words() {}

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "some", "any", "no",
            "every", "each", "all", "both", "either", "neither", "another", "other", "such", "several", "many",
            "few", "more", "most", "much", "certain", "various", "whose");

    /** Possessive pronouns: determiners that also name a referent. */
    static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my", "your");

    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them", "us",
            "me", "himself", "herself", "itself", "themselves", "there", "one");

    static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "against", "over", "under", "about", "during", "between", "among", "amongst", "through",
            "across", "toward", "towards", "within", "without", "via", "per", "amid", "despite", "upon", "behind",
            "beyond", "near", "around", "outside", "inside", "following", "regarding", "concerning", "including",
            "like", "except", "until", "till", "throughout", "along", "above", "below", "off", "out", "up",
            "down", "since", "before", "after", "to", "than", "unlike", "versus", "vs", "vs.", "v.", "as");

    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "plus", "&");

    static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "because", "although", "though",
            "while", "when", "whereas", "unless", "as", "where", "whereby", "once", "so", "since", "after",
            "before", "until", "whenever", "wherever", "why", "how", "what", "whatever");

    static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

    /** Forms of be and have, and do. */
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s",
            "’s", "'re", "’re", "has", "have", "had", "having", "'ve", "’ve", "do", "does", "did", "get", "got",
            "gets", "getting");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s",
            "'re", "’re", "get", "got", "gets", "getting");

    static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should",
            "must", "'ll", "’ll", "'d", "’d", "wo", "ca");

    static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "no longer");

    static final Set<String> ADVERBS = Set.of("also", "already", "still", "just", "even", "only", "then", "now",
            "later", "earlier", "soon", "again", "further", "ever", "too", "very", "quite", "rather", "almost",
            "nearly", "perhaps", "maybe", "reportedly", "allegedly", "publicly", "repeatedly", "officially",
            "quietly", "jointly", "recently", "previously", "formally", "effectively", "immediately", "instead",
            "however", "meanwhile", "moreover", "indeed", "thus", "therefore", "once", "twice", "often", "always",
            "sometimes", "here", "yesterday", "today", "tomorrow", "first", "finally", "ago", "long", "well",
            "heavily", "fully", "simply", "together", "away", "back", "abroad", "overseas", "home", "onstage");

    /** Words in -ly that are not adverbs. */
    private static final Set<String> NOT_ADVERBS = Set.of("italy", "july", "family", "ally", "rally", "supply",
            "reply", "assembly", "early", "only", "fly", "apply", "monopoly", "anomaly", "bully", "belly", "jelly",
            "daily", "weekly", "monthly", "yearly", "friendly", "elderly", "likely", "unlikely", "holy", "lonely",
            "deadly", "costly", "timely", "orderly", "kelly", "emily", "sally", "billy", "molly", "ely", "lily");

    /** Particles that belong to the verb before them: "stepped down", "turned up". */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "over", "away");

    private static final Map<String, String> VERB_BASE = load();

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Words of a noun phrase that only says when: "last month", "this week", "Monday". */
    private static final Set<String> TIME_WORDS = Set.of("last", "this", "next", "that", "the", "earlier", "later",
            "same", "previous", "following", "week", "weeks", "month", "months", "year", "years", "weekend", "night",
            "morning", "afternoon", "evening", "day", "days", "summer", "winter", "spring", "autumn", "decade",
            "quarter");

    /** Whether the lower-cased word may stand in a phrase that only says when ("last month"). */
    static boolean isTimeWord(String lower) {
        return TIME_WORDS.contains(lower) || CALENDAR.contains(lower);
    }

    /** Nouns of office, capitalised in titles ("the Prime Minister") but no names. */
    static final Set<String> OFFICES = Set.of("president", "minister", "secretary", "chancellor", "governor",
            "ambassador", "director", "chairman", "chairwoman", "senator", "judge", "prime", "deputy", "chief",
            "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "mayor",
            "commissioner", "attorney", "general", "premier", "speaker", "leader", "officer", "executive",
            "ceo", "founder", "head", "envoy", "rapporteur", "prosecutor", "justice", "emperor", "pope");

    /** Whether the lower-cased word is a function word, a known verb, an adverb or a calendar word. */
    public static boolean isCommon(String lower) {
        return DETERMINERS.contains(lower) || POSSESSIVES.contains(lower) || PRONOUNS.contains(lower)
                || PREPOSITIONS.contains(lower) || CONJUNCTIONS.contains(lower) || SUBORDINATORS.contains(lower)
                || RELATIVES.contains(lower) || AUXILIARIES.contains(lower) || MODALS.contains(lower)
                || isAdverb(lower) || isVerb(lower) || CALENDAR.contains(lower);
    }

    /** Whether the word is a form of a known verb. */
    public static boolean isVerb(String lower) {
        return VERB_BASE.containsKey(lower);
    }

    /** The base form of a known verb form ("brought" -> "bring"), or {@code null}. */
    public static String verbBase(String lower) {
        return VERB_BASE.get(lower);
    }

    static boolean isAdverb(String lower) {
        return ADVERBS.contains(lower)
                || (lower.length() > 4 && lower.endsWith("ly") && !NOT_ADVERBS.contains(lower));
    }

    /** Whether the verb form is a past participle or past tense ("banned", "brought"). */
    static boolean isParticiple(String lower) {
        if (lower.endsWith("ed"))
            return true;
        String base = VERB_BASE.get(lower);
        return base != null && !lower.equals(base) && !lower.endsWith("s") && !lower.endsWith("ing");
    }

    private static Map<String, String> load() {
        Map<String, String> forms = new HashMap<>();
        InputStream in = Words.class.getResourceAsStream("verbs.txt");
        if (in == null)
            throw new IllegalStateException("resource org/newskg/extract/syntax/verbs.txt is missing from the build");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#"))
                    continue;
                String[] parts = line.split(":", 2);
                String base = parts[0].strip();
                for (String form : regularForms(base))
                    forms.putIfAbsent(form, base);
                if (parts.length > 1)
                    for (String form : parts[1].strip().split("\\s+"))
                        forms.put(form, base);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verbs.txt", e);
        }
        return Map.copyOf(forms);
    }

    /** -s, -ed and -ing forms, with and without a doubled final consonant ("ban", "banned"). */
    static Set<String> regularForms(String base) {
        Set<String> out = new HashSet<>();
        out.add(base);
        char last = base.charAt(base.length() - 1);
        boolean consonantY = last == 'y' && base.length() > 1 && !isVowel(base.charAt(base.length() - 2));
        if (consonantY) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(base + "ing");
            return out;
        }
        boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z") || base.endsWith("o");
        out.add(base + (sibilant ? "es" : "s"));
        if (last == 'e') {
            out.add(base + "d");
            out.add(base.endsWith("ee") ? base + "ing" : base.substring(0, base.length() - 1) + "ing");
        } else {
            out.add(base + "ed");
            out.add(base + "ing");
            if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y' && base.length() > 2
                    && isVowel(base.charAt(base.length() - 2)) && !isVowel(base.charAt(base.length() - 3))) {
                out.add(base + last + "ed");
                out.add(base + last + "ing");
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
