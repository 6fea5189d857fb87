/** Vocabulary constants for the NewsKG ontology and the external vocabularies it writes. */
package org.newskg.vocab;
