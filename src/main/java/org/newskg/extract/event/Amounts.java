package org.newskg.extract.event;

import java.util.Set;
import org.newskg.extract.syntax.Parse;

/** Sums of money in a sentence: "$5bn", "US$3.6 billion", "38.8 million euro", "£600m". */
final class Amounts {

    private static final Set<String> SCALES = Set.of("million", "billion", "trillion", "bn", "m", "thousand");
    private static final Set<String> CURRENCIES = Set.of("euro", "euros", "dollars", "dollar", "pounds", "pound",
            "yen", "yuan", "renminbi", "rupees", "rupee", "francs", "franc", "roubles", "rubles", "won", "forint",
            "usd", "eur", "gbp", "cny", "jpy", "chf", "sterling");

    private Amounts() {}

    /** The first sum of money in the sentence, as written, or {@code null}. */
    static String find(Parse p) {
        for (int i = 0; i < p.size(); i++) {
            String w = p.word(i);
            if (w.isEmpty())
                continue;
            boolean symbol = Character.getType(w.charAt(0)) == Character.CURRENCY_SYMBOL && w.length() > 1
                    && Character.isDigit(w.charAt(1));
            if (!symbol && !Character.isDigit(w.charAt(0)))
                continue;
            int end = i + 1;
            if (SCALES.contains(p.word(end)))
                end++;
            if (CURRENCIES.contains(p.word(end)))
                end++;
            else if (!symbol)
                continue;
            return p.tokens().get(i).text().isEmpty() ? null
                    : joined(p, i, end);
        }
        return null;
    }

    private static String joined(Parse p, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++)
            b.append(i > from ? " " : "").append(p.tokens().get(i).text());
        return b.toString();
    }
}
