package org.newskg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A SPARQL query file with a grlc-style header of {@code #+} lines ({@code summary},
 * {@code description}, {@code tags}, {@code defaults}) and parameters named {@code ?_name}
 * (BASIL's convention; a suffix types the value: {@code ?_org_iri}, {@code ?_year_integer},
 * {@code ?_day_date}, otherwise a plain string).
 *
 * @param defaults parameter name to default value, from the {@code defaults} header
 */
public record CannedQuery(String name, String summary, String description, List<String> tags,
                          Map<String, String> defaults, String text) {

    private static final Pattern PARAMETER = Pattern.compile("[?$]_([A-Za-z][A-Za-z0-9]*)(?:_(iri|integer|number|date|literal))?\\b");

    /** A parameter of the query: its user-facing name, the variable, and how to type values. */
    public record Parameter(String name, String variable, String kind) {}

    public CannedQuery {
        tags = List.copyOf(tags);
        defaults = Map.copyOf(defaults);
    }

    /**
     * Parses a query file's text.
     *
     * @throws IllegalArgumentException naming the query when its SPARQL does not parse
     */
    public static CannedQuery parse(String name, String text) {
        Map<String, List<String>> header = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#+"))
                continue;
            String body = line.substring(2).strip();
            if (body.startsWith("- ") && key != null) {
                header.get(key).add(body.substring(2).strip());
            } else if (body.contains(":")) {
                key = body.substring(0, body.indexOf(':')).strip();
                String value = body.substring(body.indexOf(':') + 1).strip();
                header.put(key, new ArrayList<>());
                if (!value.isEmpty())
                    header.get(key).add(value);
            }
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String d : header.getOrDefault("defaults", List.of())) {
            int colon = d.indexOf(':');
            if (colon > 0)
                defaults.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
        }
        CannedQuery q = new CannedQuery(name, first(header, "summary"), String.join(" ", header.getOrDefault("description", List.of())),
                header.getOrDefault("tags", List.of()), defaults, text);
        q.query(); // fail early, naming the query
        return q;
    }

    private static String first(Map<String, List<String>> header, String key) {
        List<String> v = header.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** The parsed SPARQL query. */
    public Query query() {
        try {
            return QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("query '" + name + "' is not valid SPARQL: " + e.getMessage(), e);
        }
    }

    /** The query's parameters, in order of first appearance. */
    public List<Parameter> parameters() {
        Map<String, Parameter> params = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(stripComments(text));
        while (m.find()) {
            String kind = m.group(2) == null ? "literal" : m.group(2);
            String variable = "_" + m.group(1) + (m.group(2) == null ? "" : "_" + m.group(2));
            params.putIfAbsent(m.group(1), new Parameter(m.group(1), variable, kind));
        }
        return List.copyOf(params.values());
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?m)^\\s*#.*$", "");
    }

    /**
     * The RDF terms to substitute for the parameters: the user's values, else the defaults.
     *
     * @throws IllegalArgumentException when a parameter is unknown or has no value
     */
    public Map<String, RDFNode> bind(Map<String, String> params) {
        Map<String, Parameter> known = new LinkedHashMap<>();
        parameters().forEach(p -> known.put(p.name(), p));
        for (String given : params.keySet())
            if (!known.containsKey(given))
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + given
                        + "'; its parameters are " + known.keySet());
        Map<String, RDFNode> out = new LinkedHashMap<>();
        for (Parameter p : parameters()) {
            String value = params.getOrDefault(p.name(), defaults.get(p.name()));
            if (value == null)
                throw new IllegalArgumentException("query '" + name + "' needs --param " + p.name() + "=VALUE");
            out.put(p.variable(), node(p, value));
        }
        return out;
    }

    private static RDFNode node(Parameter p, String value) {
        return switch (p.kind()) {
            case "iri" -> ResourceFactory.createResource(value);
            case "integer", "number" -> ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDinteger);
            case "date" -> ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate);
            default -> ResourceFactory.createStringLiteral(value);
        };
    }
}
