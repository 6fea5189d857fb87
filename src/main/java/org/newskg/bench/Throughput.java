package org.newskg.bench;

/**
 * How fast a corpus went through a step.
 *
 * @param how     {@code process} (a whole {@code newskg} run, JVM start included) or {@code warm}
 *                (in a warmed-up JVM)
 * @param seconds the median of the timed runs
 */
public record Throughput(Corpus corpus, String how, int threads, double seconds) {

    public double articlesPerSecond() {
        return corpus.articles() / seconds;
    }

    public double megabytesPerSecond() {
        return corpus.bytes() / 1e6 / seconds;
    }

    public double tokensPerSecond() {
        return corpus.tokens() / seconds;
    }
}
