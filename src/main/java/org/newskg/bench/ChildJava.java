package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a class of this program in a fresh JVM with the same class path and JVM flags as this one,
 * and times it from start to exit: what a user waits for when running a command.
 */
final class ChildJava {

    private ChildJava() {}

    /**
     * @param log        where the child's output goes
     * @param extraFlags JVM flags added to this JVM's own
     * @return wall-clock seconds from start to exit
     * @throws IllegalStateException naming the log when the child fails
     */
    static double run(Path log, List<String> extraFlags, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (!flag.startsWith("-XX:StartFlightRecording") && !flag.startsWith("-agentlib") && !flag.startsWith("-javaagent"))
                command.add(flag);
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0)
                throw new IllegalStateException("'" + String.join(" ", args) + "' exited with " + exit + "; see " + log);
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + mainClass, e);
        }
    }

    /** Runs a {@code newskg} command in a child JVM. */
    static double newskg(Path log, List<String> extraFlags, String... args) {
        return run(log, extraFlags, "org.newskg.cli.Main", List.of(args));
    }
}
