package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** What serve asks of its Jetty: bounded threads, and an answer whatever a handler does. */
class JettyServerIT {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    /** A handler as a lambda, for the cases below. */
    private interface Body {
        void handle(Response response, Callback callback) throws Exception;
    }

    private static Handler handler(Body body) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                body.handle(response, callback);
                return true;
            }
        };
    }

    @Test
    void slowConnectionsCostNoThreadsAndOthersAreStillServed() throws Exception {
        int before = Thread.activeCount();
        List<Socket> slow = new ArrayList<>();
        try (JettyServer http = JettyServer.start(LOOPBACK, handler((response, callback) ->
                response.write(true, ByteBuffer.wrap("hello\n".getBytes(StandardCharsets.UTF_8)), callback)), line -> {})) {
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), http.port());
                    slow.add(s);
                    s.getOutputStream().write("GET /ind".getBytes(StandardCharsets.ISO_8859_1)); // and nothing more
                }
                String answer = RawHttp.get(http.port(), "/");
                assertTrue(answer.startsWith("HTTP/1.1 200 OK") && answer.endsWith("hello\n"), answer);
                int during = Thread.activeCount();
                // The pool's threads, and Jetty's one scheduler thread for timeouts.
                assertTrue(during - before <= JettyServer.MAX_THREADS + 1, "300 slow connections made " + (during - before) + " threads");
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    @Test
    void aHandlerThatThrowsStillAnswers500AndIsLoggedInOneLine() throws Exception {
        LinkedBlockingQueue<String> log = new LinkedBlockingQueue<>();
        try (JettyServer http = JettyServer.start(LOOPBACK, handler((response, callback) -> {
            throw new StackOverflowError();
        }), log::add)) {
            String answer = RawHttp.get(http.port(), "/");
            assertTrue(answer.startsWith("HTTP/1.1 500 ") && answer.contains("StackOverflowError"), answer);
            assertTrue(log.contains("signpost serve: failed to answer a request: StackOverflowError"), log.toString());
        }
    }

    @Test
    void aHandlerThatThrowsAfterAnsweringClosesTheConnection() throws Exception {
        try (JettyServer http = JettyServer.start(LOOPBACK, handler((response, callback) -> {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 10);
            response.write(false, ByteBuffer.wrap("part".getBytes(StandardCharsets.UTF_8)), Callback.NOOP);
            throw new java.io.IOException("the disk went away");
        }), line -> {})) {
            assertTrue(RawHttp.get(http.port(), "/").startsWith("HTTP/1.1 200 OK"), "the answer started stands, and the connection ends");
        }
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        try (JettyServer http = JettyServer.start(LOOPBACK, handler((response, callback) -> callback.succeeded()), line -> {})) {
            String answer = RawHttp.send(http.port(), ("DELETE / HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(answer.startsWith("HTTP/1.1 405 Method Not Allowed\r\n") && answer.contains("\r\nAllow: GET, HEAD\r\n"), answer);
        }
    }

    @Test
    void aBusyPortIsNamedInOneLine() throws Exception {
        try (JettyServer first = JettyServer.start(LOOPBACK, handler((response, callback) -> callback.succeeded()), line -> {})) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), first.port()), handler((r, c) -> c.succeeded()), line -> {}));
            assertTrue(e.getMessage().contains("port " + first.port() + " is already in use") && e.getMessage().contains("--port"), e.getMessage());
        }
    }
}
