package org.newskg.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
        // names that differ only in case or punctuation ("GitHub", "Github") are one entity, the catalog's first
        Map<String, List<String>> keysByName = new LinkedHashMap<>();
        byKey.entrySet().stream()
                .sorted((a, b) -> Boolean.compare(!a.getKey().startsWith("catalog:"), !b.getKey().startsWith("catalog:")))
                .forEach(e -> keysByName.computeIfAbsent(fold(e.getValue().get(0).canonical()), k -> new ArrayList<>())
                        .add(e.getKey()));
        List<List<String>> groups = new ArrayList<>(keysByName.values());
        groups.sort(Comparator.comparing(keys -> keys.stream().map(k -> byKey.get(k).get(0).span()).min(Span::compareTo).get()));
        for (List<String> keys : groups) {
            List<Mention> mentions = new ArrayList<>();
            keys.forEach(k -> mentions.addAll(byKey.get(k)));
            Mention first = byKey.get(keys.get(0)).get(0);
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
            spans.sort(null);
            doc.addEntity(new Entity(name, first.type(), List.copyOf(aliases), wikidata, spans), Set.copyOf(keys));
        }
    }

    /** A name without case, accents and punctuation: the form entity identifiers are made from. */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
