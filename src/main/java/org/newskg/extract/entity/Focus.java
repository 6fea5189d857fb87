package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.fact.Entity;

/**
 * The entity an article is about at a point of its text: among the entities of a kind named so
 * far, the one named most often, the most recent on a tie. "The company" in a story about Huawei
 * is Huawei; an unattributed "rotating chairman" is Huawei's.
 */
public final class Focus {

    private final AnnotatedArticle doc;
    private final List<Mention> names = new ArrayList<>();

    public Focus(AnnotatedArticle doc) {
        this.doc = doc;
        for (Mention m : doc.mentions())
            if (m.kind().names() && doc.entityOf(m) != null)
                names.add(m);
        names.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /** The mention that best stands for the entity in focus before {@code offset}, or null. */
    public Mention before(int offset, Predicate<Entity> kind) {
        List<Entity> seen = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Mention> last = new ArrayList<>();
        for (Mention m : names) {
            if (m.span().start() >= offset)
                break;
            Entity e = doc.entityOf(m);
            if (!kind.test(e))
                continue;
            int i = seen.indexOf(e);
            if (i < 0) {
                seen.add(e);
                counts.add(1);
                last.add(m);
            } else {
                counts.set(i, counts.get(i) + 1);
                last.set(i, m);
            }
        }
        Mention best = null;
        int bestCount = 0;
        for (int i = 0; i < seen.size(); i++)
            if (counts.get(i) > bestCount || (counts.get(i) == bestCount && last.get(i).span().start() > best.span().start())) {
                best = last.get(i);
                bestCount = counts.get(i);
            }
        return best;
    }

    /** The entity in focus in the whole article. */
    public Mention overall(Predicate<Entity> kind) {
        return before(Integer.MAX_VALUE, kind);
    }
}
