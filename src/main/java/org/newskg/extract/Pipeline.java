package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Extractors run in order. A pipeline is itself an extractor, and a bad composition fails when
 * it is built, naming the extractor and the layer it lacks.
 */
public final class Pipeline implements Extractor {

    private final String name;
    private final List<Extractor> steps;
    private final Set<Layer> requires;
    private final Set<Layer> produces;

    private Pipeline(String name, List<Extractor> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
        Set<Layer> needed = EnumSet.noneOf(Layer.class);
        Set<Layer> made = EnumSet.noneOf(Layer.class);
        for (Extractor step : steps) {
            for (Layer layer : step.requires())
                if (!made.contains(layer))
                    needed.add(layer);
            made.addAll(step.produces());
        }
        this.requires = needed;
        this.produces = made;
    }

    /**
     * A complete pipeline: every step's required layers are produced by an earlier step.
     *
     * @throws IllegalArgumentException naming the first extractor whose required layer no earlier
     *                                  extractor produces
     */
    public static Pipeline of(String name, List<Extractor> steps) {
        Set<Layer> made = EnumSet.noneOf(Layer.class);
        for (Extractor step : steps) {
            for (Layer layer : step.requires())
                if (!made.contains(layer))
                    throw new IllegalArgumentException("extractor '" + step.name() + "' requires layer "
                            + layer + " but no extractor before it produces it");
            made.addAll(step.produces());
        }
        return new Pipeline(name, steps);
    }

    /**
     * A stage to nest in a larger pipeline: it may require layers that no step of its own makes;
     * those become its {@link #requires()}, checked when the stage is composed.
     */
    public static Pipeline stage(String name, List<Extractor> steps) {
        return new Pipeline(name, steps);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> produces() {
        return produces;
    }

    public List<Extractor> steps() {
        return steps;
    }

    /** The names of every extractor in order, nested pipelines flattened. */
    public List<String> extractorNames() {
        List<String> names = new ArrayList<>();
        for (Extractor step : steps) {
            if (step instanceof Pipeline p)
                names.addAll(p.extractorNames());
            else
                names.add(step.name());
        }
        return names;
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        for (Extractor step : steps) {
            for (Layer layer : step.requires())
                if (!doc.has(layer))
                    throw new IllegalStateException("extractor '" + step.name() + "' requires layer " + layer
                            + " which article '" + doc.article().id() + "' lacks");
            step.extract(doc);
            doc.markDone(step.produces());
        }
    }
}
