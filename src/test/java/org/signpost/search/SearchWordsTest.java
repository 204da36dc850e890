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
import org.signpost.TestSites;
import org.signpost.build.Areas;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;

/** In a hub (sites/hub) an area's search words add to the shared ones, and win for the same word or query. */
class SearchWordsTest {
    @TempDir
    Path tmp;

    private Path hub() throws IOException {
        Path site = tmp.resolve("hub");
        OutputWriter.copyTree(TestSites.sites().resolve("hub"), site);
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Build checked(Path hub, String area) {
        Build build = new Build(Areas.folders(hub, area), TestSites.TODAY).check();
        assertFalse(build.problems().hasErrors(), build.problems().sorted().toString());
        return build;
    }

    private static List<String> urls(Build build, String query) {
        return build.searchIndex().search(query, Map.of(), 10).stream().map(SearchIndex.Hit::url).toList();
    }

    @Test
    void anAreasSynonymsAddToTheSharedOnesInThatAreaOnly() throws IOException {
        Path hub = hub();
        write(hub.resolve("areas/north").resolve(Synonyms.FILE), "# North's own words\nwireman, electrician\n");
        Build north = checked(hub, "north"), south = checked(hub, "south");
        assertEquals("/careers/electrician/", urls(north, "wireman").get(0), "the area's own rule");
        assertFalse(urls(south, "wireman").contains("/careers/electrician/"), "not another area's: " + urls(south, "wireman"));
        Synonyms words = new Synonyms.Cache().load(Areas.folders(hub, "north"), north.site(), new Problems());
        assertTrue(words.rules().contains(new Synonyms.Rule(List.of(List.of("wireman"), List.of("electrician")), List.of(List.of("wireman"), List.of("electrician")))));
        assertTrue(words.rules().stream().anyMatch(r -> r.from().contains(List.of("t", "level"))), "the shared rules are still read: " + words.rules());
    }

    @Test
    void aBadRuleInAnAreasFileIsReportedInThatFileAtItsLine() throws IOException {
        Path hub = hub();
        write(hub.resolve("areas/north").resolve(Synonyms.FILE), "# North's own words\nwireman => electrician => spark\n");
        Build north = new Build(Areas.folders(hub, "north"), TestSites.TODAY).check();
        Problem p = north.problems().sorted().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("areas/north/data/search/synonyms.txt", p.path());
        assertEquals(2, p.at().line(), p.toString());
    }

    @Test
    void anAreasStemsAndPinsWinForTheSameWordOrQuery() throws IOException {
        Path hub = hub();
        write(hub.resolve(Stems.FILE), "plumbing, plumber => plumb\n");
        write(hub.resolve("areas/north").resolve(Stems.FILE), "plumbing => plumbing\n");
        write(hub.resolve(Pins.FILE), "wiring: /careers/electrician/\npipes: /careers/plumber/\n");
        write(hub.resolve("areas/north").resolve(Pins.FILE), "wiring: /careers/plumber/\n");
        SiteFolders north = Areas.folders(hub, "north"), south = Areas.folders(hub, "south");
        assertEquals(Map.of("plumbing", "plumbing", "plumber", "plumb"), Stems.curated(north, new Problems()));
        assertEquals(Map.of("plumbing", "plumb", "plumber", "plumb"), Stems.curated(south, new Problems()));
        Build northSite = checked(hub, "north");
        assertEquals(Map.of("wiring", "/careers/plumber/", "pipes", "/careers/plumber/"), Pins.load(north, northSite.site(), new Problems()).pages());
        assertEquals(Map.of("wiring", "/careers/electrician/", "pipes", "/careers/plumber/"), Pins.load(south, checked(hub, "south").site(), new Problems()).pages());
    }
}
