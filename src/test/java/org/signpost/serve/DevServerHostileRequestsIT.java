package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/**
 * The serve cases of sites/hostile/: each serve-* folder holds {@code request.http}, the raw
 * request ({port} is the server's port), and {@code expected.txt}: a # line naming what the case
 * proves, the exact status line, then header lines the response must have. Files a folder holds
 * besides those two are laid over the fixture site, so every case sees them.
 */
class DevServerHostileRequestsIT {
    @TempDir
    static Path tmp;
    private static DevServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    static List<Path> cases() throws Exception {
        try (Stream<Path> list = Files.list(TestSites.sites().resolve("hostile"))) {
            return list.filter(p -> Files.isRegularFile(p.resolve("request.http"))).sorted().toList();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path site = TestSites.fixtureCopy(tmp, cases().toArray(Path[]::new));
        Files.delete(site.resolve("request.http"));
        server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsItsExpectedAnswer() throws Exception {
        List<Path> cases = cases();
        assertFalse(cases.isEmpty(), "no serve-* cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    private static void runCase(Path dir) throws Exception {
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(expected.get(0).startsWith("# "), "expected.txt starts with a # line naming what the case proves");
        List<String> want = expected.stream().filter(l -> !l.startsWith("#")).toList();
        String request = Files.readString(dir.resolve("request.http"), StandardCharsets.ISO_8859_1).replace("{port}", String.valueOf(server.port()));
        String response = RawHttp.send(server.port(), request.getBytes(StandardCharsets.ISO_8859_1));
        List<String> head = response.lines().takeWhile(l -> !l.isEmpty()).toList();
        assertFalse(head.isEmpty(), "no response at all to " + dir.getFileName());
        assertEquals(want.get(0), head.get(0), "status line for " + dir.getFileName());
        for (String header : want.subList(1, want.size())) assertTrue(head.contains(header), "missing '" + header + "' in\n" + String.join("\n", head));
        assertFalse(LOG.toString(StandardCharsets.UTF_8).contains("\tat "), "a stack trace in the log");
    }
}
