package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine and JVM a benchmark ran on, for the report.
 *
 * @param jvmFlags the flags this JVM was started with (children are started with the same)
 */
public record Machine(int cores, long memoryBytes, String cpu, String jdk, String os, List<String> jvmFlags) {

    public static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The CPU model from /proc/cpuinfo, or the architecture where that file is absent. */
    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The heap limit of this JVM. */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
