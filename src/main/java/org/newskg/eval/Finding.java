package org.newskg.eval;

/**
 * One thing a developer should look at: a gold fact the prediction missed, a predicted fact gold
 * does not have, or a matched fact with a detail wrong.
 *
 * @param kind    {@code missed}, {@code extra} or {@code wrong}
 * @param section entity, role, relation, event, argument or quote
 * @param what    the fact, readable
 */
public record Finding(String kind, String section, String what) {

    static Finding missed(String section, Object what) {
        return new Finding("missed", section, String.valueOf(what));
    }

    static Finding extra(String section, Object what) {
        return new Finding("extra", section, String.valueOf(what));
    }

    static Finding wrong(String section, String what) {
        return new Finding("wrong", section, what);
    }

    @Override
    public String toString() {
        return String.format("%-7s%-9s %s", kind, section, what);
    }
}
