/** Relations between an article's entities (based in, makes, subsidiary of, member of, nationality, operates), read from the patterns news states them with. */
package org.newskg.extract.relation;
