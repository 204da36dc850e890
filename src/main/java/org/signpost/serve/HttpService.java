package org.signpost.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A small HTTP/1.1 server for serve and the browser tests. One thread reads request heads from
 * every connection without blocking, so slow or idle connections cost a buffer, not a thread;
 * a complete head goes to a fixed pool of handler threads. Each response closes its connection.
 */
public final class HttpService implements AutoCloseable {
    /** What answers a request whose head was read and checked. */
    @FunctionalInterface
    public interface Handler {
        void handle(Exchange ex) throws IOException;
    }

    static final int WORKERS = 4;
    static final int MAX_HEAD = 16 * 1024;
    /** Connections still sending their head; past this the oldest is dropped. */
    static final int MAX_PENDING = 512;
    static final long HEAD_TIMEOUT_MILLIS = 20_000;

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Handler handler;
    private final Consumer<String> log;
    private final ThreadPoolExecutor workers;
    /** Connections by when they opened, oldest first. */
    private final Map<SelectionKey, Long> pending = new LinkedHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;

    private HttpService(InetSocketAddress address, Handler handler, Consumer<String> log) throws IOException {
        this.handler = handler;
        this.log = log;
        selector = Selector.open();
        server = ServerSocketChannel.open();
        server.bind(address, 128);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_PENDING), daemon("signpost-http"));
        reader = daemon("signpost-http-accept").newThread(this::readHeads);
        reader.start();
    }

    /** @param log gets one line for each request a handler failed on */
    public static HttpService start(InetSocketAddress address, Handler handler, Consumer<String> log) throws IOException {
        return new HttpService(address, handler, log);
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void readHeads() {
        while (open) {
            try {
                selector.select(1000);
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (key.isValid() && key.isAcceptable()) accept();
                    else if (key.isValid() && key.isReadable()) read(key);
                }
                dropStale();
            } catch (IOException | RuntimeException e) {
                if (open) log.accept("signpost serve: " + e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            ch.configureBlocking(false);
            pending.put(ch.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(MAX_HEAD)), System.nanoTime());
            if (pending.size() > MAX_PENDING) drop(pending.keySet().iterator().next());
        }
    }

    private void read(SelectionKey key) {
        ByteBuffer buf = (ByteBuffer) key.attachment();
        int n;
        try {
            n = ((SocketChannel) key.channel()).read(buf);
        } catch (IOException e) {
            n = -1;
        }
        int end = headEnd(buf);
        if (n < 0 && end < 0) {
            drop(key);
        } else if (end >= 0 || !buf.hasRemaining()) {
            // A head too large to hold is answered 431 by a worker (null head).
            byte[] head = end < 0 ? null : java.util.Arrays.copyOf(buf.array(), end);
            pending.remove(key);
            key.cancel();
            SocketChannel ch = (SocketChannel) key.channel();
            try {
                workers.execute(() -> serve(ch, head));
            } catch (RejectedExecutionException e) {
                closeQuietly(ch);
            }
        }
    }

    /** The length of the head up to and including its blank line, or -1 while it is incomplete. */
    private static int headEnd(ByteBuffer buf) {
        byte[] a = buf.array();
        for (int i = 3; i < buf.position(); i++) {
            if (a[i] == '\n' && a[i - 1] == '\r' && a[i - 2] == '\n' && a[i - 3] == '\r') return i + 1;
        }
        return -1;
    }

    private void dropStale() {
        long cutoff = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(HEAD_TIMEOUT_MILLIS);
        while (!pending.isEmpty()) {
            Map.Entry<SelectionKey, Long> oldest = pending.entrySet().iterator().next();
            if (oldest.getValue() > cutoff) return;
            drop(oldest.getKey());
        }
    }

    private void drop(SelectionKey key) {
        pending.remove(key);
        key.cancel();
        closeQuietly(key.channel());
    }

    private static void closeQuietly(java.io.Closeable ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    /** Answers one request; whatever goes wrong, the client gets a status line unless it has gone. */
    private void serve(SocketChannel ch, byte[] head) {
        Exchange ex = new Exchange(ch);
        try {
            if (head == null) {
                ex.send(431, "request header fields too large");
                return;
            }
            RequestHead request = RequestHead.parse(head);
            ex.request(request);
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                ex.sendBytes(405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Allow", "GET, HEAD"));
                return;
            }
            handler.handle(ex);
        } catch (RequestHead.BadRequest e) {
            answer(ex, 400, "bad request: " + e.getMessage());
        } catch (Throwable e) {
            if (!ex.committed()) log.accept("signpost serve: failed to answer a request: " + describe(e));
            answer(ex, 500, "internal error: " + describe(e));
        } finally {
            if (!ex.detached()) ex.close();
        }
    }

    private static void answer(Exchange ex, int status, String text) {
        if (ex.committed()) return;
        try {
            ex.send(status, text);
        } catch (IOException e) {
            // The client has gone.
        }
    }

    /** One plain line for a failure: its kind and message, no stack trace. */
    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) closeQuietly(key.channel());
        workers.shutdownNow();
        closeQuietly(selector);
    }
}
