package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.analytics.Event;

class BatchWriterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void anEventsFutureCompletesOnlyOnceItsBatchIsCommittedAndOldEventsGoAtStart() throws Exception {
        Database db = Database.of(tmp.resolve("a.db").toString());
        try (EventStore seed = EventStore.open(db)) {
            seed.insert(EventStoreContract.everyType(LocalDate.of(2025, 1, 1)));
        }
        List<Integer> batches = new CopyOnWriteArrayList<>();
        EventStore counting = new Counting(EventStore.open(db), batches);
        List<String> log = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        try (BatchWriter writer = new BatchWriter(counting, new Retention(13, NOW), log::add)) {
            for (int i = 0; i < 3_000; i++) futures.add(writer.submit(EventStoreContract.everyType(LocalDate.of(2026, 12, 2)).get(i % 8)));
            for (CompletableFuture<Void> f : futures) f.get(30, TimeUnit.SECONDS);
            assertTrue(writer.healthy());
        }
        assertEquals(3_000, batches.stream().mapToInt(Integer::intValue).sum());
        assertTrue(batches.size() < 3_000 && batches.stream().allMatch(n -> n <= BatchWriter.MAX_BATCH), "batches " + batches);
        assertTrue(log.get(0).contains("deleted 8 events from before 2025-11-02"), log.toString());
        try (EventStore store = EventStore.open(db)) {
            assertEquals(3_000, EventStoreContract.stored(store).size());
        }
    }

    @Test
    void whenTheDatabaseFailsTheEventsAreRefusedNotAcknowledged() throws Exception {
        Database db = Database.of(tmp.resolve("b.db").toString());
        EventStore broken = new Counting(EventStore.open(db), null);
        List<String> log = new CopyOnWriteArrayList<>();
        try (BatchWriter writer = new BatchWriter(broken, new Retention(13, NOW), log::add)) {
            CompletableFuture<Void> f = writer.submit(EventStoreContract.everyType(LocalDate.of(2026, 12, 2)).get(0));
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertEquals("the event could not be stored; try again", e.getCause().getMessage());
            assertFalse(writer.healthy());
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("could not store 1 events: the disk is full")), log.toString());
    }

    /** Records batch sizes, or fails every insert when given no list. */
    private record Counting(EventStore store, List<Integer> batches) implements EventStore {
        @Override
        public void insert(List<Event> events) throws SQLException {
            if (batches == null) throw new SQLException("the disk is full");
            store.insert(events);
            batches.add(events.size());
        }

        @Override
        public int deleteBefore(LocalDate day) throws SQLException {
            return store.deleteBefore(day);
        }

        @Override
        public void forEach(EventSink sink) throws SQLException {
            store.forEach(sink);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
