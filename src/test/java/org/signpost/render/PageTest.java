package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTest {
    private final AtomicInteger builds = new AtomicInteger();

    private Page bare() {
        return new Page("/careers/nurse/", "career.ftlh", deps -> {
            builds.incrementAndGet();
            deps.item("/careers/nurse/");
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Nurse");
            return model;
        });
    }

    private static Page embedOf(Page bare) {
        return bare.derived("/embed/careers/nurse/", bare.template(), m -> {
            Map<String, Object> copy = new HashMap<>(m);
            copy.put("embed", true);
            return copy;
        });
    }

    @Test
    void aFamilyRenderedTogetherBuildsItsModelOnceAndEachPageSeesItsOwnVersion() {
        Page bare = bare(), full = bare.derived(bare.url(), bare.template(), m -> m), embed = embedOf(bare);
        List<Map<String, Object>> models = Page.together(List.of(full, embed), () -> List.of(full.model(), embed.model()));
        assertEquals(1, builds.get());
        assertEquals(Map.of("title", "Nurse"), models.get(0));
        assertEquals(Map.of("title", "Nurse", "embed", true), models.get(1));
        assertSame(full.family(), embed.family());
        assertSame(full.deps(), embed.deps(), "one record of what the family read");
        assertEquals(Set.of("/careers/nurse/"), embed.deps().drain().items());
    }

    @Test
    void outsideTogetherEachCallBuildsAfreshAndNothingIsKept() {
        Page bare = bare(), embed = embedOf(bare);
        Page.together(List.of(bare, embed), () -> embed.model());
        assertNotSame(bare.model(), bare.model(), "the held model is let go after the family renders");
        assertEquals(3, builds.get());
    }

    @Test
    void pagesOfDifferentFamiliesAreNotRenderedTogether() {
        Page one = bare(), other = bare();
        assertThrows(IllegalArgumentException.class, () -> Page.together(List.of(one, other), () -> null));
    }
}
