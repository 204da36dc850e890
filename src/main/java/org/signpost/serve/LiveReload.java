package org.signpost.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Open pages listening for server-sent events on {@link DevServer#EVENTS}. Writes never block
 * ({@link #send} returns at once, so no client can hold up a rebuild). Only the newest message
 * matters (reload, or the current problems), so each client holds one waiting message, replaced
 * rather than queued; a client whose write makes no progress for {@link #STALL_MILLIS} is dropped.
 */
final class LiveReload extends Handler.Abstract implements AutoCloseable {
    static final long STALL_MILLIS = 2_000;

    private final List<Client> clients = new CopyOnWriteArrayList<>();

    /** Answers a request for the event stream and keeps it open; other paths are not ours. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!DevServer.EVENTS.equals(Request.getPathInContext(request))) return false;
        // Jetty's idle timeout fails a write that makes no progress; an idle stream is fine.
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(STALL_MILLIS);
        request.addIdleTimeoutListener(timeout -> false);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        clients.add(client);
        client.offer(": connected\n\n");
        return true;
    }

    /** Gives every client the message, replacing one it has not been sent yet. */
    void send(String data) {
        String message = "data: " + data.replace("\n", "\ndata: ") + "\n\n";
        for (Client client : clients) client.offer(message);
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        for (Client client : clients) client.end(null);
    }

    /** One open page: its response, and the newest message it has still to be sent. */
    private final class Client {
        private final Response response;
        private final Callback done;
        private final AtomicReference<String> waiting = new AtomicReference<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        Client(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        void offer(String message) {
            waiting.set(message);
            writeNext();
        }

        /** Starts a write unless one is under way; the write's completion starts the next. */
        private void writeNext() {
            while (waiting.get() != null && writing.compareAndSet(false, true)) {
                String message = waiting.getAndSet(null);
                if (message != null) {
                    response.write(false, ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), Callback.from(this::written, this::end));
                    return;
                }
                writing.set(false);
            }
        }

        private void written() {
            writing.set(false);
            writeNext();
        }

        /** Ends the stream: after a failed or stalled write, or when serve stops. */
        void end(Throwable failure) {
            if (!clients.remove(this)) return;
            if (failure == null) done.succeeded();
            else done.failed(failure);
        }
    }
}
