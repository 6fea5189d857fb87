package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.article.Article;
import org.newskg.fact.Entity;
import org.newskg.fact.Event;
import org.newskg.fact.Evidence;
import org.newskg.fact.Facts;
import org.newskg.fact.Quote;
import org.newskg.fact.Relation;
import org.newskg.fact.Role;
import org.newskg.fact.Span;

/**
 * An article with the annotation layers the extractors have added so far. Offsets refer to
 * {@link Article#document()}. One instance belongs to one thread.
 */
public final class AnnotatedArticle {

    private final Article article;
    private final String text;
    private final Set<Layer> done = EnumSet.noneOf(Layer.class);

    private int bodyEnd;
    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> entityByKey = new HashMap<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    public AnnotatedArticle(Article article) {
        this.article = article;
        this.text = article.document();
        this.bodyEnd = text.length();
    }

    public Article article() {
        return article;
    }

    /** The document text every offset refers to. */
    public String text() {
        return text;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public boolean has(Layer layer) {
        return done.contains(layer);
    }

    void markDone(Set<Layer> layers) {
        done.addAll(layers);
    }

    // ---- BODY

    /** Offset where the news ends: comments and boilerplate after it yield no facts. */
    public int bodyEnd() {
        return bodyEnd;
    }

    public void setBodyEnd(int end) {
        if (end < 0 || end > text.length())
            throw new IllegalArgumentException("body end " + end + " outside the document");
        this.bodyEnd = end;
    }

    // ---- SENTENCES and TOKENS

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        int from = firstTokenAtOrAfter(sentence.span().start());
        int to = firstTokenAtOrAfter(sentence.span().end());
        return tokens.subList(from, to);
    }

    /** Index of the first token that starts at or after the offset. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /** The sentence that contains the offset, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start())
                hi = mid - 1;
            else if (offset >= s.end())
                lo = mid + 1;
            else
                return sentences.get(mid);
        }
        return null;
    }

    /** The evidence for a fact read in the sentence that contains the offset. */
    public Evidence evidenceAt(int offset) {
        Sentence s = sentenceAt(offset);
        return s == null ? null : new Evidence(text(s.span()).strip(), s.span());
    }

    // ---- MENTIONS and ENTITIES

    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public void addMention(Mention mention) {
        mentions.add(mention);
    }

    public void removeMentions(java.util.function.Predicate<Mention> which) {
        mentions.removeIf(which);
    }

    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    /** Records an entity and the mention keys that resolve to it. */
    public void addEntity(Entity entity, Set<String> mentionKeys) {
        entities.add(entity);
        for (String key : mentionKeys)
            entityByKey.put(key, entity);
    }

    /** The entity a mention was resolved to, or {@code null}. */
    public Entity entityOf(Mention mention) {
        return entityByKey.get(mention.key());
    }

    /** The entity with this mention key, or {@code null}. */
    public Entity entityByKey(String key) {
        return entityByKey.get(key);
    }

    // ---- TIMEX

    public List<TimeExpression> times() {
        return Collections.unmodifiableList(times);
    }

    public void addTime(TimeExpression time) {
        times.add(time);
    }

    // ---- facts

    public List<Role> roles() {
        return Collections.unmodifiableList(roles);
    }

    public void addRole(Role role) {
        roles.add(role);
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    public void addRelation(Relation relation) {
        relations.add(relation);
    }

    public List<Quote> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public void addQuote(Quote quote) {
        quotes.add(quote);
    }

    /** Puts a fuller version of a quote in its place, such as one tied to the event it was said at. */
    public void replaceQuote(Quote old, Quote replacement) {
        int i = quotes.indexOf(old);
        if (i < 0)
            throw new IllegalArgumentException("the article has no quote '" + old.text() + "' to replace");
        quotes.set(i, replacement);
    }

    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    public void addEvent(Event event) {
        events.add(event);
    }

    /** The facts extracted so far, with the names of the extractors that produced them. */
    public Facts facts(List<String> extractorNames) {
        return new Facts(article, entities, roles, relations, events, quotes, extractorNames);
    }
}
