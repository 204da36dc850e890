package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signpost.TestSites;

/**
 * The same site gives the same bytes whatever the number of threads: the packaged jar builds it
 * with the common pool at 1, 2 and 8 workers (rendering, Markdown, search and links all run on
 * it), and every file of the three outputs is compared. (bench/build also compares JDK 17 with 25.)
 */
class DeterminismIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixture", "demo"})
    void outputIsByteIdenticalAcrossThreadCounts(String which) throws Exception {
        Path site = which.equals("demo") ? TestSites.root() : TestSites.fixtureCopy(tmp.resolve("site"));
        List<String> area = which.equals("demo") ? List.of("--area", "fylde-coast") : List.of(); // the demo is a hub: its Fylde Coast area
        Map<String, byte[]> first = null;
        for (int threads : new int[] {1, 2, 8}) {
            Path out = tmp.resolve("out-" + threads);
            build(site, area, out, threads);
            Map<String, byte[]> files = TestSites.files(out);
            if (first == null) {
                first = files;
                assertTrue(files.size() > 10, "the build wrote a site: " + files.keySet());
                continue;
            }
            assertEquals(new TreeSet<>(first.keySet()), new TreeSet<>(files.keySet()), threads + " threads wrote other files");
            List<String> differ = new ArrayList<>();
            for (var e : first.entrySet()) if (!java.util.Arrays.equals(e.getValue(), files.get(e.getKey()))) differ.add(e.getKey());
            assertEquals(List.of(), differ, "files that differ between 1 and " + threads + " threads");
        }
    }

    private void build(Path site, List<String> area, Path out, int threads) throws IOException, InterruptedException {
        Path jar = TestSites.root().resolve("target/signpost.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages the jar before this test");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        Path log = tmp.resolve("build-" + threads + ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads, "-jar", jar.toString(),
                "build", "--site", site.toString(), "--today", TestSites.TODAY.toString(), "-o", out.toString()));
        command.addAll(area);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, p.exitValue(), Files.readString(log));
    }
}
