/** Canned SPARQL queries with parameters, and running them against a store or endpoint. */
package org.newskg.query;
