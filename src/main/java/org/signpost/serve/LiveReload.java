package org.signpost.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open pages listening for server-sent events. {@link #send} only hands the message to one
 * sender thread and returns, so no client can hold up a rebuild. Only the newest message
 * matters (reload, or the current problems), so messages that pile up are replaced, not queued;
 * a client that reads nothing for {@link #STALL_MILLIS} is dropped.
 */
final class LiveReload implements AutoCloseable {
    static final long STALL_MILLIS = 2_000;

    private final List<Exchange> clients = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> next = new AtomicReference<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "signpost-events");
        t.setDaemon(true);
        return t;
    });

    /** Answers a request for the event stream and keeps its connection. */
    void connect(Exchange ex) throws IOException {
        ex.sendHeaders(200, Map.of("Content-Type", "text/event-stream"), -1);
        ex.write(ByteBuffer.wrap(": connected\n\n".getBytes(StandardCharsets.UTF_8)), STALL_MILLIS);
        clients.add(ex.detach());
    }

    /** Queues a message for every client, replacing one not yet sent. */
    void send(String data) {
        if (next.getAndSet(data) == null && !sender.isShutdown()) sender.execute(this::sendNext);
    }

    int clients() {
        return clients.size();
    }

    private void sendNext() {
        String data = next.getAndSet(null);
        byte[] message = ("data: " + data.replace("\n", "\ndata: ") + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (Exchange client : clients) {
            try {
                client.write(ByteBuffer.wrap(message), STALL_MILLIS);
            } catch (IOException e) {
                clients.remove(client);
                client.close();
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        clients.forEach(Exchange::close);
    }
}
