/** Benchmarks of extraction, ingest, queries and memory, run by {@code newskg bench} and written to docs/BENCHMARKS.md. */
package org.newskg.bench;
