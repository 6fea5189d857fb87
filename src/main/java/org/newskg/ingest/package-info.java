/** Ingestion runs: parallel extraction, ordered single-writer storage, summaries. */
package org.newskg.ingest;
