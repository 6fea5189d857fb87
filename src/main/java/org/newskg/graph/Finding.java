package org.newskg.graph;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.Severity;

/**
 * One SHACL validation result about one article's graph.
 *
 * @param articleId the article whose graph it is about
 * @param shape     the named node shape that produced it (property shapes are anonymous)
 * @param focusNode the node that does not conform
 * @param path      the property at fault, or {@code null} for a node-level constraint
 * @param value     the offending value, or {@code null}
 * @param component the SHACL constraint component, such as {@code sh:MinCountConstraintComponent}
 */
public record Finding(String articleId, Severity severity, Node shape, Node focusNode, Node path, Node value,
                      Node component, String message) {

    public Finding {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focusNode");
        message = message == null ? "" : message;
    }

    public boolean isViolation() {
        return severity.equals(Severity.Violation);
    }

    /** "Violation", "Warning" or "Info". */
    public String severityName() {
        return severity.level().getLocalName();
    }
}
