package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/**
 * Builds the two-area fixture (sites/hub: shared content, areas/north and areas/south) and compares
 * every output file with sites/hub-expected/, byte for byte; and two builds with each other.
 */
class HubGoldenTest {
    @TempDir
    Path tmp;

    private Path build(String name) throws IOException {
        Path hub = tmp.resolve("hub");
        if (!Files.exists(hub)) OutputWriter.copyTree(TestSites.sites().resolve("hub"), hub);
        Path out = tmp.resolve(name);
        HubBuild build = new HubBuild(hub, TestSites.TODAY, Areas.of(hub));
        assertTrue(build.build(out), build.problems().sorted().toString());
        // The search client is engine code every area gets: GoldenSiteTest checks it; it is not golden here.
        for (String area : Areas.of(hub)) OutputWriter.deleteTree(out.resolve(area).resolve("_signpost"));
        return out;
    }

    @Test
    void theHubMatchesItsGoldenOutput() throws IOException {
        Path out = build("out");
        Path expected = TestSites.sites().resolve("hub-expected");
        GoldenFiles.assertMatch(out, expected);
    }

    @Test
    void twoHubBuildsAreByteForByteIdentical() throws IOException {
        Map<String, byte[]> a = TestSites.files(build("a")), b = TestSites.files(build("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k));
    }
}
