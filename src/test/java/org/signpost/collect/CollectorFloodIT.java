package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.analytics.Event;

/**
 * 20,000 events from 20 parallel senders on loopback, one in ten of them invalid: every
 * acknowledged event is stored exactly once, nothing else is, and every invalid one is refused.
 */
class CollectorFloodIT {
    static final String SITE = "https://careers.example.org";
    static final int SENDERS = 20, EACH = 1_000, INVALID_EVERY = 10;

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        flood(Database.of(tmp.resolve("analytics.db").toString()));
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchPostgres pg = new ScratchPostgres()) {
            flood(pg.database());
        }
    }

    private static void flood(Database db) throws Exception {
        Flood.Result r;
        try (Collector c = Collector.start(new Collector.Settings(new InetSocketAddress("127.0.0.1", 0), List.of(SITE), db, 13, line -> {}))) {
            r = Flood.run(c.port(), SITE, SENDERS, EACH, INVALID_EVERY, Duration.ofMinutes(2));
        }
        int invalid = SENDERS * (EACH / INVALID_EVERY);
        assertEquals(Map.of(), r.otherStatuses(), "answers other than 204 for valid and 400 for invalid events");
        assertEquals(0, r.failures(), "requests that got no answer");
        assertEquals(invalid, r.sentInvalid());
        assertEquals(invalid, r.refusedInvalid(), "invalid events refused");
        assertEquals(SENDERS * EACH - invalid, r.acknowledged().size(), "valid events acknowledged");
        List<String> paths;
        try (EventStore store = EventStore.open(db)) {
            paths = EventStoreContract.stored(store).stream().map(Event::path).toList();
        }
        Set<String> unique = new HashSet<>(paths);
        assertEquals(paths.size(), unique.size(), "an event was stored twice");
        assertEquals(r.acknowledged(), unique, "the stored events are not the acknowledged ones");
        System.out.printf("flood on %s: %d events in %.1f s (%.0f accepted a second)%n", db.postgres() ? "PostgreSQL" : "SQLite",
                SENDERS * EACH, r.nanos() / 1e9, r.perSecond());
    }
}
