package org.newskg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.fact.Event;
import org.newskg.fact.PartialDate;
import org.newskg.vocab.NKG;

/**
 * Gives an article's events the IRIs of the same events already in a store, so the graph
 * records every article that reports an event: same type, same key participants, and
 * compatible dates (equal in every part both know, or one undated). Among several matches, a
 * dated report takes the one with its own date, an undated one the most recent. Use it inside
 * the transaction that writes the article.
 */
public final class EventLinker implements Function<Event, Node> {

    private final DatasetGraph store;
    private final String articleId;
    private final Map<Event, Node> linked = new HashMap<>();

    public EventLinker(DatasetGraph store, String articleId) {
        this.store = store;
        this.articleId = articleId;
    }

    /** IRIs by hash alone, for output without a store. */
    public static Function<Event, Node> unlinked(String articleId) {
        return e -> EventIdentity.iri(e, articleId);
    }

    @Override
    public Node apply(Event e) {
        return linked.computeIfAbsent(e, this::link);
    }

    private Node link(Event e) {
        Map<Node, Set<Node>> key = EventIdentity.key(e);
        if (!EventIdentity.hasKey(key))
            return EventIdentity.iri(e, articleId);
        Node identity = NodeFactory.createLiteralString(EventIdentity.keyString(e, key));
        Node best = null;
        Match bestMatch = null;
        for (Node candidate : candidates(identity)) {
            List<PartialDate> dates = datesOf(candidate);
            if (e.date() != null && !dates.stream().allMatch(d -> d.isCompatibleWith(e.date())))
                continue;
            Match m = new Match(e.date() != null && dates.contains(e.date()), dates.stream().max(PartialDate::compareTo).orElse(null));
            if (bestMatch == null || m.isBetterThan(bestMatch)) {
                best = candidate;
                bestMatch = m;
            }
        }
        return best != null ? best : EventIdentity.iri(e, articleId);
    }

    /** How well a stored event fits: it has the report's own date, and how recent it is. */
    private record Match(boolean sameDate, PartialDate latest) {
        boolean isBetterThan(Match o) {
            if (sameDate != o.sameDate)
                return sameDate;
            if (latest == null || o.latest == null)
                return o.latest == null && latest != null;
            return latest.compareTo(o.latest) > 0;
        }
    }

    /** Stored events with the same identity key (same type and key participants), in IRI order. */
    private Set<Node> candidates(Node identity) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        store.find(Node.ANY, Node.ANY, NKG.identityKey, identity).forEachRemaining(q -> {
            if (q.getSubject().isURI())
                out.add(q.getSubject());
        });
        return out;
    }

    private List<PartialDate> datesOf(Node event) {
        List<PartialDate> dates = new ArrayList<>();
        store.find(Node.ANY, event, NKG.date, Node.ANY).forEachRemaining((Quad q) -> {
            try {
                dates.add(PartialDate.parse(q.getObject().getLiteralLexicalForm()));
            } catch (IllegalArgumentException ignored) {
                // not a date NewsKG wrote; it cannot make the event incompatible
            }
        });
        return dates;
    }
}
