package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReadersTest {
    private static final List<String> THINGS = List.of("/careers/plumber/", "/routes/construction/", "summary", "career", "level", "page.ftl", "/css/site.css");

    /** Some of the things, each kind drawn from the same small pool so that pages and edits overlap. */
    private static Set<String> some(Random random) {
        Set<String> set = new HashSet<>();
        for (String thing : THINGS) if (random.nextInt(5) == 0) set.add(thing);
        return set;
    }

    private static Deps.Reads reads(Random random) {
        return new Deps.Reads(some(random), some(random), some(random), some(random), some(random), some(random), some(random), some(random));
    }

    private static Changes changes(Random random) {
        return new Changes(false, some(random), some(random), some(random), some(random), some(random), some(random), some(random), some(random));
    }

    @Test
    void itNamesExactlyThePagesAnEditTouchesAsPagesRenderedAgainAndGoneComeAndGo() {
        Random random = new Random(42);
        Readers readers = new Readers();
        Map<String, Deps.Reads> pages = new HashMap<>();
        for (int round = 0; round < 500; round++) {
            String url = "/page/" + random.nextInt(40) + "/";
            Deps.Reads old = pages.get(url);
            if (old != null) readers.remove(url, old);
            if (random.nextInt(4) == 0) pages.remove(url); // the page is gone
            else {
                Deps.Reads now = reads(random);
                pages.put(url, now);
                readers.add(url, now);
            }
            Changes edit = changes(random);
            Set<String> expected = new TreeSet<>();
            pages.forEach((u, r) -> {
                if (edit.touches(r)) expected.add(u);
            });
            assertEquals(expected, new TreeSet<>(readers.touchedBy(edit)), "round " + round);
        }
    }

    @Test
    void aPageRenderedAgainIsFoundByWhatItReadsNowNotWhatItReadBefore() {
        Readers readers = new Readers();
        Deps.Reads before = new Deps().brief("/careers/plumber/").drain(), after = new Deps().brief("/careers/welder/").drain();
        readers.add("/sectors/construction/", before);
        readers.remove("/sectors/construction/", before);
        readers.add("/sectors/construction/", after);
        Changes plumberEdit = new Changes(false, Set.of("/careers/plumber/"), Set.of("/careers/plumber/"), Set.of("summary"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        assertEquals(Set.of(), readers.touchedBy(plumberEdit));
    }
}
