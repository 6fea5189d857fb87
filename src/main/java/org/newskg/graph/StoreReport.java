package org.newskg.graph;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newskg.vocab.NKG;

/**
 * What validating a store found: every finding, Violations first within each article.
 * The store conforms when no finding is a Violation (Warnings are reported, not failed).
 *
 * @param articles how many article graphs the store holds
 */
public record StoreReport(int articles, List<Finding> findings) {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::articleId)
            .thenComparing(f -> !f.isViolation())
            .thenComparing(f -> f.focusNode().toString())
            .thenComparing(f -> f.path() == null ? "" : f.path().toString());

    public StoreReport {
        findings = findings.stream().sorted(ORDER).toList();
    }

    public boolean conforms() {
        return findings.stream().noneMatch(Finding::isViolation);
    }

    public long violations() {
        return findings.stream().filter(Finding::isViolation).count();
    }

    public long warnings() {
        return findings.size() - violations();
    }

    /** The findings of each article, articles in id order. */
    public Map<String, List<Finding>> byArticle() {
        Map<String, List<Finding>> m = new LinkedHashMap<>();
        findings.forEach(f -> m.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f));
        return m;
    }

    /** The findings as SHACL validation reports, one per article, as the store keeps them. */
    public Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes());
        byArticle().forEach((id, list) -> ValidationRecord.write(id, list, null, GraphSink.of(g)));
        return g;
    }

    public void writeTurtle(OutputStream out) {
        RDFDataMgr.write(out, toGraph(), Lang.TURTLE);
    }

    /** One line per finding under a line per article, then a summary line. */
    public void writeText(PrintWriter out) {
        PrefixMapping pm = prefixes();
        byArticle().forEach((id, list) -> {
            out.println(id);
            for (Finding f : list)
                out.printf("  %-9s %s%s: %s%s  [%s]%n", f.severityName(), str(f.focusNode(), pm),
                        f.path() == null ? "" : " " + str(f.path(), pm), f.message(),
                        f.value() == null ? "" : " (value " + str(f.value(), pm) + ")",
                        f.shape() == null ? "?" : str(f.shape(), pm));
        });
        long failing = findings.stream().filter(Finding::isViolation).map(Finding::articleId).distinct().count();
        out.printf("%d article%s checked: %s (%d violation%s, %d warning%s)%n", articles, articles == 1 ? "" : "s",
                conforms() ? "all conform" : failing + " do" + (failing == 1 ? "es" : "") + " not conform",
                violations(), violations() == 1 ? "" : "s", warnings(), warnings() == 1 ? "" : "s");
        out.flush();
    }

    private static String str(Node n, PrefixMapping pm) {
        return FmtUtils.stringForNode(n, pm);
    }

    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix(NKG.PREFIX, NKG.NS)
                .setNsPrefix("nkgsh", "https://w3id.org/newskg/shapes#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("id", Iris.BASE);
    }
}
