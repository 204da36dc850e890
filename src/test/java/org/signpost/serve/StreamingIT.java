package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 300 MB video is streamed, whole and in ranges, by a server whose heap is 32 MB: reading
 * the file whole would fail with OutOfMemoryError (answered 500), so this holds the streaming.
 */
class StreamingIT {
    private static final long SIZE = 300L << 20;

    @TempDir
    Path tmp;

    /** The server in its own small JVM: serves the folder in args[0] and prints its port. */
    public static void main(String[] args) throws Exception {
        JettyServer http = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new StaticFiles(Path.of(args[0]), UnaryOperator.identity()), System.err::println);
        System.out.println(http.port());
        System.out.flush();
        System.in.read(); // until the test closes our input
    }

    @Test
    void aFileLargerThanTheServersHeapIsStreamedWholeAndInRanges() throws Exception {
        try (RandomAccessFile video = new RandomAccessFile(tmp.resolve("film.mp4").toFile(), "rw")) {
            video.setLength(SIZE); // sparse: no disk used
            video.seek(SIZE - 3);
            video.write("end".getBytes(StandardCharsets.US_ASCII));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"), StreamingIT.class.getName(), tmp.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine().strip());
            String tail = RawHttp.get(port, "/film.mp4", "Range: bytes=-3");
            assertTrue(tail.startsWith("HTTP/1.1 206 Partial Content\r\n") && tail.contains("Content-Range: bytes " + (SIZE - 3) + "-" + (SIZE - 1) + "/" + SIZE + "\r\n")
                    && tail.endsWith("\r\n\r\nend"), tail);
            assertEquals(SIZE + 3, wholeBodyLength(port), "the whole file, streamed, ending in 'end'");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Reads a GET of the whole file, counting its body bytes (+3 when it ends in "end"). */
    private static long wholeBodyLength(int port) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /film.mp4 HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput(); // the only request: the server closes after the body
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) head.append((char) in.read());
            assertTrue(head.toString().startsWith("HTTP/1.1 200 OK\r\n") && head.toString().contains("Content-Length: " + SIZE + "\r\n"), head.toString());
            byte[] buf = new byte[1 << 16];
            long total = 0;
            byte[] last = new byte[3];
            for (int n; (n = in.read(buf)) > 0; total += n) {
                for (int i = Math.max(0, n - 3); i < n; i++) {
                    last[0] = last[1];
                    last[1] = last[2];
                    last[2] = buf[i];
                }
            }
            return total + (new String(last, StandardCharsets.US_ASCII).equals("end") ? 3 : 0);
        }
    }
}
