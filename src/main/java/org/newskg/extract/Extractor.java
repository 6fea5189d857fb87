package org.newskg.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline: reads the layers it requires from an article and adds the
 * layers it produces, never rewriting what others added. Implementations hold no per-article
 * state, so one instance serves every thread.
 */
public interface Extractor {

    /** Stable kebab-case name, recorded as provenance on every fact the extractor adds. */
    String name();

    /** The layers that must be present before this extractor runs. */
    default Set<Layer> requires() {
        return Set.of();
    }

    /** The layers this extractor adds. */
    Set<Layer> produces();

    /** Adds this extractor's annotations to the article. */
    void extract(AnnotatedArticle doc);
}
