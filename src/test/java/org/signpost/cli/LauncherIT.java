package org.signpost.cli;

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

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
