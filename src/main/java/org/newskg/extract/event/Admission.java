package org.newskg.extract.event;

import java.util.List;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/**
 * Whether a merged event says enough to be reported: the participant that defines its type
 * (the one sued, the one arrested, the target of a ban), and for two-sided events the other
 * side too, unless the type is often reported without it. A departure leaves a body or a post.
 */
final class Admission {

    private Admission() {}

    static boolean admits(Candidate c) {
        return switch (c.type) {
            case Conference -> c.has("event");
            case Meeting -> c.role("participant").size() >= 2;
            case Lawsuit -> c.has("defendant");
            case Indictment -> c.has("defendant");
            case Arrest -> c.has("person") || c.has("authority") || c.unnamedPeople;
            case Extradition -> c.has("person") && (c.has("requester") || c.has("custodian"));
            case Investigation -> c.has("target") || c.has("investigator") && c.unnamedTarget; // "investigated the case"
            case Ruling -> c.has("court") || c.judicial && c.has("party"); // "a jury convicted X": a court, unnamed
            case Fine -> c.has("target");
            case Sanction, Tariff -> c.has("target");
            case Ban -> c.has("target") || c.has("imposer") && c.has("scope"); // "banned the niqab": a practice, no party
            case Lobbying -> c.has("actor") && (c.has("target") || c.has("against"));
            case Accusation -> c.has("accuser") && c.has("accused");
            case Denial -> c.has("denier");
            case ProductLaunch -> c.has("company") && c.has("product");
            case Deal -> c.role("party").size() >= 2;
            case Acquisition -> c.has("target") && (c.has("acquirer") || c.sold && soldABusiness(c));
            case Appointment -> c.has("person") && (c.has("organization") || c.has("title"));
            case Departure -> c.has("person") && (c.has("organization") || namesPost(c)); // not "retired from the stage"
            case Cyberattack -> c.has("target");
        };
    }

    /** "Tesco sold its chain" tells of a sale with no buyer named; "he sold 1.9 million copies of his album" does not. */
    private static boolean soldABusiness(Candidate c) {
        return c.role("target").stream().anyMatch(e -> e.type() == EntityType.Company || e.type() == EntityType.Organization);
    }

    /** Words for a post that a title may be no more than: "removed from a senior post". */
    private static final java.util.Set<String> POSTS = java.util.Set.of("post", "position", "office", "role", "job", "seat");

    /** Whether a departure's title names a post ("as chief executive"), not a place or thing ("from Saadallah's flat"). */
    private static boolean namesPost(Candidate c) {
        for (String title : c.phrases.getOrDefault("title", List.of()))
            for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"))
                if (POSTS.contains(w) || LEXICON.isTitleHead(w))
                    return true;
        return false;
    }

    private static final org.newskg.extract.lexicon.Lexicon LEXICON = org.newskg.extract.lexicon.Lexicon.english();

    /** A meeting of one international body alone is its summit: "G7 was scheduled to meet". */
    static Candidate summit(Candidate c) {
        if (c.type != EventType.Meeting)
            return c;
        List<Entity> parts = c.role("participant");
        if (!c.bodyMeets || parts.size() != 1 || parts.get(0).type() != EntityType.InternationalOrganization)
            return c;
        Candidate conference = new Candidate(EventType.Conference, c.sentence, c.evidence, c.confidence);
        conference.add("event", parts.get(0));
        conference.date = c.date;
        conference.place = c.place;
        conference.modality = c.modality;
        return conference;
    }
}
