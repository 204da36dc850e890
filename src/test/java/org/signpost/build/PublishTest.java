package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/** How a build publishes: permissions, leftovers of killed builds, mount points and symlinked output folders. */
class PublishTest {
    @TempDir
    Path tmp;

    /** Under umask 022 that is rwxr-xr-x; it used to be rwx------ whatever the umask. */
    @Test
    void outputGetsTheUmasksPermissionsLikeMkdirNotPrivateOnes() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("output");
        assertTrue(new Build(site, TestSites.TODAY).build(out));
        Path mkdir = Files.createDirectory(tmp.resolve("made-like-mkdir"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(mkdir));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("careers"))));
    }

    /** Files are written on threads of their own; one that fails still stops the publish. */
    @Test
    void aFileThatCannotBeWrittenStopsThePublishAndTheOldOutputStays() throws IOException {
        Path out = tmp.resolve("output");
        OutputWriter.createMarked(out);
        Files.writeString(out.resolve("index.html"), "old");
        OutputWriter writer = OutputWriter.stage(out, java.util.Map.of());
        writer.add("careers", new byte[] {1}); // a file where the next one needs a folder, or the other way round
        writer.add("careers/index.html", new byte[] {2});
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, writer::publish);
        assertEquals("old", Files.readString(out.resolve("index.html")));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "the staging folder is gone");
        }
    }

    @Test
    void aKilledBuildsStagingIsRemovedButARunningBuildsIsKept() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("output");
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        Path stale = Files.createDirectories(tmp.resolve(".output.new-" + gone.pid() + "-1/careers"));
        Path staleOld = Files.createDirectories(tmp.resolve(".output.old-" + gone.pid() + "-7"));
        Path running = Files.createDirectories(tmp.resolve(".output.new-" + ProcessHandle.current().pid() + "-999999"));
        Path otherOutput = Files.createDirectories(tmp.resolve(".www.new-" + gone.pid() + "-1"));

        assertTrue(new Build(site, TestSites.TODAY).build(out));

        assertFalse(Files.exists(stale.getParent()), "a killed build's staging folder was left");
        assertFalse(Files.exists(staleOld), "a killed build's old output was left");
        assertTrue(Files.exists(running), "a running build's staging folder was removed");
        assertTrue(Files.exists(otherOutput), "another output's folder was touched");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void aSymlinkedOutputPublishesIntoItsTargetAndKeepsTheLink() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path webRoot = Files.createDirectories(tmp.resolve("srv/www"));
        Path out = Files.createSymbolicLink(tmp.resolve("output"), webRoot);
        for (int i = 0; i < 2; i++) {
            assertTrue(new Build(site, TestSites.TODAY).build(out));
            assertTrue(Files.isSymbolicLink(out), "the output link was replaced");
            assertEquals(webRoot, Files.readSymbolicLink(out));
            assertTrue(Files.isRegularFile(webRoot.resolve("index.html")), "the web root did not get the site");
            assertTrue(Files.isRegularFile(webRoot.resolve(OutputWriter.MARKER)));
        }
        try (var list = Files.list(tmp.resolve("srv"))) {
            assertEquals(List.of(webRoot), list.toList(), "staging folders left beside the web root");
        }
    }

    @Test
    void anOutputThatIsAMountPointIsPublishedByItsContents() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!ci) assumeTrue(root, "skipped: mounting a tmpfs on output/ needs root (this test fails instead of skipping when CI=true)");
        Path site = TestSites.fixtureCopy(tmp);
        Path out = Files.createDirectories(tmp.resolve("output"));
        run("mount", "-t", "tmpfs", "tmpfs", out.toString());
        try {
            Files.writeString(out.resolve(OutputWriter.MARKER), "old");
            Files.writeString(out.resolve("stale.html"), "an old page");
            Files.createDirectories(out.resolve("careers/gone"));
            for (int i = 0; i < 2; i++) {
                Build build = new Build(site, TestSites.TODAY);
                assertTrue(build.build(out), build.problems().sorted().toString());
                assertTrue(Files.isRegularFile(out.resolve("index.html")));
                assertTrue(Files.isRegularFile(out.resolve("careers/electrician/index.html")));
            }
            assertFalse(Files.exists(out.resolve("stale.html")), "an old page stayed");
            assertFalse(Files.exists(out.resolve("careers/gone")), "an old folder stayed");
            try (var list = Files.list(out)) {
                assertEquals(List.of(), list.filter(p -> p.getFileName().toString().startsWith(".output")).toList(), "staging left inside output/");
            }
            Path expected = TestSites.sites().resolve("fixture/expected");
            assertEquals(Files.readString(expected.resolve("index.html")), Files.readString(out.resolve("index.html")));
        } finally {
            run("umount", out.toString());
        }
        try (var list = Files.list(tmp)) {
            assertEquals(0, list.filter(p -> p.getFileName().toString().startsWith(".output")).count(), "staging left beside output/");
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + " failed");
    }
}
