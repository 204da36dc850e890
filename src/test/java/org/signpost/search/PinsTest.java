package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.content.Problems;
import org.signpost.content.Site;

/** Pinned results: read and checked from data/search/pins.yml, and put first by the search. */
class PinsTest {
    final TestSite fixture = TestSite.fixture();
    final Site site = fixture.site();

    @Test
    void aPinnedPageComesFirstForItsQueryInAnyCaseButNotPastTheFilters() {
        Synonyms s = Synonyms.load(fixture.dir(), site, new Problems());
        Synonyms pinned = new Synonyms(s.map(), s.phrases(), s.rules(), s.stems(), new Pins(Map.of(Pins.key("Plumber"), "/guides/t-levels/")), s.cased());
        SearchIndex index = SearchIndex.build(site, TestSite.bodies(site), TestSites.TODAY, pinned);
        assertEquals("/guides/t-levels/", index.search("PLUMBER", Map.of(), 10).get(0).url());
        assertEquals("/careers/plumber/", index.search("PLUMBER", Map.of(), 10).get(1).url());
        assertFalse(index.search("plumber", Map.of("type", List.of("career")), 10).stream().anyMatch(h -> h.url().equals("/guides/t-levels/")));
        assertEquals("/careers/plumber/", index.search("plumber pipes", Map.of(), 10).get(0).url(), "only the pinned query");
    }

    @Test
    void checkReportsAPinWhosePageIsNotOnTheSiteAtItsLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data/search"));
        Files.writeString(dir.resolve(Pins.FILE), "# pins\nT-Levels: /guides/t-levels/\nplumber: /careers/nobody/\n");
        Problems problems = new Problems();
        Pins pins = Pins.load(dir, site, problems);
        assertEquals(Map.of("t levels", "/guides/t-levels/"), pins.pages());
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        String p = problems.sorted().get(0).toString();
        assertTrue(p.startsWith("data/search/pins.yml:3:1: error:") && p.contains("/careers/nobody/"), p);
    }

    @Test
    void theDemoPinsAreValid() {
        Problems problems = new Problems();
        Site demo = new org.signpost.build.Build(TestSites.fylde(), TestSites.TODAY).check().site();
        assertFalse(Pins.load(TestSites.fylde(), demo, problems).pages().isEmpty());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }
}
