package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Sentence;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.syntax.Parses;
import org.newskg.extract.syntax.Referents;

/**
 * Finds the events of an article: reads each sentence's trigger words, the named gatherings, case
 * titles and what quotations accuse or deny, merges the mentions of one event, and keeps the
 * events that name their defining participants. Every event carries the sentence it was read
 * from, this extractor's name and a confidence. Quotations said at a conference are then tied to
 * it.
 */
public final class EventExtractor implements Extractor {

    private final TriggerLexicon lexicon = TriggerLexicon.bundled();
    private final Catalog catalog;

    /** Events over the bundled catalog, which says whose state a public body is. */
    public EventExtractor() {
        this(Catalog.bundled());
    }

    public EventExtractor(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.TIMEX, Layer.QUOTES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        Referents referents = new Referents(doc);
        Parses parses = new Parses(referents);
        Affiliations affiliations = new Affiliations(doc, referents, catalog);
        Slots slots = new Slots(doc, affiliations);
        TriggerReader reader = new TriggerReader(lexicon, parses, slots);
        ReportedSpeech speech = new ReportedSpeech(parses, slots, affiliations);
        List<TimeExpression> times = new ArrayList<>(doc.times());
        times.sort(Comparator.comparing(TimeExpression::span));
        List<Candidate> candidates = new ArrayList<>(GatheringNames.read(doc, referents)); // named first, so a sentence's roles can join them
        candidates.addAll(CaseTitles.read(doc, referents));
        int t = 0;
        for (Sentence s : doc.sentences()) {
            while (t < times.size() && times.get(t).span().start() < s.span().start())
                t++;
            int end = t;
            while (end < times.size() && times.get(end).span().start() < s.span().end())
                end++;
            candidates.addAll(reader.read(s, times.subList(t, end)));
            candidates.addAll(speech.read(s, times.subList(t, end)));
        }
        candidates.addAll(new QuoteEvents(parses, affiliations).read());
        candidates.addAll(new QuotedRequests(parses, affiliations).read());
        candidates.sort(Comparator.comparingInt(c -> c.sentence));
        candidates.replaceAll(Admission::summit);
        for (Candidate c : EventMerger.merge(candidates)) {
            Posts.complete(c, doc);
            c.dropSelfTargets();
            if (Admission.admits(c))
                doc.addEvent(c.toEvent(name()));
        }
        QuoteOccasions.link(doc, affiliations);
    }
}
