package org.signpost.collect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.signpost.analytics.Event;

/**
 * Group commit: one thread takes every event waiting in the queue and stores them in one
 * transaction, then completes each event's future. The collector answers 204 only when that
 * future completes, so an acknowledged event is already committed. One commit per batch instead
 * of per event is what lets a disk that syncs a few hundred times a second take thousands of events.
 * The same thread deletes old events, so SQLite never has two writers.
 */
final class BatchWriter implements AutoCloseable {
    /** Events waiting beyond this are refused with 503: memory stays bounded when the database is slow. */
    static final int QUEUE = 10_000;
    static final int MAX_BATCH = 1_000;

    /** Why an event was not stored, to answer with. */
    static final class NotStored extends Exception {
        NotStored(String reason) { super(reason, null, false, false); }
    }

    private record Pending(Event event, CompletableFuture<Void> stored) {}

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final EventStore store;
    private final Retention retention;
    private final Consumer<String> log;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile boolean healthy = true;

    BatchWriter(EventStore store, Retention retention, Consumer<String> log) {
        this.store = store;
        this.retention = retention;
        this.log = log;
        thread = new Thread(this::run, "signpost-collect-writer");
        thread.start();
    }

    /** Queues one event; the future completes when its batch is committed, or fails with {@link NotStored}. */
    CompletableFuture<Void> submit(Event event) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (!open) stored.completeExceptionally(new NotStored("the collector is stopping; try again"));
        else if (!queue.offer(new Pending(event, stored))) stored.completeExceptionally(new NotStored("the collector is busy; try again"));
        return stored;
    }

    /** False after a batch failed, until one is stored again: what a load balancer's health check asks. */
    boolean healthy() {
        return healthy && thread.isAlive();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (open || !queue.isEmpty()) {
            deleteOldEvents();
            try {
                Pending first = queue.poll(Math.max(1, Math.min(retention.untilDue().toMillis(), 200)), TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
            } catch (InterruptedException e) {
                continue; // close() interrupts a wait; the loop drains what is queued, then ends
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            store(batch);
            batch.clear();
        }
    }

    private void store(List<Pending> batch) {
        try {
            store.insert(batch.stream().map(Pending::event).toList());
            healthy = true;
            for (Pending p : batch) p.stored().complete(null);
        } catch (SQLException | RuntimeException e) {
            if (healthy) log.accept("signpost collect: could not store " + batch.size() + " events: " + oneLine(e));
            healthy = false;
            NotStored failure = new NotStored("the event could not be stored; try again");
            for (Pending p : batch) p.stored().completeExceptionally(failure);
        }
    }

    private void deleteOldEvents() {
        if (!retention.untilDue().isZero()) return;
        try {
            int n = store.deleteBefore(retention.cutoff());
            log.accept("signpost collect: deleted " + n + " events from before " + retention.cutoff() + " (kept " + retention.months() + " months)");
            retention.done();
        } catch (SQLException | RuntimeException e) {
            log.accept("signpost collect: could not delete old events (will try again in an hour): " + oneLine(e));
            retention.retryIn(Duration.ofHours(1));
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }

    /** Stores what is queued, then stops the thread and closes the store. */
    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
