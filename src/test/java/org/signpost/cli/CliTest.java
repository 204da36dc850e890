package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Problem;

class CliTest extends CommandTest {

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("build", "check", "new", "serve", "search", "schema")) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: signpost " + command), out.toString());
        }
    }

    @Test
    void checkPrintsProblemLinesAndASummaryAndExitsOneOnErrors() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Files.writeString(site.resolve("content/careers/electrician.md"),
                Files.readString(site.resolve("content/careers/electrician.md")).replace("level", "x").replace("route: construction-built-environment", "route: constructoin"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-22"));
        assertTrue(err.toString().contains("content/careers/electrician.md:9:1: error: 'route' cannot be 'constructoin'"), err.toString());
        assertTrue(out.toString().contains("check: 1 error, 1 warning in 11 content files"), out.toString());
    }

    @Test
    void buildWithoutSearchWritesTheSameSiteLessItsIndex() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22", "-o", tmp.resolve("full").toString()), err.toString());
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22", "--no-search", "-o", tmp.resolve("bare").toString()), err.toString());
        assertTrue(out.toString().contains("search index: left out (--no-search)"), out.toString());
        Map<String, byte[]> full = TestSites.files(tmp.resolve("full")), bare = TestSites.files(tmp.resolve("bare"));
        var missing = new java.util.TreeSet<>(full.keySet());
        missing.removeAll(bare.keySet());
        assertFalse(missing.isEmpty());
        assertTrue(missing.stream().allMatch(f -> f.contains("search")), "only the search index is left out: " + missing);
        bare.forEach((f, bytes) -> assertTrue(java.util.Arrays.equals(bytes, full.get(f)), f));
    }

    @Test
    void buildAfterAFailedCheckLeavesOutputByteForByte() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path output = site.resolve("output");
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22"));
        Map<String, byte[]> before = org.signpost.TestSites.files(output);
        Files.writeString(site.resolve("content/guides/t-levels.md"), "---\ntitle: \"Broken\n---\n");
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-22"));
        assertTrue(err.toString().contains("content/guides/t-levels.md:2:8: error: this quoted value is never closed; add the closing \""), err.toString());
        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-22"));
        Map<String, byte[]> after = org.signpost.TestSites.files(output);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
    }

    @Test
    void newScaffoldsAFileThatPassesCheck() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        for (String type : List.of("career", "pathway", "apprenticeship", "employer", "routemap", "sector", "guide", "page", "video")) {
            assertEquals(0, run("new", "--site", site.toString(), "--today", "2026-11-22", type, "Brand New " + type), err.toString());
        }
        assertTrue(Files.exists(site.resolve("content/careers/brand-new-career.md")));
        List<String> errors = new Build(site, TestSites.TODAY).check().problems().sorted().stream()
                .filter(Problem::isError).map(Problem::toString).toList();
        // Only the video needs files that a scaffold cannot make: the clip and its captions.
        assertEquals(List.of(
                "content/videos/brand-new-video.md:19:1: error: 'src' file /media/brand-new-video.mp4 does not exist in assets/",
                "content/videos/brand-new-video.md:20:1: error: 'captions' file /media/brand-new-video.en.vtt does not exist in assets/"), errors);
    }

    @Test
    void aScaffoldIsADraftUntilItsPlaceholdersAreWritten() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        assertEquals(0, run("new", "--site", site.toString(), "--today", "2026-11-22", "guide", "Money at college"), err.toString());
        Path file = site.resolve("content/guides/money-at-college.md");
        String scaffold = Files.readString(file);
        assertTrue(scaffold.contains("\nstatus: draft\n"), scaffold);
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22"), err.toString());
        assertFalse(Files.exists(site.resolve("output/guides/money-at-college/index.html")), "a draft is not published");
        assertFalse(Files.readString(site.resolve("output/index.html")).contains("Money at college"), "nor listed as new");
        // Published as it stands, the page would show its instructions to readers: check refuses it.
        Files.writeString(file, scaffold.replace("status: draft\n", ""));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-22"));
        assertTrue(err.toString().contains("content/guides/money-at-college.md:3:1: error: 'summary' still holds the placeholder text from 'signpost new'"), err.toString());
        int line = scaffold.replace("status: draft\n", "").lines().toList().indexOf(
                "Write the answer first, in short sentences. Use headings that are questions a reader would ask.") + 1;
        assertTrue(line > 3, "the scaffold's body paragraph");
        assertTrue(err.toString().contains("content/guides/money-at-college.md:" + line + ":1: error: the body still holds the placeholder text"), err.toString());
    }

    @Test
    void searchPrintsRankScoreUrlAndTitle() {
        Path site = TestSites.fixtureCopy(tmp);
        assertEquals(0, run("search", "--site", site.toString(), "--today", "2026-11-22", "sparky"));
        String first = out.toString().lines().findFirst().orElse("");
        assertTrue(first.matches(" 1 +[0-9]+\\.[0-9]{4}  /careers/electrician/  Electrician \\(career\\)"), first);
        assertEquals(2, run("search", "--site", site.toString(), "--filter", "colour=red", "x"));
        assertTrue(err.toString().contains("--filter takes FACET=VALUE"), err.toString());
    }

    @Test
    void newRefusesToOverwriteAndSuggestsTypes() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        assertEquals(1, run("new", "--site", site.toString(), "career", "Electrician"));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(1, run("new", "--site", site.toString(), "carer", "X"));
        assertTrue(err.toString().contains("unknown type 'carer'; did you mean 'career'?"), err.toString());
    }

    @Test
    void aTodayThatIsNotADateNamesWhereItCameFrom() {
        SiteOptions options = new SiteOptions();
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> options.today(Map.of("SIGNPOST_TODAY", "xyz")));
        assertEquals("SIGNPOST_TODAY is 'xyz', not a date; write it as YYYY-MM-DD", e.getMessage());
        assertEquals(java.time.LocalDate.of(2026, 11, 22), options.today(Map.of("SIGNPOST_TODAY", " 2026-11-22 ")));
        options.today = "22/11/2026";
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> options.today(Map.of()));
        assertEquals("--today is '22/11/2026', not a date; write it as YYYY-MM-DD", e.getMessage());
    }
}
