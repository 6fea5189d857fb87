package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.TestCatalog;
import org.newskg.article.Article;
import org.newskg.extract.entity.CatalogRecognizer;
import org.newskg.extract.entity.EntityResolver;
import org.newskg.extract.text.BodyFinder;
import org.newskg.extract.text.SentenceSplitter;

class PipelineTest {

    @Test
    void rejects_a_composition_whose_step_lacks_a_layer() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of("bad", List.of(
                new BodyFinder(), new CatalogRecognizer(TestCatalog.small()))));
        assertEquals("extractor 'catalog-entities' requires layer TOKENS but no extractor before it produces it", e.getMessage());
    }

    @Test
    void a_pipeline_is_an_extractor_that_requires_what_its_steps_lack() {
        Pipeline inner = Pipeline.stage("entities", List.of(new CatalogRecognizer(TestCatalog.small()), new EntityResolver()));
        assertEquals(Set.of(Layer.TOKENS), inner.requires());
        Pipeline outer = Pipeline.of("all", List.of(new BodyFinder(), new SentenceSplitter(), inner));
        assertEquals(List.of("body", "sentences", "catalog-entities", "entity-resolver"), outer.extractorNames());
        assertTrue(outer.produces().containsAll(Set.of(Layer.BODY, Layer.TOKENS, Layer.ENTITIES)));
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of("all", List.of(new BodyFinder(), inner)));
        assertEquals("extractor 'entities' requires layer TOKENS but no extractor before it produces it", e.getMessage());
    }

    @Test
    void running_a_pipeline_fills_its_layers() {
        Pipeline p = Extractors.standard(TestCatalog.small());
        var doc = new AnnotatedArticle(new Article("a1", null, null, null, null, "Huawei sued the US. Canada waits."));
        p.extract(doc);
        assertTrue(doc.has(Layer.ENTITIES));
        assertEquals(2, doc.sentences().size());
        assertEquals(List.of("Huawei", "United States", "Canada"), doc.entities().stream().map(e -> e.name()).toList());
    }
}
