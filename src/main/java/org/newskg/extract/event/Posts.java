package org.newskg.extract.event;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.fact.Entity;
import org.newskg.fact.EventType;
import org.newskg.fact.Role;

/**
 * The organisation of an appointment or a departure that its sentence leaves unsaid, from the
 * posts the article gives the person ("Governor Ricardo Rosselló" holds the governorship of
 * Puerto Rico): the post whose title the event names, else the person's only post.
 */
final class Posts {

    private static final Set<EventType> TYPES = Set.of(EventType.Appointment, EventType.Departure);

    private Posts() {}

    static void complete(Candidate c, AnnotatedArticle doc) {
        if (!TYPES.contains(c.type) || c.has("organization"))
            return;
        List<String> titles = c.phrases.getOrDefault("title", List.of());
        for (Entity person : c.role("person")) {
            List<Role> posts = doc.roles().stream().filter(r -> r.person().equals(person)).toList();
            Role chosen = null;
            for (Role r : posts)
                if (chosen == null && titles.stream().anyMatch(t -> sharesWord(t, r.title())))
                    chosen = r;
            if (chosen == null && titles.isEmpty() && posts.stream().map(Role::organization).distinct().count() == 1)
                chosen = posts.get(0);
            if (chosen == null)
                continue;
            c.add("organization", chosen.organization());
            if (titles.isEmpty() && chosen.title() != null)
                c.addPhrase("title", chosen.title());
        }
    }

    private static boolean sharesWord(String a, String b) {
        if (a == null || b == null)
            return false;
        Set<String> words = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+"))); // "secretary of state of X" repeats words
        for (String w : b.toLowerCase(Locale.ROOT).split("\\W+"))
            if (w.length() > 2 && words.contains(w))
                return true;
        return false;
    }
}
