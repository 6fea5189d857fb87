package org.newskg.extract;

/** An annotation layer of an {@link AnnotatedArticle}: what an extractor needs and adds. */
public enum Layer {
    /** where the news ends and comments or site boilerplate begin */
    BODY,
    /** sentence boundaries */
    SENTENCES,
    /** tokens with character offsets */
    TOKENS,
    /** entity mentions: spans typed and, where known, tied to a catalog entry */
    MENTIONS,
    /** entities: every mention resolved to one entity per article */
    ENTITIES,
    /** time expressions resolved against the publication date */
    TIMEX,
    /** people's posts in organisations */
    ROLES,
    /** relations between entities */
    RELATIONS,
    /** direct quotations with their speakers */
    QUOTES,
    /** events with their participants */
    EVENTS
}
