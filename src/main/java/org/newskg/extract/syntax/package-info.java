/** Shallow syntax for the extractors: word classes, chunks, and the arguments of verbs and nouns. */
package org.newskg.extract.syntax;
