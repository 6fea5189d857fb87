/** English word lists the extractors share: common words, given names and surnames, titles, type cues. */
package org.newskg.extract.lexicon;
