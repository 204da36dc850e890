package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;

/** serve's incremental rebuilds: only affected pages change, and the result equals a full build. */
class LiveSiteTest {
    @TempDir
    Path tmp;
    Path site;
    Path out;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        site = TestSites.fixtureCopy(tmp);
        out = tmp.resolve("out");
        live = new LiveSite(site, out, () -> TestSites.TODAY);
        assertTrue(live.fullBuild().ok());
    }

    @Test
    void aBodyEditRewritesOnlyThatPage() throws Exception {
        Path file = site.resolve("content/guides/t-levels.md");
        Files.writeString(file, Files.readString(file).replace("315 hours", "315 hours (about 45 days)"));
        applyAndList(file, Set.of("guides/t-levels/index.html", "embed/guides/t-levels/index.html"));
        assertTrue(Files.readString(out.resolve("guides/t-levels/index.html")).contains("(about 45 days)"));
        assertMatchesFullBuild();
    }

    @Test
    void aBodyEditThatBreaksAnotherPagesAnchorIsCaught() throws Exception {
        Path plumber = site.resolve("content/careers/plumber.md");
        String good = Files.readString(plumber);
        Files.writeString(plumber, good.replace("## What will I do?", "## What do plumbers do?"));
        LiveSite.Outcome outcome = live.apply(Set.of(plumber));
        assertFalse(outcome.ok());
        assertEquals("content/careers/electrician.md:25:21: error: link '/careers/plumber/#what-will-i-do' points to missing anchor '#what-will-i-do' on /careers/plumber/",
                outcome.problems().stream().filter(p -> p.isError()).findFirst().orElseThrow().toString());
        Files.writeString(plumber, good);
        assertTrue(live.apply(Set.of(plumber)).ok());
        assertMatchesFullBuild();
    }

    @Test
    void aFileThatStopsParsingGivesOnlyItsOwnErrorAndRecovers() throws Exception {
        Path electrician = site.resolve("content/careers/electrician.md");
        String good = Files.readString(electrician);
        Files.writeString(electrician, good.replaceFirst("title: .*", "title: \"Electrician"));
        LiveSite.Outcome outcome = live.apply(Set.of(electrician));
        assertFalse(outcome.ok());
        assertEquals(java.util.List.of("content/careers/electrician.md"),
                outcome.problems().stream().filter(p -> p.isError()).map(p -> p.path()).distinct().toList(), outcome.problems().toString());
        Files.writeString(electrician, good);
        assertTrue(live.apply(Set.of(electrician)).ok());
        assertMatchesFullBuild();
    }

    @Test
    void aTitleEditReachesListingsAndPagesThatNameIt() throws Exception {
        Path file = site.resolve("content/careers/plumber.md");
        Files.writeString(file, Files.readString(file).replace("title=Plumber", "title=Plumber and heating engineer"));
        // The pages that show the title, and no others: the career, its listings (A to Z, careers,
        // the audience and route listings, the home page), the career that relates to it, its
        // sector and its route map; the embed versions of those that have one, the career's oEmbed title and the careers list in /api/v1.
        applyAndList(file, Set.of("careers/a-z/index.html", "careers/electrician/index.html", "careers/index.html", "careers/plumber/index.html",
                "for/young-people/index.html", "index.html", "routemaps/construction-map/index.html",
                "routes/construction-built-environment/index.html", "sectors/construction/index.html",
                "embed/careers/electrician/index.html", "embed/careers/index.html", "embed/careers/plumber/index.html", "embed/careers/plumber/oembed.json",
                "embed/for/young-people/index.html", "embed/routemaps/construction-map/index.html",
                "embed/routes/construction-built-environment/index.html", "embed/sectors/construction/index.html", "api/v1/careers.json"));
        assertTrue(Files.readString(out.resolve("careers/index.html")).contains("Plumber and heating engineer"));
        assertTrue(Files.readString(out.resolve("careers/electrician/index.html")).contains("Plumber and heating engineer"));
        assertMatchesFullBuild();
    }

    @Test
    void aNewItemAppearsAndADeletedOneGoes() throws Exception {
        Path added = site.resolve("content/guides/cv.md");
        Files.writeString(added, "---\ntitle: \"Writing a CV\"\nsummary: \"How to write a CV.\"\naudience: [young-people]\ndate: 2026-11-20\n---\nText.\n");
        assertTrue(live.apply(Set.of(added)).ok());
        assertTrue(Files.exists(out.resolve("guides/cv/index.html")));
        assertTrue(Files.readString(out.resolve("guides/index.html")).contains("Writing a CV"));
        assertMatchesFullBuild();

        Files.delete(added);
        assertTrue(live.apply(Set.of(added)).ok());
        assertFalse(Files.exists(out.resolve("guides/cv/index.html")));
        assertFalse(Files.readString(out.resolve("guides/index.html")).contains("Writing a CV"));
        assertMatchesFullBuild();
    }

    @Test
    void anErrorKeepsTheServedSiteAndTheFixRecovers() throws Exception {
        Map<String, byte[]> before = TestSites.files(out);
        Path file = site.resolve("content/careers/electrician.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("related: [plumber]", "related: [plumbr]"));
        LiveSite.Outcome outcome = live.apply(Set.of(file));
        assertFalse(outcome.ok());
        assertEquals("content/careers/electrician.md:20:11: error: 'related[1]' refers to career 'plumbr', which does not exist; did you mean 'plumber'?",
                outcome.problems().stream().filter(p -> p.isError()).findFirst().orElseThrow().toString());
        Map<String, byte[]> after = TestSites.files(out);
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));

        Files.writeString(file, good);
        assertTrue(live.apply(Set.of(file)).ok());
        assertMatchesFullBuild();
    }

    @Test
    void aTemplateEditRerendersThePagesThatUseIt() throws Exception {
        Path template = site.resolve("templates/career.ftlh");
        Files.writeString(template, Files.readString(template).replace("Also called:", "Other names:"));
        applyAndList(template, Set.of("careers/electrician/index.html", "careers/plumber/index.html",
                "embed/careers/electrician/index.html", "embed/careers/plumber/index.html"));
        assertTrue(Files.readString(out.resolve("careers/plumber/index.html")).contains("Other names:"));
        assertMatchesFullBuild();
    }

    @Test
    void aSalaryEditRedrawsTheRouteMapThatShowsIt() throws Exception {
        Path file = site.resolve("content/careers/electrician.md");
        Files.writeString(file, Files.readString(file).replace("salary_starter: 25000", "salary_starter: 26500"));
        LiveSite.Outcome outcome = live.apply(Set.of(file));
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertTrue(Files.readString(out.resolve("routemaps/construction-map/index.html")).contains("From £26,500 a year"));
        assertMatchesFullBuild();
    }

    @Test
    void anLmiTableEditRebuildsTheSite() throws Exception {
        Path csv = site.resolve("data/lmi/pay-by-soc.csv");
        Files.writeString(csv, Files.readString(csv).replace("5241,34500", "5241,36100"));
        assertTrue(live.apply(Set.of(csv)).ok());
        assertMatchesFullBuild();
    }

    @Test
    void listingsGrowAndShrinkByPage() throws Exception {
        Path config = site.resolve("signpost.yml");
        Files.writeString(config, Files.readString(config) + "page_size: 2\n");
        assertTrue(live.fullBuild().ok());
        assertTrue(Files.exists(out.resolve("apprenticeships/index.html")));
        assertFalse(Files.exists(out.resolve("guides/page/2/index.html")));
        Path added = site.resolve("content/guides/cv.md");
        for (String slug : new String[] {"cv", "interviews"}) {
            Files.writeString(site.resolve("content/guides/" + slug + ".md"), "---\ntitle: \"" + slug + "\"\nsummary: \"A guide.\"\naudience: [young-people]\n---\nText.\n");
            assertTrue(live.apply(Set.of(site.resolve("content/guides/" + slug + ".md"))).ok());
        }
        assertTrue(Files.readString(out.resolve("guides/page/2/index.html")).contains("page 2 of 2"));
        assertMatchesFullBuild();
        Files.delete(added);
        assertTrue(live.apply(Set.of(added)).ok());
        assertFalse(Files.exists(out.resolve("guides/page/2/index.html")), "the emptied page is removed");
        assertMatchesFullBuild();
    }

    @Test
    void anAssetEditIsCopied() throws Exception {
        Path css = site.resolve("assets/css/site.css");
        Files.writeString(css, "body { color: #111; }\n");
        assertTrue(live.apply(Set.of(css)).ok());
        assertEquals("body { color: #111; }\n", Files.readString(out.resolve("css/site.css")));
    }

    @Test
    void aStylesheetEditRenamesItsHashedCopyAndRewritesThePagesThatLinkIt() throws Exception {
        Path css = site.resolve("assets/css/site.css");
        String before = hashedCss();
        Files.writeString(css, Files.readString(css) + "h1 { color: #222; }\n");
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(css));
        String renamed = "css/site." + java.util.HexFormat.of().formatHex(hash, 0, 4) + ".css";
        applyAndList(css, Set.of("css/site.css", renamed, "_headers", "_signpost/nginx.conf", "careers/electrician/index.html", "careers/plumber/index.html",
                "embed/careers/electrician/index.html", "embed/careers/plumber/index.html"));
        assertEquals(renamed, hashedCss(), "the old hashed copy is removed");
        assertTrue(Files.readString(out.resolve("careers/plumber/index.html")).contains("href=\"/" + renamed + "\""));
        assertTrue(Files.readString(out.resolve("_headers")).contains("/" + renamed + "\n"));
        assertMatchesFullBuild();
    }

    /** The hashed copy of site.css in the output now. */
    private String hashedCss() throws Exception {
        try (var list = Files.list(out.resolve("css"))) {
            return list.map(p -> "css/" + p.getFileName()).filter(n -> n.matches("css/site\\.[0-9a-f]{8}\\.css")).reduce((a, b) -> a + " and " + b).orElse("none");
        }
    }

    /**
     * Applies an edit of one file and checks that it changed exactly these output files and wrote
     * no others, and that serve counted them: every file's modification time is set back first,
     * so the ones written afterwards show.
     */
    private void applyAndList(Path edited, Set<String> expected) throws Exception {
        FileTime before = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
        Map<String, byte[]> old = TestSites.files(out);
        for (String f : old.keySet()) Files.setLastModifiedTime(out.resolve(f), before);
        LiveSite.Outcome outcome = live.apply(Set.of(edited));
        assertTrue(outcome.ok(), outcome.problems().toString());
        Set<String> changed = new TreeSet<>(), written = new TreeSet<>();
        for (var f : TestSites.files(out).entrySet()) {
            if (!java.util.Arrays.equals(f.getValue(), old.get(f.getKey()))) changed.add(f.getKey());
            if (!Files.getLastModifiedTime(out.resolve(f.getKey())).equals(before)) written.add(f.getKey());
        }
        assertEquals(new TreeSet<>(expected), changed, "files the edit changed");
        assertEquals(changed, written, "files serve wrote");
        assertEquals(written.size(), outcome.pagesWritten(), "files written, as serve reports it");
    }

    /** Whatever serve did, the output must equal a fresh full build. */
    private void assertMatchesFullBuild() throws Exception {
        live.refreshSearch(); // serve does this after the reload
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        assertTrue(new Build(site, TestSites.TODAY).build(fresh));
        Map<String, byte[]> expected = TestSites.files(fresh), actual = TestSites.files(out);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(new String(v), new String(actual.get(k)), k));
    }
}
