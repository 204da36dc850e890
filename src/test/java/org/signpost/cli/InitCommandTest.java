package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.OutputWriter;

/** init area and init site write folders that check and build at once. */
class InitCommandTest extends CommandTest {
    @Test
    void aNewAreaBuildsAtOnceUnderItsOwnName() throws Exception {
        Path hub = tmp.resolve("hub");
        OutputWriter.copyTree(TestSites.sites().resolve("hub"), hub);
        assertEquals(0, run("init", "area", "east-side", "East \"Side\"", "--site", hub.toString()), err.toString());
        assertTrue(out.toString().contains("created areas/east-side/signpost.yml"), out.toString());
        assertEquals(0, run("build", "--site", hub.toString(), "--today", "2026-12-03", "--area", "east-side"), err.toString());
        assertTrue(Files.readString(hub.resolve("output/east-side/guides/t-levels/index.html")).contains("East 'Side' Careers"));
        assertEquals(2, run("init", "area", "east-side", "Again", "--site", hub.toString()));
        assertTrue(err.toString().contains("areas/east-side already exists"), err.toString());
        assertEquals(2, run("init", "area", "East Side", "East", "--site", hub.toString()));
        assertTrue(err.toString().contains("such as 'east-side'"), err.toString());
    }

    @Test
    void aNewSiteBuildsAtOnceAndAFolderInUseIsRefused() throws Exception {
        Path site = tmp.resolve("new-site");
        assertEquals(0, run("init", "site", site.toString()), err.toString());
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-12-03"), err.toString());
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-12-03"), err.toString());
        assertTrue(Files.exists(site.resolve("output/about/index.html")));
        assertEquals(2, run("init", "site", site.toString()));
        assertTrue(err.toString().contains("is not empty"), err.toString());
    }
}
