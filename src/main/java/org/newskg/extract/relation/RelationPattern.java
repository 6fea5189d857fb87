package org.newskg.extract.relation;

import java.util.List;
import org.newskg.fact.Relation;

/** One way news states a relation, read in one sentence. */
interface RelationPattern {

    /** Adds the relations this pattern finds in the clause. */
    void find(Clause clause, List<Relation> out);
}
