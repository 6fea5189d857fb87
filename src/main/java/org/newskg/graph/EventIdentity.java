package org.newskg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;

/**
 * The IRI of an event, shared by every article that reports it: events of the same type, with
 * the same key participants, in the same year (or both undated) are one event.
 */
final class EventIdentity {

    private EventIdentity() {}

    static Node iri(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.type().name());
        for (String role : e.type().keyRoles()) {
            List<String> fillers = new ArrayList<>();
            for (Argument a : e.role(role))
                fillers.add(a.isEntity() ? Iris.entity(a.entity()).getURI() : a.phrase().toLowerCase());
            fillers.sort(null);
            parts.add(role + "=" + String.join(",", fillers));
        }
        parts.add(e.date() == null ? "" : Integer.toString(e.date().year()));
        return Iris.hashed("event", parts.toArray(String[]::new));
    }
}
