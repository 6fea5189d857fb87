/** Text layers: where the news body ends, sentences and tokens. */
package org.newskg.extract.text;
