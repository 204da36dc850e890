package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.cli.Main;

/**
 * One case per way a hostile or careless editor can hurt a site: each folder under
 * sites/hostile/ holds files laid over the fixture site and {@code expected.txt}, a transcript:
 *
 * <pre>
 * # what the case is
 * setup: symlink assets/passwd.txt /etc/passwd     (also: fifo PATH, file PATH TEXT, dir PATH,
 *                                                   repeat PATH N TEXT: TEXT added N times at the end;
 *                                                   \n in PATH or TEXT is a newline, \s in PATH a space)
 * $ build --output $SITE/content                      (the command; $SITE is the site copy)
 * content/x.md:1:1: error: ...                        (every line the command prints to stderr,
 * exit 1                                               less the fixture's own warning, then its exit code)
 * absent: output/passwd.txt                            (paths that must not exist afterwards)
 * present: output/index.html                           (paths that must exist afterwards)
 * lacks: output/x/index.html &lt;script&gt;alert            (a file that must exist and not contain the text)
 * </pre>
 *
 * Every case also holds that nothing prints a stack trace, the site's own files are never
 * changed, and a run that fails leaves an existing output/ byte for byte as it was.
 */
class HostileSitesTest {
    private static final Set<String> DIRECTIVES = Set.of("setup:", "absent:", "present:", "lacks:");
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyHostileCaseGivesItsExpectedResult() throws IOException {
        // serve-* cases hold a raw request instead: DevServerHostileRequestsIT runs them.
        List<Path> cases = TestSites.cases("hostile", p -> Files.isRegularFile(p.resolve("expected.txt")) && !Files.exists(p.resolve("request.http")));
        assertFalse(cases.isEmpty(), "no hostile cases");
        Set<String> baseline = Set.copyOf(run(TestSites.fixtureCopy(tmp.resolve("baseline")), List.of("check")).errLines());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c, baseline)));
    }

    private void runCase(Path dir, Set<String> baseline) throws IOException {
        Path expectedFile = dir.resolve("expected.txt");
        List<String> script = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        Path site = TestSites.fixtureCopy(tmp.resolve(dir.getFileName().toString()), dir);
        List<String> command = List.of("check");
        for (String line : script) {
            if (line.startsWith("setup: ")) setup(site, line.substring(7).strip());
            if (line.startsWith("$ ")) command = Arrays.asList(line.substring(2).strip().replace("$SITE", site.toString()).split(" "));
        }
        Map<String, byte[]> inputsBefore = inputs(site);
        Map<String, byte[]> outputBefore = TestSites.files(site.resolve("output"));

        Result result = run(site, command);

        List<String> transcript = new ArrayList<>();
        for (String line : result.errLines()) if (!baseline.contains(line)) transcript.add(line.replace(site.toString(), "$SITE"));
        transcript.add("exit " + result.exit());
        List<String> expected = script.stream().filter(l -> !l.startsWith("#") && !l.startsWith("$ ") && !l.isBlank()
                && DIRECTIVES.stream().noneMatch(l::startsWith)).toList();
        if (TestSites.updateGolden()) rewrite(expectedFile, script, transcript);
        else assertEquals(String.join("\n", expected), String.join("\n", transcript), "transcript of " + dir.getFileName());

        String all = result.out() + result.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Error:"), "a stack trace or raw Java error:\n" + all);
        assertEquals(inputsBefore.keySet(), inputs(site).keySet(), "the site's own files changed");
        inputsBefore.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, read(site.resolve(path))), "the site's file changed: " + path));
        if (result.exit() != 0 && !outputBefore.isEmpty()) {
            Map<String, byte[]> after = TestSites.files(site.resolve("output"));
            assertEquals(outputBefore.keySet(), after.keySet(), "a failed run changed output/");
        }
        for (String line : script) {
            if (line.startsWith("absent: ")) assertFalse(Files.exists(site.resolve(line.substring(8).strip()), java.nio.file.LinkOption.NOFOLLOW_LINKS), line);
            if (line.startsWith("present: ")) assertTrue(Files.exists(site.resolve(line.substring(9).strip())), line);
            if (line.startsWith("lacks: ")) {
                String[] parts = line.substring(7).strip().split(" ", 2);
                String text = Files.readString(site.resolve(parts[0]), StandardCharsets.UTF_8);
                assertFalse(text.contains(parts[1]), line + "\n" + text);
            }
        }
    }

    /** Files that are the site's own inputs: everything but output/ and the build's own temporary folders. */
    private static Map<String, byte[]> inputs(Path site) throws IOException {
        return TestSites.files(site).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("output/") && !e.getKey().startsWith(".output") && !e.getKey().equals("expected.txt"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void setup(Path site, String step) throws IOException {
        String[] p = step.split(" ", 3);
        Path target = site.resolve(p[1].replace("\\n", "\n").replace("\\s", " "));
        Files.createDirectories(target.getParent());
        switch (p[0]) {
            case "symlink" -> Files.createSymbolicLink(target, Path.of(p[2]));
            case "file" -> Files.writeString(target, p[2].replace("\\n", "\n"));
            case "dir" -> Files.createDirectories(target);
            case "repeat" -> {
                String[] rest = p[2].split(" ", 2);
                Files.writeString(target, rest[1].replace("\\n", "\n").repeat(Integer.parseInt(rest[0])), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            case "fifo" -> {
                try {
                    Process mk = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
                    assertTrue(mk.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) && mk.exitValue() == 0, "mkfifo failed");
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            default -> throw new IllegalArgumentException("unknown setup step: " + step);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    private record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Runs a signpost command on a site, as the command line would, with the fixture's day. */
    private static Result run(Path site, List<String> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(command);
        if (!args.contains("--site")) args.addAll(List.of("--site", site.toString()));
        if (!args.contains("--today")) args.addAll(List.of("--today", TestSites.TODAY.toString()));
        if (args.get(0).equals("build") && !args.contains("--output") && !args.contains("-o")) {
            args.addAll(List.of("--output", site.resolve("output").toString()));
        }
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private static void rewrite(Path file, List<String> script, List<String> transcript) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : script) if (l.startsWith("#") || l.startsWith("$ ") || l.startsWith("setup:")) lines.add(l);
        lines.addAll(transcript);
        for (String l : script) if (l.startsWith("absent:") || l.startsWith("present:") || l.startsWith("lacks:")) lines.add(l);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
