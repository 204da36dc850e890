package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher outlives whatever a rebuild throws. */
class FileWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void laterSavesStillRebuildAfterARebuildThrows() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("content"));
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> log = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        try (FileWatcher watcher = new FileWatcher(tmp, tmp.resolve("out"), files -> {
            switch (calls.incrementAndGet()) {
                case 1 -> throw new StackOverflowError();
                case 2 -> throw new IllegalStateException("a file's content\nsecond line");
                default -> batches.add(files);
            }
        }, log::add)) {
            Files.writeString(dir.resolve("a.md"), "first");
            assertEquals("signpost serve: rebuild failed: StackOverflowError; still watching", log.poll(10, TimeUnit.SECONDS));
            Files.writeString(dir.resolve("b.md"), "second");
            assertEquals("signpost serve: rebuild failed: IllegalStateException: a file's content; still watching", log.poll(10, TimeUnit.SECONDS));
            Files.writeString(dir.resolve("c.md"), "third");
            Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
            assertTrue(batch != null && batch.contains(dir.resolve("c.md")), "a later save still rebuilds: " + batch);
        }
    }
}
