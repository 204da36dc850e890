package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;

/** The three ways serve differed from a clean build (#10), and serve as an editor meets it. */
class ServeRegressionIT {
    @TempDir
    Path tmp;

    @Test
    void itemCountsFollowAnAddedCareer() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Files.writeString(site.resolve("templates/guide.ftlh"), "<#list site.types as t>${t.name}=${t.count};</#list>\n");
        LiveSite live = started(site);
        assertGuideShows("career=2;");
        Path added = write(site, "content/careers/roofer.md", "---\ntitle: Roofer\nsummary: Roofers fix roofs.\naudience: [young-people]\nroute: construction-built-environment\n---\nText.\n");
        assertTrue(live.apply(Set.of(added)).ok());
        assertGuideShows("career=3;");
        assertMatchesCleanBuild(live, site);
    }

    @Test
    void aMissingAnchorOnALinkWithoutTrailingSlashIsCaught() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path guide = site.resolve("content/guides/t-levels.md");
        Files.writeString(guide, Files.readString(guide) + "\nSee [plumbing](/careers/plumber#what-will-i-do).\n");
        LiveSite live = started(site);
        Path plumber = site.resolve("content/careers/plumber.md");
        Files.writeString(plumber, Files.readString(plumber).replace("## What will I do?", "## What do plumbers do?"));
        LiveSite.Outcome outcome = live.apply(Set.of(plumber));
        assertFalse(outcome.ok());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.isError() && p.path().equals("content/guides/t-levels.md")
                && p.message().contains("'/careers/plumber#what-will-i-do' points to missing anchor")), outcome.problems().toString());
    }

    @Test
    void startsWithErrorsShowsThemAndRecoversCompletely() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path electrician = site.resolve("content/careers/electrician.md");
        String good = Files.readString(electrician);
        Files.writeString(electrician, good.replace("title: \"Electrician\"", "title: \"Electrician"));
        LiveSite live = new LiveSite(site, tmp.resolve("out"), () -> TestSites.TODAY);
        assertFalse(live.fullBuild().ok());
        assertTrue(live.problems().stream().anyMatch(p -> p.isError() && p.path().equals("content/careers/electrician.md")));
        Files.writeString(electrician, good);
        assertTrue(live.apply(Set.of(electrician)).ok());
        assertTrue(live.problems().stream().noneMatch(p -> p.isError()));
        assertMatchesCleanBuild(live, site);
    }

    @Test
    void theErrorPanelIsOnEveryPageUntilFixed() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        HttpClient http = HttpClient.newHttpClient();
        try (DevServer server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(new ByteArrayOutputStream()))) {
            Path plumber = site.resolve("content/careers/plumber.md");
            String good = Files.readString(plumber);
            Files.writeString(plumber, good.replace("route=construction-built-environment", "route=constructoin"));
            server.changed(Set.of(plumber));
            for (String page : new String[] {"/", "/careers/electrician/", "/guides/t-levels/"}) {
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + page)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(body.contains("content/careers/plumber.md") && body.contains("constructoin"), page + " shows the error");
            }
            Files.writeString(plumber, good);
            server.changed(Set.of(plumber));
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(body.contains("constructoin"), "the panel goes once the problem is fixed");
        }
    }

    @Test
    void onlyTheSitesInputsAreWatched() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        ConcurrentLinkedQueue<Set<Path>> batches = new ConcurrentLinkedQueue<>();
        for (String dir : new String[] {"target", "node_modules", "output", ".git", "content/.hidden"}) Files.createDirectories(site.resolve(dir));
        try (FileWatcher watcher = new FileWatcher(site, site.resolve("output"), batches::add, line -> {})) {
            for (String noise : new String[] {"target/x", "node_modules/x", "output/x", ".git/x", "content/.hidden/x.md", "notes.txt"}) {
                Files.writeString(site.resolve(noise), "x");
            }
            Thread.sleep(500);
            assertEquals(0, batches.size(), "no rebuild for " + batches);
            Path career = site.resolve("content/careers/plumber.md");
            Files.writeString(career, Files.readString(career) + "\nMore.\n");
            Files.writeString(site.resolve("signpost.yml"), Files.readString(site.resolve("signpost.yml")) + "\n");
            long until = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < until && batches.stream().mapToInt(Set::size).sum() < 2) Thread.sleep(20);
            Set<Path> seen = new java.util.HashSet<>();
            batches.forEach(seen::addAll);
            assertEquals(Set.of(career, site.resolve("signpost.yml")), seen);
        }
    }

    @Test
    void aNewTypeTemplateIsUsedAtOnce() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        LiveSite live = started(site);
        Path template = write(site, "templates/guide.ftlh", "<#import \"_default-layout.ftlh\" as d><@d.frame><h1 class=\"guide\">${item.title}</h1></@d.frame>\n");
        LiveSite.Outcome outcome = live.apply(Set.of(template));
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertTrue(outcome.pagesWritten() > 0);
        assertGuideShows("<h1 class=\"guide\">");
        assertMatchesCleanBuild(live, site);
    }

    private LiveSite started(Path site) throws Exception {
        LiveSite live = new LiveSite(site, tmp.resolve("out"), () -> TestSites.TODAY);
        LiveSite.Outcome first = live.fullBuild();
        assertTrue(first.ok(), first.problems().toString());
        return live;
    }

    private static Path write(Path site, String file, String text) throws Exception {
        return Files.writeString(site.resolve(file), text);
    }

    private void assertGuideShows(String text) throws Exception {
        String page = Files.readString(tmp.resolve("out/guides/t-levels/index.html"));
        assertTrue(page.contains(text), "the served guide page shows " + text);
    }

    private void assertMatchesCleanBuild(LiveSite live, Path site) throws Exception {
        live.refreshSearch();
        Map<String, byte[]> expected = new Build(site, TestSites.TODAY).renderAll(), actual = TestSites.files(tmp.resolve("out"));
        actual.remove(OutputWriter.MARKER);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(new String(v), new String(actual.get(k)), k));
    }
}
