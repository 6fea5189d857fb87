package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a {@code newskg} run spends its time, from Java Flight Recorder's execution samples
 * ({@code jdk.ExecutionSample}, what {@code jfr print --events jdk.ExecutionSample} lists): the
 * share of samples in each extractor or stage, and the methods most often on top of the stack.
 */
final class Profile {

    /** A named share of the samples. */
    record Share(String name, long samples, double percent) {}

    /**
     * @param stages  samples by the stage they fall in (an extractor, or a step of ingest)
     * @param top     the methods most often running (self time)
     * @param byStage for the busiest stages, the methods most often running within each
     */
    record Summary(String what, long samples, List<Share> stages, List<Share> top, Map<String, List<Share>> byStage) {}

    private Profile() {}

    /** Runs {@code newskg} with the arguments in a child JVM under JFR and summarises the recording. */
    static Summary record(String what, Path work, String... args) {
        Path jfr = work.resolve(what.replaceAll("\\W+", "-") + ".jfr");
        ChildJava.newskg(work.resolve("profile.log"),
                List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile"), args);
        return summarise(what, jfr);
    }

    /** Runs the work in this JVM under a JFR recording and summarises it. */
    static Summary during(String what, Path work, Runnable run) {
        Path jfr = work.resolve(what.replaceAll("\\W+", "-") + ".jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            run.run();
            recording.stop();
            recording.dump(jfr);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot record a profile to " + jfr + ": " + e.getMessage(), e);
        }
        return summarise(what, jfr);
    }

    static Summary summarise(String what, Path jfr) {
        Map<String, Long> stages = new HashMap<>();
        Map<String, Long> top = new HashMap<>();
        Map<String, Map<String, Long>> within = new HashMap<>();
        long total = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null)
                    continue;
                total++;
                RecordedStackTrace stack = e.getStackTrace();
                String stage = stage(stack.getFrames());
                stages.merge(stage, 1L, Long::sum);
                if (!stack.getFrames().isEmpty()) {
                    String method = method(stack.getFrames().get(0));
                    top.merge(method, 1L, Long::sum);
                    within.computeIfAbsent(stage, k -> new HashMap<>()).merge(method, 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jfr + ": " + e.getMessage(), e);
        }
        List<Share> byStage = shares(stages, total, 20);
        Map<String, List<Share>> busiest = new LinkedHashMap<>();
        for (Share stage : byStage.subList(0, Math.min(3, byStage.size())))
            busiest.put(stage.name(), shares(within.get(stage.name()), total, 6));
        return new Summary(what, total, byStage, shares(top, total, 15), busiest);
    }

    /**
     * The stage a sample falls in: the extractor whose {@code extract} is running (the innermost
     * one, for nested pipelines), else the step of the run nearest the top of the stack.
     */
    static String stage(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (f.getMethod().getName().equals("extract") && type.startsWith("org.newskg.extract.")
                    && !type.endsWith(".Pipeline") && !type.endsWith(".Extraction"))
                return "extractor " + type.substring(type.lastIndexOf('.') + 1);
        }
        for (RecordedFrame f : frames) {
            String method = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (Map.Entry<String, Predicate<String>> s : STAGES.entrySet())
                if (s.getValue().test(method))
                    return s.getKey();
        }
        return "other (JVM start, class loading, compilation, GC)";
    }

    /** Steps of a run, matched on "class.method" of a frame. */
    private static final Map<String, Predicate<String>> STAGES = new LinkedHashMap<>();
    static {
        STAGES.put("catalog loading", m -> m.startsWith("org.newskg.extract.entity.Catalog.") || m.contains("commons.csv"));
        STAGES.put("extraction outside the extractors (set-up, facts)", m -> m.startsWith("org.newskg.extract."));
        STAGES.put("shape check (SHACL)", m -> m.startsWith("org.newskg.graph.ArticleValidator"));
        STAGES.put("mapping facts to RDF", m -> m.startsWith("org.newskg.graph."));
        STAGES.put("TDB2 write transaction", m -> m.startsWith("org.newskg.store.ArticleStore.putAll"));
        STAGES.put("unchanged-article probe (TDB2 read)", m -> m.startsWith("org.newskg.store.ArticleStore.contentHash"));
        STAGES.put("content hash", m -> m.startsWith("org.newskg.ingest.ContentHash"));
        STAGES.put("writing facts JSON", m -> m.startsWith("org.newskg.fact.FactsJson"));
        STAGES.put("reading articles", m -> m.startsWith("org.newskg.article."));
    }

    private static String method(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " (" + packageOf(type) + ")";
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    private static List<Share> shares(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> new Share(e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, total))).toList();
    }
}
