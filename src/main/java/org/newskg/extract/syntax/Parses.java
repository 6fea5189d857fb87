package org.newskg.extract.syntax;

import java.util.HashMap;
import java.util.Map;
import org.newskg.extract.Sentence;

/** The parses of an article's sentences, each made once however many readers ask for it. */
public final class Parses {

    private final Referents referents;
    private final Map<Integer, Parse> bySentence = new HashMap<>();

    public Parses(Referents referents) {
        this.referents = referents;
    }

    public Parse of(Sentence s) {
        return bySentence.computeIfAbsent(s.index(), i -> Chunker.parse(s, referents));
    }

    public Referents referents() {
        return referents;
    }
}
