package org.newskg.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.fact.EntityType;

/**
 * The word lists that tell names from words and type them: common English words, given names
 * (with gender) and family names of many cultures, titles of posts, and the words that mark a
 * name's type. Read once from the text files beside this class.
 */
public final class Lexicon {

    /** Honorifics and military ranks written before a name: "Dr", "Gen.". */
    public static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame",
            "Lord", "Lady", "Prof", "Prof.", "Rev", "Rev.", "Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.", "Gen", "Gen.",
            "Lt", "Lt.", "Col", "Col.", "Capt", "Capt.", "Adm", "Adm.", "Maj", "Maj.", "Sgt", "Sgt.", "Cmdr", "Cmdr.",
            "Sheikh", "Sheik", "Mme", "Herr", "Frau", "Messrs", "Honorable", "Honourable", "Hon", "Hon.");

    /** The gender a given name or honorific suggests. */
    public enum Gender { MALE, FEMALE, UNKNOWN }

    /** What kind of post a title's head word names. */
    public enum Post {
        /** an office of a state: "president", "minister", "ambassador" */
        STATE,
        /** an office of a company: "chairman", "chief executive" */
        CORPORATE,
        /** a trade, which says nothing of whom one serves: "lawyer", "analyst" */
        OCCUPATION,
        /** any other post: "director", "spokesperson" */
        OTHER
    }

    /** Where a type word stands relative to a name. */
    public enum Cue {
        /** last word of a name: "Group", "Ministry", "Act" */
        HEAD,
        /** first word of a name: "Ministry of ...", "Mount ..." */
        FIRST,
        /** a noun before the name or in apposition: "firm", "airline", "newspaper" */
        DESCRIPTOR
    }

    private static volatile Lexicon bundled;

    private final Set<String> common;
    private final Map<String, Gender> given;
    private final Set<String> surnames;
    private final Set<String> titleHeads;
    private final Set<String> titleModifiers;
    private final Set<List<String>> multiwordTitles;
    private final Map<Cue, Map<String, EntityType>> cues;
    private final Map<String, Post> posts;

    private Lexicon(Set<String> common, Map<String, Gender> given, Set<String> surnames, Set<String> titleHeads,
                    Set<String> titleModifiers, Set<List<String>> multiwordTitles, Map<Cue, Map<String, EntityType>> cues,
                    Map<String, Post> posts) {
        this.common = common;
        this.given = given;
        this.surnames = surnames;
        this.titleHeads = titleHeads;
        this.titleModifiers = titleModifiers;
        this.multiwordTitles = multiwordTitles;
        this.cues = cues;
        this.posts = posts;
    }

    /** The lists shipped with NewsKG (loaded once). */
    public static Lexicon english() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (bundled == null)
                    bundled = load();
                l = bundled;
            }
        }
        return l;
    }

    private static Lexicon load() {
        Set<String> common = new HashSet<>();
        for (String line : lines("common-words.txt"))
            for (String w : line.split("\\s+"))
                common.add(w.toLowerCase(Locale.ROOT));
        Map<String, Gender> given = new HashMap<>();
        words("given-names-male.txt").forEach(w -> given.put(w, Gender.MALE));
        for (String w : words("given-names-female.txt"))
            given.merge(w, Gender.FEMALE, (a, b) -> a == b ? a : Gender.UNKNOWN);
        for (String w : words("given-names.txt"))
            given.put(w, Gender.UNKNOWN);
        Set<String> surnames = new HashSet<>(words("surnames.txt"));
        Map<String, List<String>> titles = sections("titles.txt");
        Set<String> heads = lower(titles.get("head"));
        Set<String> modifiers = lower(titles.get("modifier"));
        Map<String, Post> posts = new HashMap<>();
        for (Post p : List.of(Post.STATE, Post.CORPORATE, Post.OCCUPATION))
            for (String w : lower(titles.get(p.name().toLowerCase(Locale.ROOT))))
                posts.putIfAbsent(w, p);
        Set<List<String>> multiword = new HashSet<>();
        for (String t : titles.getOrDefault("multiword", List.of()))
            multiword.add(List.of(t.toLowerCase(Locale.ROOT).split(" ")));
        Map<Cue, Map<String, EntityType>> cues = TypeWords.parse("type-words.txt", lines("type-words.txt"));
        return new Lexicon(Set.copyOf(common), Map.copyOf(given), Set.copyOf(surnames), heads, modifiers,
                Set.copyOf(multiword), cues, Map.copyOf(posts));
    }

    /** Whether the word, in any case, is a common English word rather than a name. */
    public boolean isCommon(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a common word or the plural of one ("Hundreds", "Companies"). */
    public boolean isCommonOrPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (common.contains(w))
            return true;
        if (w.length() > 4 && w.endsWith("ies") && common.contains(w.substring(0, w.length() - 3) + "y"))
            return true; // "companies"
        return w.length() > 3 && w.endsWith("s") && (common.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && common.contains(w.substring(0, w.length() - 2))); // "hundreds", "taxes"
    }

    public boolean isGivenName(String word) {
        return given.containsKey(word);
    }

    /** The gender a given name suggests; UNKNOWN when it is not listed or is used for both. */
    public Gender gender(String givenName) {
        return given.getOrDefault(givenName, Gender.UNKNOWN);
    }

    public boolean isSurname(String word) {
        return surnames.contains(word);
    }

    /** Whether the word, in any case, can be the head of a title: "minister", "chairman". */
    public boolean isTitleHead(String word) {
        return titleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, in any case, can modify a title: "former", "deputy", "foreign". */
    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The longest multi-word title that the words at {@code from} start, in tokens, or 0. */
    public int multiwordTitleAt(List<String> words, int from) {
        int best = 0;
        for (int len = 2; len <= 5 && from + len <= words.size(); len++) {
            List<String> slice = new ArrayList<>(len);
            for (int i = from; i < from + len; i++)
                slice.add(words.get(i).toLowerCase(Locale.ROOT));
            if (multiwordTitles.contains(slice))
                best = len;
        }
        return best;
    }

    /** The kind of post a title's head word names, in any case. */
    public Post post(String head) {
        return posts.getOrDefault(head.toLowerCase(Locale.ROOT), Post.OTHER);
    }

    /** The type a word marks in that position, or {@code null}. Descriptors are matched in lower case. */
    public EntityType cue(Cue cue, String word) {
        return cues.get(cue).get(cue == Cue.DESCRIPTOR ? word.toLowerCase(Locale.ROOT) : word);
    }

    /**
     * The type a descriptor marks, read with the word before it so that two-word descriptors
     * listed with a hyphen count ("think tank" as "think-tank"), or {@code null}.
     */
    public EntityType descriptor(String previous, String word) {
        EntityType compound = previous == null ? null : cue(Cue.DESCRIPTOR, previous + "-" + word);
        return compound != null ? compound : cue(Cue.DESCRIPTOR, word);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words != null)
            for (String line : words)
                for (String w : line.split("\\s+"))
                    out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (String line : lines(file))
            for (String w : line.split("\\s+"))
                if (!w.isEmpty())
                    out.add(w);
        return out;
    }

    /** Lines grouped under their "[section]" header; multiword sections keep whole lines. */
    private static Map<String, List<String>> sections(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String section = null;
        for (String line : lines(file)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                out.computeIfAbsent(section, k -> new ArrayList<>());
            } else if (section == null) {
                throw new IllegalArgumentException(file + ": words before the first [section]");
            } else if (section.equals("multiword")) {
                out.get(section).add(line);
            } else {
                for (String w : line.split("\\s+"))
                    out.get(section).add(w);
            }
        }
        return out;
    }

    /** The non-blank lines of a list file, comments ("# ...") removed. */
    private static List<String> lines(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(file);
        if (in == null)
            throw new IllegalStateException("word list " + file + " is missing from the classpath beside " + Lexicon.class.getName());
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0)
                    line = line.substring(0, hash);
                line = line.strip();
                if (!line.isEmpty())
                    out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + file, e);
        }
        return out;
    }
}
