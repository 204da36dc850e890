package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.signpost.analytics.Event;

/** POST /collect over real sockets: what is accepted, what is refused and why, slow clients, and no IP kept. */
class CollectorIT {
    static final String SITE = "https://careers.example.org";
    static final String EVENT = "{\"type\":\"pageview\",\"path\":\"/careers/electrician/\",\"school\":\"119876\"}";
    /** The tests' client connects from this loopback address, so any trace of it can be searched for. */
    static final String CLIENT = "127.0.0.9";
    static final Duration IDLE = Duration.ofSeconds(1);

    @TempDir
    Path tmp;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private Collector collector;
    private Database db;

    @BeforeEach
    void start() throws Exception {
        db = Database.of(tmp.resolve("analytics.db").toString());
        Clock day = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        collector = Collector.start(new Collector.Settings(new InetSocketAddress("127.0.0.1", 0), List.of(SITE + "/"), db, 13, IDLE, day, log::add));
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    private String post(String body, String... headers) throws Exception {
        return Raw.post(collector.port(), CLIENT, body, headers);
    }

    private static String fromSite(String contentType) {
        return "Content-Type: " + contentType;
    }

    private List<Event> stored() throws Exception {
        try (EventStore store = EventStore.open(db)) {
            return EventStoreContract.stored(store);
        }
    }

    @Test
    void anEventFromTheSiteIsStoredWithTheDayAndAnswered204() throws Exception {
        String answer = post(EVENT, "Origin: " + SITE, fromSite("text/plain;charset=UTF-8"));
        assertTrue(answer.startsWith("HTTP/1.1 204 "), answer);
        List<Event> events = stored();
        assertEquals(1, events.size());
        assertEquals("/careers/electrician/", events.get(0).path());
        assertEquals("2026-12-02", events.get(0).day().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON         | {\"type\":\"pageview\",                             | 400 | the event is not valid JSON",
            "unknown type           | {\"type\":\"login\",\"path\":\"/\"}                 | 400 | unknown event type 'login'",
            "unknown field          | {\"type\":\"pageview\",\"path\":\"/\",\"ip\":\"x\"} | 400 | unknown field 'ip' for a pageview event",
            "bad value              | {\"type\":\"pageview\",\"path\":\"/\",\"school\":\"jo\"} | 400 | 'school' has a value of the wrong shape",
            "not UTF-8              | {\"type\":\"pageview\",\"path\":\"/\u00ff\"}         | 400 | not valid UTF-8",
    })
    void aBadEventIsRefusedWithItsReason(String why, String body, int status, String reason) throws Exception {
        byte[] bytes = why.equals("not UTF-8") ? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /collect HTTP/1.1\r\nHost: x\r\nConnection: close\r\nOrigin: " + SITE + "\r\nContent-Type: text/plain\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        String answer;
        try (Socket s = Raw.connect(collector.port(), CLIENT)) {
            s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(bytes);
            answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertRefused(answer, status, reason);
        assertEquals(List.of(), stored());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another site           | Origin: https://evil.example                                       |          | 403 | not from https://evil.example",
            "look-alike host        | Origin: https://careers.example.org.evil.example                   |          | 403 | not from https://careers.example.org.evil.example",
            "http, not https        | Origin: http://careers.example.org                                 |          | 403 | not from http://careers.example.org",
            "null, no Referer       | Origin: null                                                       |          | 403 | Origin is null and there is no Referer",
            "null, other Referer    | Origin: null                                                       | Referer: https://evil.example/page | 403 | not from https://evil.example",
            "neither header         | X-Nothing: 1                                                       |          | 403 | names no Origin or Referer",
    })
    void aRequestNotFromTheSiteIsRefused(String why, String origin, String referer, int status, String reason) throws Exception {
        String answer = referer == null ? post(EVENT, origin, fromSite("text/plain")) : post(EVENT, origin, referer, fromSite("text/plain"));
        assertRefused(answer, status, reason);
        assertEquals(List.of(), stored());
    }

    @Test
    void twoOriginHeadersAreRefused() throws Exception {
        assertRefused(post(EVENT, "Origin: " + SITE, "Origin: https://evil.example", fromSite("text/plain")), 400, "more than one Origin");
    }

    @Test
    void anEmbedInWordPressSandboxSendsOriginNullAndIsAcceptedByItsReferer() throws Exception {
        String embed = "{\"type\":\"embed_view\",\"path\":\"/embed/careers/vet/\",\"school\":\"100001\",\"embed\":true}";
        String answer = post(embed, "Origin: null", "Referer: " + SITE + "/embed/careers/vet/", fromSite("text/plain;charset=UTF-8"));
        assertTrue(answer.startsWith("HTTP/1.1 204 "), answer);
        assertTrue(post(EVENT, "Referer: " + SITE + "/careers/", fromSite("text/plain")).startsWith("HTTP/1.1 204 "), "a Referer alone from the site");
        assertEquals(2, stored().size());
        // Chromium sends no Referer at all from that sandbox: an embed page's event is still taken, nothing else.
        assertTrue(post(embed, "Origin: null", fromSite("text/plain;charset=UTF-8")).startsWith("HTTP/1.1 204 "));
        assertRefused(post(EVENT, "Origin: null", fromSite("text/plain")), 403, "only an embed page (under /embed/)");
        assertRefused(post("{\"type\":\"embed_view\",\"path\":\"/careers/vet/\",\"embed\":true}", "Origin: null", fromSite("text/plain")), 403, "only an embed page");
        assertRefused(post("{\"type\":", "Origin: null", fromSite("text/plain")), 403, "Origin is null");
        assertEquals(3, stored().size());
    }

    @Test
    void theWrongContentTypeIsRefused() throws Exception {
        assertRefused(post(EVENT, "Origin: " + SITE, fromSite("application/x-www-form-urlencoded")), 415, "must be sent as text/plain");
        assertRefused(post(EVENT, "Origin: " + SITE, fromSite("text/plain; charset=iso-8859-1")), 415, "in UTF-8");
        assertRefused(post(EVENT, "Origin: " + SITE), 415, "text/plain");
    }

    @Test
    void aBodyOver4KbIsRefusedWhetherItsLengthIsGivenOrNot() throws Exception {
        String big = "{\"type\":\"pageview\",\"path\":\"/" + "a".repeat(5000) + "/\"}";
        assertRefused(post(big, "Origin: " + SITE, fromSite("text/plain")), 413, "over 4096 bytes");
        // Chunked, with no length to refuse up front: the collector stops reading at 4 KB.
        StringBuilder chunked = new StringBuilder("POST /collect HTTP/1.1\r\nHost: x\r\nConnection: close\r\nOrigin: " + SITE
                + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 100; i++) chunked.append("400\r\n").append("a".repeat(0x400)).append("\r\n");
        assertRefused(Raw.send(collector.port(), CLIENT, chunked.append("0\r\n\r\n").toString()), 413, "over 4096 bytes");
        assertEquals(List.of(), stored());
    }

    @Test
    void otherMethodsAndPathsAreRefusedAndHealthAnswers() throws Exception {
        String get = Raw.send(collector.port(), CLIENT, "GET /collect HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertRefused(get, 405, "takes only POST");
        assertTrue(get.contains("Allow: POST"), get);
        assertRefused(Raw.send(collector.port(), CLIENT, "POST /admin HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), 404, "not found");
        assertRefused(Raw.send(collector.port(), CLIENT, "OPTIONS /collect HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405, "takes only POST");
        String bad = Raw.send(collector.port(), CLIENT, "POST /collect HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n");
        assertTrue(bad.startsWith("HTTP/1.1 431 ") && bad.contains("Content-Type: text/plain") && !bad.contains("<"), "a head over 8 KB: " + bad);
        String health = Raw.send(collector.port(), CLIENT, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(health.startsWith("HTTP/1.1 200 ") && health.endsWith("\r\n\r\nok\n"), health);
    }

    @Test
    void slowClientsAreCutOffAndOthersAreServedMeanwhile() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) { // half a head, then silence
                Socket s = Raw.connect(collector.port(), CLIENT);
                s.getOutputStream().write("POST /collect HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            Socket body = Raw.connect(collector.port(), CLIENT); // a whole head, then a body that never comes
            body.getOutputStream().write(("POST /collect HTTP/1.1\r\nHost: x\r\nOrigin: " + SITE + "\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
            slow.add(body);
            long start = System.nanoTime();
            assertTrue(post(EVENT, "Origin: " + SITE, fromSite("text/plain")).startsWith("HTTP/1.1 204 "));
            assertTrue(System.nanoTime() - start < IDLE.toNanos(), "an event waited behind the slow clients");
            for (Socket s : slow) {
                s.setSoTimeout((int) IDLE.toMillis() * 5);
                InputStream in = s.getInputStream();
                in.readAllBytes(); // returns when the collector closes the connection; a read timeout fails the test
            }
            assertTrue(System.nanoTime() - start < IDLE.toNanos() * 5, "slow connections were held too long");
        } finally {
            for (Socket s : slow) s.close();
        }
        assertEquals(1, stored().size());
    }

    @Test
    void aBodyTrickledByteByByteIsCutOffThoughEachByteBeatsTheIdleTimeout() throws Exception {
        String head = "POST /collect HTTP/1.1\r\nHost: x\r\nOrigin: " + SITE + "\r\nContent-Type: text/plain\r\nContent-Length: " + EVENT.length() + "\r\n\r\n";
        long start = System.nanoTime();
        try (Socket s = Raw.connect(collector.port(), CLIENT)) {
            s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            String answer = null;
            for (int i = 0; i < EVENT.length() && answer == null; i++) {
                s.getOutputStream().write(EVENT.charAt(i));
                s.getOutputStream().flush();
                Thread.sleep(IDLE.toMillis() / 4);
                if (s.getInputStream().available() > 0) answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(answer != null, "a body sent at 4 bytes a second was read to the end");
            assertRefused(answer, 408, "took over 1 seconds to arrive");
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos());
        assertEquals(List.of(), stored());
    }

    @Test
    void theClientsAddressReachesNoLogAndNoFile() throws Exception {
        String forwarded = "203.0.113.77";
        assertTrue(post(EVENT, "Origin: " + SITE, fromSite("text/plain"), "X-Forwarded-For: " + forwarded, "Forwarded: for=" + forwarded).startsWith("HTTP/1.1 204 "));
        assertRefused(post("{", "Origin: " + SITE, fromSite("text/plain"), "X-Forwarded-For: " + forwarded), 400, "not valid JSON");
        assertRefused(post(EVENT, "Origin: https://evil.example", fromSite("text/plain")), 403, "evil");
        collector.close(); // every file written and closed
        assertEquals(List.of(Event.PAGEVIEW), stored().stream().map(Event::type).toList());
        String logged = String.join("\n", log);
        for (String address : List.of(CLIENT, forwarded)) {
            assertFalse(logged.contains(address), "the log holds " + address + ":\n" + logged);
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(address), f + " holds " + address);
                }
            }
        }
    }

    private static void assertRefused(String answer, int status, String reason) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), "expected " + status + ":\n" + answer);
        assertTrue(answer.contains("Content-Type: text/plain"), answer);
        assertTrue(answer.contains(reason), "expected '" + reason + "':\n" + answer);
    }
}
