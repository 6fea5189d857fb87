package org.newskg.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Validation of a whole store: what was recorded when articles were written, or a fresh check. */
public final class StoreValidation {

    private StoreValidation() {}

    /** Every finding recorded in the store's validation graphs, read in one read transaction. */
    public static StoreReport recorded(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            int articles = 0;
            List<Finding> findings = new ArrayList<>();
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                String validated = Iris.articleIdOfValidation(g);
                if (validated != null)
                    findings.addAll(ValidationRecord.read(validated, dataset.getGraph(g)));
                else if (Iris.articleId(g) != null)
                    articles++;
            }
            return new StoreReport(articles, findings);
        });
    }

    /**
     * Validates every article graph of the store again, against the given shapes (after the
     * shapes changed, say). Reads only; the recorded reports stay as they are.
     */
    public static StoreReport recheck(DatasetGraph dataset, ArticleValidator validator) {
        return Txn.calculateRead(dataset, () -> {
            int articles = 0;
            List<Finding> findings = new ArrayList<>();
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                String id = Iris.articleId(g);
                if (id == null)
                    continue;
                articles++;
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, dataset.getGraph(g));
                findings.addAll(validator.check(id, copy));
            }
            return new StoreReport(articles, findings);
        });
    }
}
