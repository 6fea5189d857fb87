package org.newskg.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.Sentence;
import org.newskg.extract.entity.MentionIndex;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Relation;

/**
 * Reads the relations an article states or directly implies between its entities, sentence by
 * sentence, with one pattern class per way of stating them. Each relation is kept once, with the
 * first sentence that states it as evidence.
 */
public final class RelationExtractor implements Extractor {

    private final List<RelationPattern> patterns;

    public RelationExtractor(Catalog catalog, Lexicon lexicon) {
        this.patterns = List.of(new BasedIn(lexicon), new Membership(), new Subsidiary(), new Makes(catalog), new Operates(),
                new Nationality(lexicon));
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        MentionIndex index = MentionIndex.of(doc);
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            Clause clause = new Clause(doc, index, s);
            if (clause.size() == 0)
                continue;
            List<Relation> found = new ArrayList<>();
            for (RelationPattern p : patterns)
                p.find(clause, found);
            add(doc, found, seen);
        }
        add(doc, NamedParts.find(doc), seen);
    }

    private static void add(AnnotatedArticle doc, List<Relation> found, Set<String> seen) {
        for (Relation r : found)
            if (!r.subject().equals(r.object())
                    && seen.add(r.subject().name() + "\u001f" + r.predicate() + "\u001f" + r.object().name()))
                doc.addRelation(r);
    }
}
