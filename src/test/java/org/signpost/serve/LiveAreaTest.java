package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Areas;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;
import org.signpost.content.SiteFolders;

/** serve --area: one area of the hub fixture, rebuilt on a save to its own files and to the shared ones, as a clean build of it. */
class LiveAreaTest {
    @TempDir
    Path tmp;
    Path hub;
    Path out;
    SiteFolders north;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        hub = tmp.resolve("hub");
        OutputWriter.copyTree(TestSites.sites().resolve("hub"), hub);
        out = tmp.resolve("out");
        north = Areas.folders(hub, "north");
        live = new LiveSite(north, out, () -> TestSites.TODAY);
        assertTrue(live.fullBuild().ok());
    }

    @Test
    void anEditToTheAreasOwnFileOrToASharedFileIsServed() throws Exception {
        Path own = hub.resolve("areas/north/content/employers/acme-power.md");
        Files.writeString(own, Files.readString(own).replace("title: \"Acme Power\"", "title: \"Acme Power and Light\""));
        assertTrue(live.apply(Set.of(own)).ok());
        assertTrue(Files.readString(out.resolve("employers/acme-power/index.html")).contains("Acme Power and Light"));
        Path shared = hub.resolve("content/guides/t-levels.md");
        Files.writeString(shared, Files.readString(shared).replace("315 hours", "315 hours (about 45 days)"));
        assertTrue(live.apply(Set.of(shared)).ok());
        assertTrue(Files.readString(out.resolve("guides/t-levels/index.html")).contains("(about 45 days)"));
        assertMatchesCleanBuild();
    }

    @Test
    void anotherAreasFilesAreNotThisAreasInput() throws Exception {
        Path other = hub.resolve("areas/south/content/employers/river-builders.md");
        assertFalse(SiteInputs.isInput(north, other));
        assertTrue(SiteInputs.isInput(north, hub.resolve("areas/north/signpost.yml")));
        assertTrue(SiteInputs.isInput(north, hub.resolve("content/careers/plumber.md")));
        Path config = hub.resolve("areas/north/signpost.yml");
        Files.writeString(config, Files.readString(config).replace("North Careers", "Northern Careers"));
        assertTrue(live.apply(Set.of(config)).ok());
        assertTrue(Files.readString(out.resolve("guides/t-levels/index.html")).contains("Northern Careers"));
        assertMatchesCleanBuild();
    }

    private void assertMatchesCleanBuild() throws Exception {
        live.refreshSearch();
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        assertTrue(new Build(north, TestSites.TODAY).build(fresh));
        Map<String, byte[]> expected = TestSites.files(fresh), actual = TestSites.files(out);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(new String(v), new String(actual.get(k)), k));
    }
}
