package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.content.Item;
import org.signpost.html.JsonLd;

/** What a run keeps of each item's Markdown once its HTML is made: a one-off run only what pages still read; serve all. */
class PipelineBodiesTest {
    private static Run run(boolean remember) {
        return new Pipeline(TestSite.fixture().dir(), () -> TestSites.TODAY, remember).run(null, Pipeline.Goal.CHECK, (f, b) -> {});
    }

    @Test
    void aOneOffRunKeepsOnlyTheBodiesJsonLdQuotes() {
        List<Item> items = run(false).site().items();
        java.util.Map<String, String> parsed = new java.util.HashMap<>();
        TestSite.fixture().site().items().forEach(i -> parsed.put(i.url(), i.body()));
        List<Item> videos = items.stream().filter(JsonLd::readsBody).toList();
        assertFalse(videos.isEmpty());
        for (Item v : videos) {
            assertFalse(v.body().isBlank(), v.path());
            assertEquals(parsed.get(v.url()), v.body(), "a video keeps its transcript");
        }
        assertTrue(items.stream().filter(i -> !JsonLd.readsBody(i)).allMatch(i -> i.body().isEmpty()), "the others' Markdown is let go");
    }

    @Test
    void servesPipelineKeepsEveryBodyForItsNextEdit() {
        List<Item> kept = run(true).site().items();
        List<Item> fresh = TestSite.fixture().site().items();
        assertEquals(fresh.stream().map(Item::body).toList(), kept.stream().map(Item::body).toList());
        assertTrue(kept.stream().anyMatch(i -> !JsonLd.readsBody(i) && !i.body().isBlank()));
    }

    @Test
    void theBodiesHtmlIsTheSameEitherWay() {
        Run once = run(false), kept = run(true);
        assertEquals(kept.bodies(), once.bodies());
        assertTrue(once.bodies().values().stream().anyMatch(b -> b.html().contains("<p>")));
    }
}
