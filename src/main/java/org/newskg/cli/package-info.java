/** The newskg command line: one picocli command per subcommand, thin over the library. */
package org.newskg.cli;
