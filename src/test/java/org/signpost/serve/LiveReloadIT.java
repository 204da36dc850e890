package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-sent events: a client that stops reading is dropped and holds up nobody. */
class LiveReloadIT {
    @Test
    void aStalledClientIsDroppedAndTheOthersStillHear() throws Exception {
        try (LiveReload events = new LiveReload();
                JettyServer http = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), events, line -> {});
                Socket stalled = new Socket();
                Socket healthy = new Socket(InetAddress.getLoopbackAddress(), http.port())) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), http.port()));
            stalled.getOutputStream().write(request(http.port()));
            healthy.getOutputStream().write(request(http.port()));
            BufferedReader reader = new BufferedReader(new InputStreamReader(healthy.getInputStream(), StandardCharsets.UTF_8));
            while (!reader.readLine().equals(": connected")) {
                // the response's headers
            }
            CompletableFuture<Integer> heard = CompletableFuture.supplyAsync(() -> {
                int messages = 0;
                try {
                    for (String line; (line = reader.readLine()) != null; ) {
                        if (line.startsWith("data: ")) messages++;
                        if (line.equals("data: done")) return messages;
                    }
                } catch (java.io.IOException e) {
                    return -1;
                }
                return -1;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (events.clients() == 2 && System.nanoTime() < deadline) {
                long start = System.nanoTime();
                events.send("x".repeat(1 << 20)); // a long problem list
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "send waited on a client");
                Thread.sleep(20); // pacing only; nothing is timed by it
            }
            assertEquals(1, events.clients(), "the stalled client was dropped");
            events.send("done");
            assertTrue(heard.get(10, TimeUnit.SECONDS) > 0, "the healthy client heard the messages and the last one");
        }
    }

    @Test
    void aPageThatWaitsLongerThanTheStallLimitStillHears() throws Exception {
        try (LiveReload events = new LiveReload();
                JettyServer http = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), events, line -> {});
                Socket page = new Socket(InetAddress.getLoopbackAddress(), http.port())) {
            page.setSoTimeout(10_000);
            page.getOutputStream().write(request(http.port()));
            BufferedReader reader = new BufferedReader(new InputStreamReader(page.getInputStream(), StandardCharsets.UTF_8));
            while (!reader.readLine().equals(": connected")) {
                // the response's headers
            }
            Thread.sleep(LiveReload.STALL_MILLIS + 1_000); // no edits for a while: only a stalled write is dropped
            events.send("reload");
            String line;
            while ((line = reader.readLine()) != null && !line.equals("data: reload")) {
                // chunk sizes
            }
            assertEquals("data: reload", line);
        }
    }

    private static byte[] request(int port) {
        return ("GET /_signpost/events HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
