package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** The server's own guarantees: bounded threads, and an answer whatever a handler does. */
class HttpServiceTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void slowConnectionsCostNoThreadsAndOthersAreStillServed() throws Exception {
        int before = Thread.activeCount();
        List<Socket> slow = new ArrayList<>();
        try (HttpService http = HttpService.start(LOOPBACK, ex -> ex.send(200, "hello"), line -> {})) {
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), http.port());
                    slow.add(s);
                    s.getOutputStream().write("GET /ind".getBytes(StandardCharsets.ISO_8859_1)); // and nothing more
                }
                String answer = RawHttp.get(http.port(), "/");
                assertTrue(answer.startsWith("HTTP/1.1 200 OK") && answer.endsWith("hello\n"), answer);
                int during = Thread.activeCount();
                assertTrue(during - before <= HttpService.WORKERS + 2, "300 slow connections made " + (during - before) + " threads");
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    @Test
    void aHandlerThatThrowsStillAnswers500AndIsLoggedInOneLine() throws Exception {
        LinkedBlockingQueue<String> log = new LinkedBlockingQueue<>();
        try (HttpService http = HttpService.start(LOOPBACK, ex -> {
            throw new StackOverflowError();
        }, log::add)) {
            String answer = RawHttp.get(http.port(), "/");
            assertTrue(answer.startsWith("HTTP/1.1 500 Internal Server Error\r\n") && answer.contains("StackOverflowError"), answer);
            assertTrue(log.contains("signpost serve: failed to answer a request: StackOverflowError"), log.toString());
        }
    }

    @Test
    void aHandlerThatThrowsAfterAnsweringClosesTheConnection() throws IOException {
        try (HttpService http = HttpService.start(LOOPBACK, ex -> {
            ex.sendHeaders(200, java.util.Map.of(), 10);
            throw new IOException("the disk went away");
        }, line -> {})) {
            assertTrue(RawHttp.get(http.port(), "/").startsWith("HTTP/1.1 200 OK"), "the answer started stands, and the connection ends");
        }
    }
}
