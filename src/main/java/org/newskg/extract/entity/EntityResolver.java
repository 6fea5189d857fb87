package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Mention;
import org.newskg.fact.Entity;
import org.newskg.fact.Span;

/**
 * Resolves mentions to entities: mentions with the same key are one entity, named by its
 * canonical name, with every other surface form the article used as an alias. Pronouns and
 * descriptions refer to entities but do not make them.
 */
public final class EntityResolver implements Extractor {

    @Override
    public String name() {
        return "entity-resolver";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        doc.mentions().stream()
                .filter(m -> m.kind().names())
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Mention>> group : byKey.entrySet()) {
            List<Mention> mentions = group.getValue();
            Mention first = mentions.get(0);
            String name = first.canonical();
            Set<String> aliases = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            String wikidata = null;
            for (Mention m : mentions) {
                if (!m.surface().equals(name))
                    aliases.add(m.surface());
                spans.add(m.span());
                if (wikidata == null)
                    wikidata = m.wikidata();
            }
            doc.addEntity(new Entity(name, first.type(), List.copyOf(aliases), wikidata, spans), Set.of(group.getKey()));
        }
    }
}
