package org.newskg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;

/**
 * What identifies an event across articles: its type and its key participants (the plaintiff and
 * defendant of a lawsuit, the imposer and target of a sanction). Without a store to compare
 * with, the IRI is a hash of those and the date; {@link EventLinker} also joins an undated
 * report to a dated one.
 */
final class EventIdentity {

    private EventIdentity() {}

    /** The key participants: for each key role's property, the IRIs of its fillers. */
    static Map<Node, Set<Node>> key(Event e) {
        Map<Node, Set<Node>> key = new LinkedHashMap<>();
        for (String role : e.type().keyRoles()) {
            Set<Node> fillers = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Argument a : e.role(role))
                if (a.isEntity())
                    fillers.add(Iris.entity(a.entity()));
            key.put(Types.entityRole(role), fillers);
        }
        return key;
    }

    /** The key as a short string, written on each event (nkg:identityKey) so reports of it are found fast. */
    static String keyString(Event e, Map<Node, Set<Node>> key) {
        List<String> parts = new ArrayList<>();
        parts.add(e.type().name());
        key.forEach((p, fillers) -> parts.add(p.getURI() + "=" + fillers));
        return Iris.hash(String.join("\u001f", parts));
    }

    /** Whether any key participant is named; an event with none cannot be recognised elsewhere. */
    static boolean hasKey(Map<Node, Set<Node>> key) {
        return key.values().stream().anyMatch(s -> !s.isEmpty());
    }

    /**
     * The IRI minted for an event: a hash of its type, key participants and date; an event with
     * no named key participant is only ever this article's, so its place in the article counts too.
     */
    static Node iri(Event e, String articleId) {
        Map<Node, Set<Node>> key = key(e);
        List<String> parts = new ArrayList<>();
        parts.add(e.type().name());
        key.forEach((p, fillers) -> parts.add(p.getURI() + "=" + fillers));
        parts.add(e.date() == null ? "" : e.date().toString());
        if (!hasKey(key))
            parts.add(articleId + "@" + (e.evidence() == null ? "" : e.evidence().span().start()));
        return Iris.hashed("event", parts.toArray(String[]::new));
    }
}
