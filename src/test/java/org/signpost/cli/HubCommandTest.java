package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.OutputWriter;

/** A hub (sites/hub: shared content, areas/north and areas/south) built, checked and refused as a user meets it. */
class HubCommandTest extends CommandTest {
    private Path hub() throws IOException {
        Path site = tmp.resolve("hub");
        OutputWriter.copyTree(TestSites.sites().resolve("hub"), site);
        return site;
    }

    private int build(Path site, String... more) {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"build", "--site", site.toString(), "--today", "2026-12-03"}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return run(args);
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private static String main(String html) {
        Matcher m = Pattern.compile("<main.*?</main>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "a page has a <main>");
        return m.group();
    }

    @Test
    void everyAreaIsBuiltIntoItsOwnFolderAndNothingOfOneAppearsInTheOther() throws IOException {
        Path site = hub();
        assertEquals(0, build(site), err.toString());
        Map<String, byte[]> north = TestSites.files(site.resolve("output/north")), south = TestSites.files(site.resolve("output/south"));
        assertTrue(out.toString().contains("in 2 areas"), out.toString());
        // Shared content is in both; each area's own only in its own.
        for (Map<String, byte[]> area : java.util.List.of(north, south)) {
            assertTrue(area.containsKey("careers/electrician/index.html"));
            assertTrue(area.containsKey("guides/t-levels/index.html"));
        }
        assertTrue(north.containsKey("employers/acme-power/index.html"));
        assertFalse(south.containsKey("employers/acme-power/index.html"));
        assertTrue(south.containsKey("employers/river-builders/index.html"));
        assertFalse(north.containsKey("employers/river-builders/index.html"));
        // Not a word of one area in any file of the other: pages, search index, feeds, sitemaps, analytics settings.
        south.forEach((file, bytes) -> {
            String s = new String(bytes, StandardCharsets.UTF_8);
            for (String north1 : new String[] {"Acme Power", "acme-power", "North Careers", "north.example", "electrical-apprentice"}) {
                assertFalse(s.contains(north1), "south/" + file + " mentions " + north1);
            }
        });
        north.forEach((file, bytes) -> {
            String s = new String(bytes, StandardCharsets.UTF_8);
            for (String south1 : new String[] {"River Builders", "river-builders", "South Careers", "south.example", "plumbing-apprentice"}) {
                assertFalse(s.contains(south1), "north/" + file + " mentions " + south1);
            }
        });
        // Each area under its own name and address; a shared guide says the same in both; a career shows each area's own vacancies.
        assertTrue(text(north, "guides/t-levels/index.html").contains("North Careers"));
        assertTrue(text(south, "guides/t-levels/index.html").contains("South Careers"));
        assertEquals(main(text(north, "guides/t-levels/index.html")).replace("north.example", "AREA").replace("North Careers", "AREA"),
                main(text(south, "guides/t-levels/index.html")).replace("south.example", "AREA").replace("South Careers", "AREA"));
        assertNotEquals(main(text(north, "careers/plumber/index.html")), main(text(south, "careers/plumber/index.html")));
        assertTrue(text(south, "careers/plumber/index.html").contains("Plumbing apprentice at River Builders"));
        // The area's own template wins over the built-in one; the shared assets are in both, the same bytes.
        assertTrue(text(south, "careers/electrician/index.html").contains("Also called"));
        assertFalse(text(north, "careers/electrician/index.html").contains("Also called"));
        assertTrue(north.keySet().stream().anyMatch(f -> f.startsWith("media/day")));
        assertFalse(south.keySet().stream().anyMatch(f -> f.startsWith("media/day")));
        assertTrue(Files.exists(site.resolve("output").resolve(OutputWriter.MARKER)));
        // Each area's own analytics: south counts with Signpost's collector, north (the shared setting) counts nothing.
        assertTrue(text(south, "index.html").contains("data-signpost-analytics=\"signpost\""));
        assertFalse(text(north, "index.html").contains("data-signpost-analytics"));
    }

    @Test
    void oneAreaIsBuiltAloneAndTheOthersAreLeftAsTheyWere() throws IOException {
        Path site = hub();
        assertEquals(0, build(site), err.toString());
        Path southPage = site.resolve("output/south/careers/plumber/index.html");
        byte[] before = Files.readAllBytes(southPage);
        Files.writeString(site.resolve("areas/north/content/employers/acme-power.md"),
                Files.readString(site.resolve("areas/north/content/employers/acme-power.md")).replace("title: \"Acme Power\"", "title: \"Acme Power and Light\""));
        out.getBuffer().setLength(0);
        assertEquals(0, build(site, "--area", "north"), err.toString());
        assertTrue(out.toString().contains("area north"), out.toString());
        assertTrue(Files.readString(site.resolve("output/north/employers/acme-power/index.html")).contains("Acme Power and Light"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(southPage)), "south was not touched");
    }

    @Test
    void aBrokenAreaLeavesTheWholeOutputAsItWas() throws IOException {
        Path site = hub();
        assertEquals(0, build(site), err.toString());
        Map<String, byte[]> before = TestSites.files(site.resolve("output"));
        Files.writeString(site.resolve("areas/south/content/apprenticeships/plumbing-apprentice.md"),
                Files.readString(site.resolve("areas/south/content/apprenticeships/plumbing-apprentice.md")).replace("employer: river-builders", "employer: nobody"));
        assertEquals(1, build(site));
        assertTrue(err.toString().contains("areas/south/content/apprenticeships/plumbing-apprentice.md:"), err.toString());
        Map<String, byte[]> after = TestSites.files(site.resolve("output"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, b) -> assertTrue(java.util.Arrays.equals(b, after.get(f)), f));
    }

    @Test
    void anAreaFileThatWouldReplaceASharedOneIsAClashNamingBoth() throws IOException {
        Path site = hub();
        Files.createDirectories(site.resolve("areas/north/content/careers"));
        Files.copy(site.resolve("content/careers/electrician.md"), site.resolve("areas/north/content/careers/electrician.md"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-12-03"));
        String e = err.toString();
        assertTrue(e.contains("areas/north/content/careers/electrician.md:1:1: error: this file has the same name as content/careers/electrician.md, which every area shares"), e);
    }

    @Test
    void checkReportsAProblemOnASharedFileOnceAndSaysWhichAreasHaveIt() throws IOException {
        Path site = hub();
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-12-03"), err.toString());
        String e = err.toString();
        assertTrue(out.toString().startsWith("check (north, south): 0 errors, 2 warnings"), out.toString());
        // plumber has a technical route in south (its vacancy) but not in north
        assertTrue(e.contains("content/careers/plumber.md:1:1: warning: no technical route") && e.contains("(in north)"), e);
        assertEquals(1, e.lines().filter(l -> l.startsWith("content/careers/plumber.md:")).count(), e);
    }

    @Test
    void anUnknownAreaOrABadlyNamedAreaFolderIsOnePlainLine() throws IOException {
        Path site = hub();
        assertEquals(2, build(site, "--area", "east"));
        assertTrue(err.toString().contains("signpost: there is no area 'east'; the areas are north, south"), err.toString());
        err.getBuffer().setLength(0);
        Files.createDirectories(site.resolve("areas/West Side"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-12-03"));
        assertTrue(err.toString().contains("areas/West Side:1:1: error: an area's folder name is its address"), err.toString());
        err.getBuffer().setLength(0);
        Files.createDirectories(site.resolve("areas/east"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-12-03"));
        assertTrue(err.toString().contains("areas/east:1:1: error: an area needs its own signpost.yml"), err.toString());
        assertEquals(1, build(site), "a build stops on it too");
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void newWritesIntoAnAreasContentAndWillNotShadowASharedFile() throws IOException {
        Path site = hub();
        assertEquals(0, run("new", "employer", "Coast Forge", "--area", "north", "--site", site.toString(), "--today", "2026-12-03"), err.toString());
        assertTrue(Files.exists(site.resolve("areas/north/content/employers/coast-forge.md")), out.toString());
        assertTrue(out.toString().contains("created areas/north/content/employers/coast-forge.md"), out.toString());
        assertEquals(1, run("new", "career", "Electrician", "--area", "north", "--site", site.toString()));
        assertTrue(err.toString().contains("content/careers/electrician.md already exists"), err.toString());
        assertFalse(Files.exists(site.resolve("areas/north/content/careers/electrician.md")));
    }

    @Test
    void aSiteWithoutAreasRefusesTheAreaOption() {
        assertEquals(2, run("build", "--site", TestSites.sites().resolve("fixture").toString(), "--area", "north", "-o", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("this site has no areas/ folder"), err.toString());
    }

    @Test
    void searchReadsOneAreaTheFirstUnlessNamed() throws IOException {
        Path site = hub();
        assertEquals(0, run("search", "plumbing apprentice", "--site", site.toString(), "--area", "south", "--today", "2026-12-03"), err.toString());
        assertTrue(out.toString().contains("/apprenticeships/plumbing-apprentice/"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "plumbing apprentice", "--site", site.toString(), "--today", "2026-12-03"), err.toString());
        assertFalse(out.toString().contains("plumbing-apprentice"), "north has no such vacancy: " + out);
        assertTrue(err.toString().contains("searching area north; the others (south) with --area SLUG"), err.toString());
    }

    @Test
    void reportAndCollectNeedTheAreaNamedBecauseEachAreaCountsApart() throws IOException {
        Path site = hub();
        String events = "src/test/resources/analytics/known-answers.ndjson";
        assertEquals(2, run("report", "--from", events, "--site", site.toString(), "-o", tmp.resolve("r").toString()));
        assertTrue(err.toString().contains("name one with --area (north, south): report reads one area's settings"), err.toString());
        assertFalse(Files.exists(tmp.resolve("r")));
        // The same school, named by each area: the report reads the named area's settings.
        Files.writeString(site.resolve("areas/south/signpost.yml"), "schools:\n  - {urn: \"119701\", name: \"Riverside High School\"}\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(site.resolve("areas/north/signpost.yml"), "schools:\n  - {urn: \"119701\", name: \"North Shore Academy\"}\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("report", "--from", events, "--site", site.toString(), "--area", "south", "--today", "2026-12-02", "-o", tmp.resolve("r").toString()), err.toString());
        String report = Files.readString(tmp.resolve("r/index.html"));
        assertTrue(report.contains("Riverside High School"), "south's school name");
        assertFalse(report.contains("North Shore Academy"), "not north's");
        assertEquals(2, run("report", "--from", events, "--area", "south", "-o", tmp.resolve("r2").toString()));
        assertTrue(err.toString().contains("give --site too"), err.toString());
        assertEquals(2, run("collect", "--site", site.toString(), "--db", tmp.resolve("a.db").toString()));
        assertTrue(err.toString().contains("collect reads one area's settings"), err.toString());
        assertFalse(Files.exists(tmp.resolve("a.db")));
    }
}
