/** The TDB2 store, writing articles into it, and the embedded Fuseki SPARQL server. */
package org.newskg.store;
