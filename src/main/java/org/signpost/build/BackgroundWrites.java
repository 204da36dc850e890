package org.signpost.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Writes files on threads of their own, so the render threads go on rendering while the file
 * system makes 35,000 files (a render thread waiting in open() or mkdir() renders nothing). At
 * most {@value #QUEUED_KB} KB wait at once, so a slow disk holds the render back rather than
 * filling the heap. The first failure (an error too: running out of memory) is kept and thrown
 * by {@link #finish}, so the output is never published without a file.
 */
final class BackgroundWrites {
    /** One file's write. */
    interface Write {
        void run() throws IOException;
    }

    private static final int THREADS = 2;
    private static final int QUEUED_KB = 32 * 1024;
    private final Semaphore room = new Semaphore(QUEUED_KB);
    private final Object lock = new Object();
    private int pending;
    private Throwable failure;
    private ExecutorService threads;

    /** Queues a write of {@code size} bytes, waiting while the queue is full. */
    void submit(int size, Write write) {
        int kb = Math.min(QUEUED_KB, size / 1024 + 1);
        room.acquireUninterruptibly(kb);
        ExecutorService pool;
        synchronized (lock) {
            if (threads == null) threads = Executors.newFixedThreadPool(THREADS, BackgroundWrites::daemon);
            pool = threads; // not shut down while this write is pending
            pending++;
        }
        try {
            pool.execute(() -> {
                try {
                    if (failed() == null) write.run();
                } catch (IOException | RuntimeException | Error e) {
                    fail(e);
                } finally {
                    done(kb);
                }
            });
        } catch (RuntimeException | Error e) { // no thread to run it (out of memory): not pending, or finish would wait for ever
            done(kb);
            throw e;
        }
    }

    private void done(int kb) {
        room.release(kb);
        synchronized (lock) {
            if (--pending == 0) lock.notifyAll();
        }
    }

    /** Waits for every queued write; throws the first that failed. */
    void finish() {
        awaitAll();
        Throwable e = failed();
        if (e instanceof IOException io) throw new UncheckedIOException(io);
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error r) throw r;
    }

    /** Waits for the writes under way (each checks, before writing, whether the output was discarded), failed or not. */
    void abandon() {
        awaitAll();
    }

    private void awaitAll() {
        boolean interrupted = false;
        synchronized (lock) {
            while (pending > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the files must be settled before the folder is published or deleted
                }
            }
            if (threads != null) threads.shutdown();
            threads = null;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private Throwable failed() {
        synchronized (lock) {
            return failure;
        }
    }

    private void fail(Throwable e) {
        synchronized (lock) {
            if (failure == null) failure = e;
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "signpost-writer");
        t.setDaemon(true);
        return t;
    }
}
