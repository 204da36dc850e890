package org.signpost.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte on a plain socket, for what HTTP clients refuse to send. */
final class RawHttp {
    private RawHttp() {}

    /**
     * Sends a request and reads the whole response. Sending nothing more (a half-close) tells the
     * server this was the connection's only request, so the response ends when the server closes.
     */
    static String send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.shutdownOutput();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static String get(int port, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        for (String h : headers) request.append(h).append("\r\n");
        return send(port, request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
