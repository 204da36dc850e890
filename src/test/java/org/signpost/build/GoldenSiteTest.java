package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/** Builds the fixture site and compares every output file with sites/fixture/expected/, byte for byte. */
class GoldenSiteTest {
    @TempDir
    Path tmp;

    @Test
    void fixtureSiteMatchesGoldenOutput() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("out");
        assertTrue(new Build(site, TestSites.TODAY).build(out));
        Path expected = TestSites.sites().resolve("fixture/expected");
        // The search client is engine code every site gets (the fixture has no assets/js): checked here, not golden.
        Path client = out.resolve("_signpost");
        assertEquals(Files.readString(TestSites.root().resolve("src/main/resources/org/signpost/client/js/search.js")),
                Files.readString(client.resolve("js/search.js")));
        OutputWriter.deleteTree(client);
        GoldenFiles.assertMatch(out, expected);
    }

    @Test
    void twoBuildsAreByteForByteIdentical() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        assertTrue(new Build(site, TestSites.TODAY).build(tmp.resolve("a")));
        assertTrue(new Build(site, TestSites.TODAY).build(tmp.resolve("b")));
        Map<String, byte[]> a = TestSites.files(tmp.resolve("a")), b = TestSites.files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k));
    }
}
