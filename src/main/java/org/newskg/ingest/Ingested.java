package org.newskg.ingest;

import org.newskg.fact.Facts;

/**
 * What happened to one input item during ingestion.
 *
 * @param origin    where the item came from
 * @param articleId the article's id, or {@code null} when the item could not be read
 * @param facts     the facts stored, or {@code null} when unchanged or failed
 * @param error     why it failed, or {@code null}
 */
public record Ingested(String origin, String articleId, Status status, Facts facts, String error) {

    /** The outcome for the item. */
    public enum Status { ADDED, REPLACED, UNCHANGED, FAILED }
}
