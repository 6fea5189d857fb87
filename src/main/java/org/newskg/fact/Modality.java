package org.newskg.fact;

/** How sure the article is that an event happened. */
public enum Modality {
    /** reported as having happened or being the case */
    asserted,
    /** claimed by someone, "alleged", "accused of", "reportedly" */
    alleged,
    /** the article reports a denial of it */
    denied,
    /** possible, planned, asked for, or conditional */
    hypothetical
}
