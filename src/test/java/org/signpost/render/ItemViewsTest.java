package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Item;
import org.signpost.content.Site;

/** What a page depends on when it shows an item of the demo site in brief or whole. */
class ItemViewsTest {
    private static final Site site = new Build(TestSites.fylde(), TestSites.TODAY).check().site();
    private final ItemViews views = new ItemViews(site, TestSites.TODAY, ItemExtras.NONE);
    private final Item electrician = site.atUrl("/careers/electrician/").orElseThrow();

    private static Changes ownFieldsOf(String url) {
        return new Changes(false, Set.of(), Set.of(url), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static Changes namedBy(String url) {
        return new Changes(false, Set.of(url), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    @Test
    void aBriefViewNoTemplateReadsIsNoDependency() {
        Deps deps = new Deps();
        views.brief(electrician, deps);
        Deps.Reads reads = deps.drain();
        assertFalse(ownFieldsOf(electrician.url()).touches(reads));
        assertFalse(namedBy(electrician.url()).touches(reads));
    }

    @Test
    void aBriefViewReadDependsOnTheItemsOwnFieldsOnly() {
        Deps deps = new Deps();
        assertEquals("Electrician", views.brief(electrician, deps).get("title"));
        Deps.Reads reads = deps.drain();
        assertTrue(ownFieldsOf(electrician.url()).touches(reads));
        assertFalse(namedBy(electrician.url()).touches(reads), "its referenced-by list is not in a brief view");
    }

    @Test
    void aFullViewDependsOnWhatNamesTheItemToo() {
        Deps deps = new Deps();
        Map<String, Object> full = views.full(electrician, "<p>Body</p>", deps);
        assertTrue(full.containsKey("referenced_by"));
        assertTrue(namedBy(electrician.url()).touches(deps.drain()));
    }
}
