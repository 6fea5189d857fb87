/** Scores extracted facts against gold facts with the matching rules of the shared {@code score.py}. */
package org.newskg.eval;
