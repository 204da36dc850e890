package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.content.Item;

/** A hub renders a shared body once for the areas that would render it the same, and an area's own body every time. */
class BodyCacheTest {
    private final AtomicInteger renders = new AtomicInteger();

    private BodyCache.Rendered render() {
        renders.incrementAndGet();
        return new BodyCache.Rendered(null, List.of());
    }

    @Test
    void aSharedBodyIsRenderedOnceForTheSameTemplateAndHostsOnly() {
        BodyCache cache = new BodyCache();
        Item guide = TestSite.fixture().site().get("guide", "t-levels").orElseThrow();
        BodyCache.Rendered first = cache.get(guide, Set.of("main"), List.of(), false, this::render);
        assertSame(first, cache.get(guide, Set.of("main"), List.of(), false, this::render));
        assertEquals(1, renders.get());
        cache.get(guide, Set.of("main", "pay"), List.of(), false, this::render); // another page template's ids
        cache.get(guide, Set.of("main"), List.of("media.example.org"), false, this::render); // other media hosts
        Item edited = new Item(guide.type(), guide.slug(), guide.url(), guide.path(), guide.fields(), guide.positions(), guide.body() + "\nMore.",
                guide.bodyLine(), guide.references());
        cache.get(edited, Set.of("main"), List.of(), false, this::render); // other text
        assertEquals(4, renders.get());
    }

    @Test
    void anAreasOwnBodyIsNeverKept() {
        BodyCache cache = new BodyCache();
        Item guide = TestSite.fixture().site().get("guide", "t-levels").orElseThrow();
        Item own = new Item(guide.type(), guide.slug(), guide.url(), "areas/north/content/guides/t-levels.md", guide.fields(), guide.positions(),
                guide.body(), guide.bodyLine(), guide.references());
        cache.get(own, Set.of(), List.of(), false, this::render);
        cache.get(own, Set.of(), List.of(), false, this::render);
        assertEquals(2, renders.get());
    }
}
