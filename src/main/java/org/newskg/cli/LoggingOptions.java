package org.newskg.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -v} option shared by every command. Logging is quiet by default; the level must be
 * chosen before the first logger is made, so {@link #configureFrom} reads it from the raw arguments.
 */
public final class LoggingOptions {

    private static final String PROPERTY = "newskg.log.level";

    @Option(names = {"-v", "--verbose"},
            description = "Log more: -v for progress of the servers and stores, -vv for debugging.")
    boolean[] verbose = new boolean[0];

    static void configureFrom(String[] args) {
        int level = 0;
        for (String a : args) {
            if (a.equals("--verbose"))
                level++;
            else if (a.matches("-v+"))
                level += a.length() - 1;
        }
        if (level > 0 && System.getProperty(PROPERTY) == null)
            System.setProperty(PROPERTY, level == 1 ? "info" : "debug");
    }

    static boolean isVerbose() {
        String level = System.getProperty(PROPERTY);
        return level != null && !level.equals("warn");
    }
}
