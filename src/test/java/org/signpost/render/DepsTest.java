package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DepsTest {
    private static final String CAREER = "/careers/plumber/", ROUTE = "/routes/construction/";

    /** A summary edit of the plumber: its own fields changed, and the route it names has a "referenced by" list that may move. */
    private static Changes summaryEdit() {
        return new Changes(false, Set.of(CAREER, ROUTE), Set.of(CAREER), Set.of("summary"), Set.of(), Set.of("career"), Set.of(), Set.of(), Set.of());
    }

    @Test
    void aPageThatShowsAnItemWholeIsRenderedAgainWhenAnItemItNamesChanges() {
        Deps.Reads routePage = new Deps().item(ROUTE).drain();
        assertTrue(summaryEdit().touches(routePage));
    }

    @Test
    void aPageThatShowsANamedItemOnlyInBriefIsLeftAlone() {
        Deps.Reads sectorPage = new Deps().brief(ROUTE).drain();
        assertFalse(summaryEdit().touches(sectorPage), "the route's own fields did not change");
    }

    @Test
    void aPageThatShowsTheEditedItemInBriefIsRenderedAgain() {
        Deps.Reads listing = new Deps().brief(CAREER).drain();
        assertTrue(summaryEdit().touches(listing));
    }

    @Test
    void drainingStartsAfresh() {
        Deps deps = new Deps().brief(CAREER);
        deps.drain();
        assertFalse(summaryEdit().touches(deps.drain()), "a page rendered again records what it reads then");
    }
}
