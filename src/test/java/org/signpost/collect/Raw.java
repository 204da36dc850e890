package org.signpost.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte on a plain socket, from a chosen loopback address. */
final class Raw {
    private Raw() {}

    static Socket connect(int port, String from) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0);
        s.setSoTimeout(10_000);
        return s;
    }

    /** Sends a request, half-closes, and reads the whole answer. */
    static String send(int port, String from, String request) throws IOException {
        try (Socket s = connect(port, from)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.shutdownOutput();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            s.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** A POST /collect with these extra header lines. */
    static String post(int port, String from, String body, String... headers) throws IOException {
        StringBuilder r = new StringBuilder("POST /collect HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (String h : headers) r.append(h).append("\r\n");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(port, from, r.append("Content-Length: ").append(bytes.length).append("\r\n\r\n").append(body).toString());
    }
}
