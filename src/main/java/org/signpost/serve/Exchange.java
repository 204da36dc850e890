package org.signpost.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its response on a non-blocking socket. Every write gives up when the client
 * reads nothing for a while, so a stalled client costs a thread for seconds, not for ever.
 * Responses end by closing the connection; HEAD gets the headers only.
 */
public final class Exchange {
    /** How long a response waits for a client that has stopped reading. */
    static final long IDLE_MILLIS = 30_000;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(416, "Range Not Satisfiable"), Map.entry(421, "Misdirected Request"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"));

    private final SocketChannel channel;
    private RequestHead request;
    private boolean committed;
    private boolean detached;

    Exchange(SocketChannel channel) {
        this.channel = channel;
    }

    void request(RequestHead request) {
        this.request = request;
    }

    /** The decoded path, free of control characters. */
    public String path() {
        return request.path();
    }

    /** The path as sent, percent-encoded and ASCII, for a Location header. */
    public String rawPath() {
        return request.rawPath();
    }

    public String header(String name) {
        return request.header(name);
    }

    boolean isHead() {
        return request != null && request.method().equals("HEAD");
    }

    boolean committed() {
        return committed;
    }

    /** A short plain-text answer, such as an error. */
    public void send(int status, String text) throws IOException {
        sendBytes(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public void sendBytes(int status, String type, byte[] body, Map<String, String> extra) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", type);
        sendHeaders(status, headers, body.length);
        write(ByteBuffer.wrap(body), IDLE_MILLIS);
    }

    /** @param length the body's length, or -1 for a body that lasts until the connection closes */
    public void sendHeaders(int status, Map<String, String> headers, long length) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Unknown")).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Cache-Control")) head.append("Cache-Control: no-store\r\n");
        if (length >= 0) head.append("Content-Length: ").append(length).append("\r\n");
        head.append("X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n");
        committed = true;
        writeRaw(ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.ISO_8859_1)), IDLE_MILLIS);
    }

    /** Writes body bytes (none for HEAD), failing if the client reads nothing for {@code idleMillis}. */
    public void write(ByteBuffer body, long idleMillis) throws IOException {
        if (!isHead()) writeRaw(body, idleMillis);
    }

    /** Streams part of a file by the kernel's transfer, never holding it in memory. */
    public void transfer(FileChannel file, long position, long count) throws IOException {
        if (isHead()) return;
        long end = position + count;
        while (position < end) {
            long n = file.transferTo(position, Math.min(end - position, 1 << 20), channel);
            if (n == 0 && position >= file.size()) throw new IOException("the file shrank while it was sent");
            if (n == 0) awaitWritable(IDLE_MILLIS);
            position += n;
        }
    }

    /** Keeps the connection open after the handler returns (server-sent events). */
    Exchange detach() {
        detached = true;
        return this;
    }

    boolean detached() {
        return detached;
    }

    /**
     * Closes after discarding what the client sent and we did not read (a body, an oversized
     * head): closing on unread bytes resets the connection, and the client may lose the answer.
     */
    void close() {
        try {
            channel.shutdownOutput();
            ByteBuffer discard = ByteBuffer.allocate(8192);
            for (int i = 0; i < 128 && channel.read(discard) > 0; i++) discard.clear();
        } catch (IOException e) {
            // Gone already; close anyway.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    private void writeRaw(ByteBuffer buf, long idleMillis) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.write(buf) == 0) awaitWritable(idleMillis);
        }
    }

    private void awaitWritable(long millis) throws IOException {
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_WRITE);
            if (selector.select(millis) == 0) throw new IOException("the client stopped reading");
        }
    }
}
