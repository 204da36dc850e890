package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.analytics.Event;

/**
 * The packaged collector ({@code java -jar target/signpost.jar collect}) is killed with SIGKILL in
 * the middle of a flood: every event it acknowledged is in the database afterwards, and a new
 * collector starts on the same database and takes events.
 */
class CollectorKillIT {
    static final String SITE = "https://careers.example.org";
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/collect");

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        killDuringAFlood(Database.of(tmp.resolve("analytics.db").toString()));
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchPostgres pg = new ScratchPostgres()) {
            killDuringAFlood(pg.database());
        }
    }

    private void killDuringAFlood(Database db) throws Exception {
        Process collector = start(db);
        try {
            int port = port(collector);
            CompletableFuture<Flood.Result> flood = CompletableFuture.supplyAsync(() -> {
                try {
                    return Flood.run(port, SITE, 20, 2_000, 0, Duration.ofMinutes(2));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(db) < 2_000 && System.nanoTime() < deadline && !flood.isDone()) Thread.sleep(20);
            collector.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
            assertTrue(collector.waitFor(20, TimeUnit.SECONDS));
            Flood.Result r = flood.get(3, TimeUnit.MINUTES);
            assertTrue(r.failures() > 0, "the flood ended before the kill, so the kill proved nothing");
            Set<String> stored = new HashSet<>(paths(db));
            Set<String> lost = new HashSet<>(r.acknowledged());
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, lost.size() + " of " + r.acknowledged().size() + " acknowledged events were lost");
            System.out.printf("kill -9 on %s: %d acknowledged, %d stored%n", db.postgres() ? "PostgreSQL" : "SQLite", r.acknowledged().size(), stored.size());
        } finally {
            collector.destroyForcibly().waitFor();
        }
        Process again = start(db);
        try {
            int port = port(again);
            Flood.Result r = Flood.run(port, SITE, 1, 1, 0, Duration.ofSeconds(30));
            assertEquals(1, r.acknowledged().size(), "a collector restarted on the same database took no event: " + r);
            again.destroy(); // SIGTERM: stops cleanly
            assertTrue(again.waitFor(20, TimeUnit.SECONDS));
            assertTrue(paths(db).containsAll(r.acknowledged()));
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    private Process start(Database db) throws Exception {
        Path jar = TestSites.root().resolve("target/signpost.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages the jar before this test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", jar.toString(), "collect", "--db", db.url(), "--origin", SITE, "--port", "0")
                .redirectError(tmp.resolve("collector-err.txt").toFile()).start();
    }

    /** Reads the port from the collector's first line. */
    private int port(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String first = line.get(60, TimeUnit.SECONDS);
        Matcher m = LISTENING.matcher(first == null ? "" : first);
        assertTrue(m.find(), "the collector did not start: " + first + "\n" + Files.readString(tmp.resolve("collector-err.txt")));
        return Integer.parseInt(m.group(1));
    }

    private static int count(Database db) {
        try {
            return EventStoreContract.ints(db, "SELECT COUNT(*) FROM events").get(0);
        } catch (SQLException e) {
            return 0; // the collector has not made the table yet
        }
    }

    private static List<String> paths(Database db) throws SQLException {
        try (EventStore store = EventStore.open(db)) {
            return EventStoreContract.stored(store).stream().map(Event::path).toList();
        }
    }
}
