package org.newskg.extract.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.fact.EntityType;

/**
 * The words that mark a name's type, read from the sections of {@code type-words.txt} in file
 * order. A word listed in two sections of the same position ("Centre" as an organisation's and a
 * place's head) takes the type of the first section that lists it, so the file states the priority.
 */
final class TypeWords {

    private TypeWords() {}

    /**
     * The type each word marks in each position, from the lines of a type-words file ("[Company
     * suffix]", "[descriptor Person]" headers, words separated by spaces). Descriptors are kept in
     * lower case.
     */
    static Map<Lexicon.Cue, Map<String, EntityType>> parse(String file, List<String> lines) {
        Map<Lexicon.Cue, Map<String, EntityType>> cues = new EnumMap<>(Lexicon.Cue.class);
        for (Lexicon.Cue c : Lexicon.Cue.values())
            cues.put(c, new HashMap<>());
        Lexicon.Cue cue = null;
        EntityType type = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1);
                String[] parts = section.split(" ");
                if (parts.length != 2)
                    throw new IllegalArgumentException(file + ": section [" + section + "] should be [TYPE ROLE] or [descriptor TYPE]");
                boolean descriptor = parts[0].equals("descriptor");
                type = EntityType.parse(descriptor ? parts[1] : parts[0]);
                cue = switch (descriptor ? "descriptor" : parts[1]) {
                    case "suffix", "head" -> Lexicon.Cue.HEAD;
                    case "first" -> Lexicon.Cue.FIRST;
                    case "descriptor" -> Lexicon.Cue.DESCRIPTOR;
                    default -> throw new IllegalArgumentException(file + ": unknown section [" + section
                            + "]; the role should be suffix, head, first or descriptor");
                };
                continue;
            }
            if (cue == null)
                throw new IllegalArgumentException(file + ": words before the first [section]");
            for (String w : line.split("\\s+"))
                if (!w.isEmpty())
                    cues.get(cue).putIfAbsent(cue == Lexicon.Cue.DESCRIPTOR ? w.toLowerCase(Locale.ROOT) : w, type);
        }
        return cues;
    }
}
