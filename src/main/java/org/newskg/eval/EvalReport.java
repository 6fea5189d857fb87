package org.newskg.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Prints an {@link Evaluation}: the findings of each article for developers, then the figures
 * exactly as score.py prints them (text or {@code --json}), so the two can be compared line by line.
 */
public final class EvalReport {

    private EvalReport() {}

    /** Per article, its F1 per section and its findings; articles without findings are listed by score only. */
    public static void findings(Evaluation e, PrintWriter out) {
        for (ArticleScorer.Result r : e.articles()) {
            out.println(r.id() + ": " + f1s(r.tally()) + (e.missing().contains(r.id()) ? "  (no prediction)" : ""));
            r.findings().forEach(f -> out.println("  " + f));
        }
        out.println();
    }

    /** score.py's text output. */
    public static void text(Evaluation e, boolean perArticle, PrintWriter out) {
        e.total().counts().forEach((k, c) -> {
            if (c.isEmpty())
                out.printf("%-18s n/a (nothing in gold or prediction)%n", k);
            else
                out.printf("%-18s P=%s R=%s F1=%s  (tp=%d fp=%d fn=%d)%n", k, Round.fixed(c.precision(), 3),
                        Round.fixed(c.recall(), 3), Round.fixed(c.f1(), 3), c.tp(), c.fp(), c.fn());
        });
        e.total().shares().forEach((k, s) -> out.printf("%-18s accuracy=%s (n=%d)%n", k,
                s.accuracy() == null ? "n/a" : Round.fixed(s.accuracy(), 3), s.total()));
        if (perArticle)
            e.articles().forEach(r -> out.println("  " + r.id() + ": " + f1s(r.tally())));
        if (!e.missing().isEmpty())
            out.println("no prediction for: " + String.join(", ", e.missing()));
        out.printf("macro_f1=%s over %d articles%n", Round.fixed(e.macroF1(), 4), e.articles().size());
    }

    private static String f1s(Tally t) {
        StringBuilder b = new StringBuilder();
        for (String s : Tally.SECTIONS) {
            Double f1 = t.counts().get(s).f1();
            b.append(b.length() == 0 ? "" : " ").append(s).append('=').append(f1 == null ? "n/a" : Round.fixed(f1, 2));
        }
        return b.toString();
    }

    /** score.py's {@code --json} output. */
    public static void json(Evaluation e, boolean perArticle, PrintWriter out) {
        JsonObject o = figures(e.total());
        o.add("macro_f1", number(e.macroF1()));
        o.addProperty("articles", e.articles().size());
        JsonArray missing = new JsonArray();
        e.missing().forEach(missing::add);
        o.add("missing_predictions", missing);
        if (perArticle) {
            JsonObject per = new JsonObject();
            e.articles().forEach(r -> per.add(r.id(), figures(r.tally())));
            o.add("per_article", per);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o));
    }

    private static JsonObject figures(Tally t) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Count> c : t.counts().entrySet()) {
            JsonObject v = new JsonObject();
            v.add("precision", number(c.getValue().precision()));
            v.add("recall", number(c.getValue().recall()));
            v.add("f1", number(c.getValue().f1()));
            v.addProperty("tp", c.getValue().tp());
            v.addProperty("fp", c.getValue().fp());
            v.addProperty("fn", c.getValue().fn());
            o.add(c.getKey(), v);
        }
        for (Map.Entry<String, Share> s : t.shares().entrySet()) {
            JsonObject v = new JsonObject();
            v.add("accuracy", number(s.getValue().accuracy()));
            v.addProperty("n", s.getValue().total());
            o.add(s.getKey(), v);
        }
        return o;
    }

    /** A figure written as Python writes it (0.5, 1.0), or null. */
    private static JsonElement number(Double x) {
        return x == null ? JsonNull.INSTANCE : new JsonPrimitive(new BigDecimal(Round.repr(x)));
    }
}
