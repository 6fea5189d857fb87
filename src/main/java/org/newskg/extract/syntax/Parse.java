package org.newskg.extract.syntax;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.fact.Span;

/**
 * A chunked sentence: its tokens with their word classes and the chunks they form. Token
 * indices are sentence-local; {@link #span(int, int)} maps them back to document offsets.
 */
public final class Parse {

    private final Sentence sentence;
    private final List<Token> tokens;
    private final String[] lower;
    private final Tag[] tags;
    private final List<Chunk> chunks;
    private final int[] chunkOfToken;

    Parse(Sentence sentence, List<Token> tokens, String[] lower, Tag[] tags, List<Chunk> chunks) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.lower = lower;
        this.tags = tags;
        this.chunks = List.copyOf(chunks);
        this.chunkOfToken = new int[tokens.size()];
        for (int c = 0; c < chunks.size(); c++)
            for (int t = chunks.get(c).from(); t < chunks.get(c).to(); t++)
                chunkOfToken[t] = c;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    /** The lower-cased word of token {@code i}, or "" outside the sentence. */
    public String word(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    public Tag tag(int i) {
        return tags[i];
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public Chunk chunk(int c) {
        return chunks.get(c);
    }

    /** The nearest chunk at or before {@code k} that is no adverb, or -1. */
    public int beforeAdverbs(int k) {
        while (k >= 0 && chunks.get(k).is(Chunk.Kind.ADVERB))
            k--;
        return k;
    }

    /** The index of the chunk that holds token {@code i}. */
    public int chunkOf(int token) {
        return chunkOfToken[token];
    }

    /** The document span of tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The sentence-local index of the token that starts at or covers the document offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (tokens.get(i).end() > offset)
                return i;
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Chunk c : chunks) {
            b.append('[').append(c.kind()).append(' ');
            for (int t = c.from(); t < c.to(); t++)
                b.append(t > c.from() ? " " : "").append(tokens.get(t).text());
            b.append("] ");
        }
        return b.toString().strip();
    }
}
