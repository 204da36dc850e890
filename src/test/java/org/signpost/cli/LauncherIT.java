package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/**
 * Runs the real ./signpost launcher on the packaged jar (an integration test: Failsafe runs it
 * after package, in mvn -B verify).
 */
class LauncherIT {
    @TempDir
    Path tmp;

    /** Under LANG=C, JDK 17 cannot encode a name like café.md; the launcher switches to a UTF-8 locale. */
    @Test
    void aNonAsciiFileNameUnderLangCGivesAClearResultNotACrash() throws Exception {
        Path root = TestSites.root();
        Path jar = root.resolve("target/signpost.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages the jar before this test");
        // The launcher rebuilds the jar when a source is newer: never from inside the build that just made it.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        Path site = TestSites.fixtureCopy(tmp);
        Files.writeString(site.resolve("content/guides/café.md"),
                Files.readString(site.resolve("content/guides/t-levels.md")).replaceFirst("title: .*", "title: Working in a café"));

        ProcessBuilder pb = new ProcessBuilder(root.resolve("signpost").toString(), "build", "--site", site.toString(), "--today", TestSites.TODAY.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_"));
        env.put("LANG", "C");
        env.put("LC_ALL", "");
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the launcher did not finish");
        String out = read(tmp.resolve("out.txt")), err = read(tmp.resolve("err.txt"));
        String all = "exit " + p.exitValue() + "\n" + out + err;

        assertFalse(err.contains("signpost: building"), "the launcher rebuilt the jar:\n" + all);
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Error:"), "a stack trace or raw Java error:\n" + all);
        assertTrue(p.exitValue() == 0 || p.exitValue() == 1, all);
        for (String line : err.lines().filter(l -> !l.isBlank()).toList()) {
            assertTrue(line.matches("[^:]+:\\d+:\\d+: (error|warning): .+"), "not a path:line:col problem: " + line + "\n" + all);
        }
        if (p.exitValue() == 0) {
            assertTrue(out.startsWith("build: "), all);
            assertTrue(Files.isRegularFile(site.resolve("output/guides/café/index.html")), "the page of café.md is missing:\n" + all);
        } else {
            // Once file names must be slugs: the name is reported, correctly spelt.
            assertTrue(err.contains("content/guides/café.md:"), all);
        }
    }

    /**
     * The launcher caps a build's heap by the site's size (Java would take a quarter of the
     * machine's memory), and an -Xmx the user gives in JAVA_TOOL_OPTIONS wins over it.
     */
    @Test
    void theLauncherSizesTheHeapToTheSiteUnlessTheUserDoes() throws Exception {
        Path root = TestSites.root(), jar = root.resolve("target/signpost.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages the jar before this test");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        Path site = TestSites.fixtureCopy(tmp);
        assertEquals(768, heapOf(root, site, null), "a small site gets 768 MB");
        Path many = site.resolve("content/guides/many");
        Files.createDirectories(many);
        long have;
        try (var walk = Files.walk(site.resolve("content"))) {
            have = walk.filter(f -> f.toString().endsWith(".md")).count();
        }
        // Empty, so the build fails, but -v still prints the heap: 40,960 files at 20 KB each are 800 MB.
        for (long n = have; n < 40_960; n++) Files.createFile(many.resolve("x" + n + ".md"));
        assertEquals(800, heapOf(root, site, null), "20 KB for each file, once that is more than 768 MB");
        assertEquals(2048, heapOf(root, site, "-Xmx2g"), "the user's -Xmx wins");
    }

    /** The heap the launcher gave a build of {@code site}, as {@code build -v} reports it. */
    private long heapOf(Path root, Path site, String toolOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("signpost").toString(), "build", "-v", "--site", site.toString(), "--today",
                TestSites.TODAY.toString(), "--no-search", "-o", tmp.resolve("heap-out").toString());
        if (toolOptions != null) pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        else pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path log = tmp.resolve("heap.txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the launcher did not finish");
        String out = read(log);
        var m = java.util.regex.Pattern.compile("java heap: up to (\\d+) MB").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** A site too big for the heap: one line saying so and how to give Java more, and the last output left exactly as it was. */
    @Test
    void runningOutOfMemoryIsOneClearLineAndLeavesTheOutputAlone() throws Exception {
        Path root = TestSites.root(), jar = root.resolve("target/signpost.jar"), out = tmp.resolve("output");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages the jar before this test");
        assertTrue(java(jar, "-Xmx512m", out).startsWith("exit 0"), "the demo builds with room to spare");
        Map<String, byte[]> before = TestSites.files(out);
        // The demo builds in about 24 MB. Memory runs out at a different step for each heap size, and
        // the first failure can break classes that later ones need, so try several.
        for (String heap : java.util.List.of("-Xmx8m", "-Xmx10m", "-Xmx12m", "-Xmx14m")) {
            String small = java(jar, heap, out);
            assertTrue(small.startsWith("exit 3\n"), heap + ": " + small);
            assertTrue(small.contains("signpost: Java ran out of memory (its heap may grow to ") && small.contains("JAVA_TOOL_OPTIONS=-Xmx4g"), small);
            assertFalse(small.contains("\tat ") || small.contains("OutOfMemoryError"), "no stack trace: " + small);
            Map<String, byte[]> after = TestSites.files(out);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((f, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(f)), f));
        }
        try (var beside = Files.list(tmp)) {
            assertEquals(java.util.List.of("output"), beside.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".txt")).sorted().toList(),
                    "no half-built folder is left beside output/");
        }
    }

    private String java(Path jar, String heap, Path out) throws Exception {
        Path log = tmp.resolve("java" + heap + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar", jar.toString(),
                "build", "--site", TestSites.root().toString(), "--area", "fylde-coast", "--today", TestSites.TODAY.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the build did not finish");
        return "exit " + p.exitValue() + "\n" + Files.readString(log).lines().filter(l -> !l.contains(": warning: ")).collect(java.util.stream.Collectors.joining("\n"));
    }
}
