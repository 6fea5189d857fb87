package org.newskg.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;

/**
 * What one article shows about its words' case: which words it writes in lower case and which
 * it capitalises where no sentence starts. A capital at the start of a sentence is judged by
 * these and the lexicon: "Reading from a statement" is a verb, "Strayer refused" a name.
 */
final class DocumentWords {

    private final Lexicon lexicon;
    private final Set<String> lower = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();

    DocumentWords(AnnotatedArticle doc, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Token t : doc.tokens())
            if (Shape.isWord(t.text()) && Character.isLowerCase(t.text().codePointAt(0)))
                lower.add(t.text());
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s);
            if (shape(tokens) != SentenceShape.NORMAL)
                continue;
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i).text();
                if (Shape.isWord(t) && Shape.isCapitalized(t) && !NameFinder.isClauseInitial(tokens, i))
                    capitalisedInside.add(t);
            }
        }
    }

    /** The shape of a sentence of this article. */
    SentenceShape shape(List<Token> tokens) {
        return SentenceShape.of(tokens, w -> lexicon.isCommon(w) || usedInLowerCase(w));
    }

    /** Whether the article writes this word in lower case somewhere. */
    boolean usedInLowerCase(String word) {
        return lower.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the article capitalises this word where no sentence or quotation starts. */
    boolean capitalisedInside(String word) {
        return capitalisedInside.contains(word);
    }

    /**
     * Whether a capitalised word that opens a sentence is a name rather than a word capitalised
     * only for its position.
     *
     * @param followedByName whether the next token is also a name word ("Steve Peers said")
     */
    boolean nameAtSentenceStart(String word, boolean followedByName) {
        if (Shape.isAllCaps(word) || capitalisedInside(word) || lexicon.isGivenName(word) && followedByName)
            return true;
        if (lexicon.isCommonOrPlural(word) || usedInLowerCase(word))
            return false;
        if (lexicon.isGivenName(word) || lexicon.isSurname(word))
            return true;
        String w = word.toLowerCase(Locale.ROOT);
        boolean inflected = w.length() > 5 && (w.endsWith("ing") || w.endsWith("ly") || w.endsWith("ed")
                || w.endsWith("ness") || w.endsWith("ment") || w.endsWith("tion") || w.endsWith("ies"));
        return !inflected || followedByName;
    }
}
