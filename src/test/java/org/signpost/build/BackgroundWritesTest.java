package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundWritesTest {
    @Test
    void finishWaitsForEveryWrite() {
        BackgroundWrites writes = new BackgroundWrites();
        AtomicInteger done = new AtomicInteger();
        for (int n = 0; n < 300; n++) {
            writes.submit(2048, () -> {
                try {
                    Thread.sleep(1); // 300 writes on 2 threads take 150 ms or more: a finish that did not wait would see fewer
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                done.incrementAndGet();
            });
        }
        writes.finish();
        assertEquals(300, done.get());
        writes.submit(10, done::incrementAndGet); // usable again after finishing (the search files come after the assets)
        writes.finish();
        assertEquals(301, done.get());
    }

    @Test
    void anIoFailureSurfacesAtFinish() {
        BackgroundWrites writes = new BackgroundWrites();
        writes.submit(1, () -> {
            throw new IOException("disk full");
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, writes::finish);
        assertEquals("disk full", e.getCause().getMessage());
    }

    @Test
    void runningOutOfMemoryInAWriterIsNotLost() {
        BackgroundWrites writes = new BackgroundWrites();
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        writes.submit(1, () -> {
            throw oom;
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, writes::finish));
    }

    @Test
    void aWriteLargerThanTheQueueStillGoesThrough() {
        BackgroundWrites writes = new BackgroundWrites();
        AtomicInteger done = new AtomicInteger();
        writes.submit(Integer.MAX_VALUE / 2, done::incrementAndGet);
        writes.finish();
        assertEquals(1, done.get());
    }
}
