package org.newskg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.fact.Argument;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Event;
import org.newskg.fact.Facts;
import org.newskg.fact.Quote;
import org.newskg.fact.Relation;
import org.newskg.fact.Role;

/**
 * Renames the long tail of a grown corpus: in every generation after the first, people,
 * companies, organisations, products, programmes, laws and named events get new names (a made-up
 * surname, or a made-up word added), so a store of 100,000 articles holds as many distinct
 * entities as real news would. Countries, international bodies, government bodies, places and
 * technologies keep their names: news keeps returning to them.
 */
final class Renamer {

    private static final Set<EntityType> RENAMED = Set.of(EntityType.Person, EntityType.Company,
            EntityType.Organization, EntityType.Product, EntityType.Program, EntityType.Law, EntityType.NamedEvent);
    private static final String[] SYLLABLES = {"ka", "lo", "ren", "mi", "sa", "to", "vel", "an", "dor", "is",
            "ma", "ber", "ti", "no", "gar", "el", "su", "wen", "ro", "fi"};

    private final int generation;
    private final Map<Entity, Entity> renamed = new HashMap<>();

    private Renamer(int generation) {
        this.generation = generation;
    }

    /** The facts with their long-tail entities renamed for the article's generation. */
    static Facts rename(Facts facts, int generation) {
        return generation == 0 ? facts : new Renamer(generation).apply(facts);
    }

    private Facts apply(Facts facts) {
        List<Entity> entities = facts.entities().stream().map(this::to).toList();
        List<Role> roles = facts.roles().stream()
                .map(r -> new Role(to(r.person()), r.title(), to(r.organization()), r.evidence())).toList();
        List<Relation> relations = facts.relations().stream()
                .map(r -> new Relation(to(r.subject()), r.predicate(), to(r.object()), r.evidence())).toList();
        List<Event> events = new ArrayList<>();
        for (Event e : facts.events()) {
            Map<String, List<Argument>> participants = new LinkedHashMap<>();
            e.participants().forEach((role, args) -> participants.put(role, args.stream()
                    .map(a -> a.isEntity() ? Argument.of(to(a.entity())) : a).toList()));
            events.add(new Event(e.type(), participants, e.date(), to(e.place()), e.modality(), e.evidence(),
                    e.confidence(), e.extractor()));
        }
        List<Quote> quotes = facts.quotes().stream()
                .map(q -> new Quote(to(q.speaker()), q.text(), q.span(), q.evidence())).toList();
        return new Facts(facts.article(), entities, roles, relations, events, quotes, facts.extractors());
    }

    /** The entity as renamed, the same object wherever the article refers to it. */
    private Entity to(Entity e) {
        return e == null ? null : renamed.computeIfAbsent(e, x -> rename(x, generation));
    }

    private static Entity rename(Entity e, int generation) {
        if (!RENAMED.contains(e.type()))
            return e;
        List<String> aliases = e.aliases().stream().map(a -> renameForm(a, e.type(), generation)).toList();
        return new Entity(renameForm(e.name(), e.type(), generation), e.type(), aliases, null, e.mentions());
    }

    /** A person keeps the first name and gets a new surname; anything else gets a word added. */
    static String renameForm(String form, EntityType type, int generation) {
        int space = form.lastIndexOf(' ');
        if (type == EntityType.Person && space > 0)
            return form.substring(0, space + 1) + word(form.substring(space + 1), generation);
        return form + " " + word(form, generation);
    }

    /** A made-up capitalised word, the same for the same seed and generation. */
    static String word(String seed, int generation) {
        int h = Math.floorMod((seed + "#" + generation).hashCode() * 0x9E3779B1, Integer.MAX_VALUE);
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 2 + h % 2; i < n; i++, h /= SYLLABLES.length)
            b.append(SYLLABLES[h % SYLLABLES.length]);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
