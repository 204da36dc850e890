package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;

/** The dev server over real HTTP on the loopback address. */
class DevServerIT {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesPagesWithTheReloadScriptAndA404() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        try (DevServer server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(new ByteArrayOutputStream()))) {
            HttpResponse<String> page = get(server, "/careers/electrician/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Electrician</h1>"));
            assertTrue(page.body().contains(DevServer.EVENTS), "reload script injected");
            assertTrue(!Files.readString(tmp.resolve("out/careers/electrician/index.html")).contains(DevServer.EVENTS), "but never written to output");
            assertEquals(404, get(server, "/no/such/page/").statusCode());
            assertEquals(301, get(server, "/careers").statusCode());
            assertEquals("text/css; charset=utf-8", get(server, "/css/site.css").headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void aBusyPortIsReportedBeforeTheBuild() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () ->
                    DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, taken.getLocalPort(), new PrintStream(new ByteArrayOutputStream())));
            assertEquals("port " + taken.getLocalPort() + " is already in use on localhost; choose another with --port", e.getMessage());
            assertTrue(Files.notExists(tmp.resolve("out")), "nothing was built");
        }
    }

    @Test
    void anEditTellsOpenPagesToReload() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        try (DevServer server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(new ByteArrayOutputStream()))) {
            // The watcher may catch the file half-written and report a problem first; a reload must follow.
            CompletableFuture<String> next = nextReload(server);
            Path file = site.resolve("content/guides/t-levels.md");
            // Saved as editors do, whole: written beside it and moved over it, so no reload can come from a half-written file.
            Path saved = Files.writeString(file.resolveSibling(".t-levels.md.tmp"), Files.readString(file).replace("315 hours", "315 hours, about 45 days"));
            Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            // The watcher sees the save; calling changed() as well makes the test independent of its timing.
            server.changed(Set.of(file));
            assertEquals("data: reload", next.get(10, TimeUnit.SECONDS));
            assertTrue(get(server, "/guides/t-levels/").body().contains("about 45 days"));
        }
    }

    @Test
    void theSearchIndexCatchesUpAfterTheReload() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        try (DevServer server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(new ByteArrayOutputStream()))) {
            Path file = site.resolve("content/careers/plumber.md");
            Files.writeString(file, Files.readString(file).replace("title=Plumber", "title=Plumber and gas engineer"));
            server.changed(Set.of(file));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                found = get(server, "/search/c/0.json").body().contains("\"ga\"") && java.util.stream.IntStream.range(0, 20)
                        .anyMatch(n -> Files.exists(tmp.resolve("out/search/p/" + n + ".json")) && read(tmp.resolve("out/search/p/" + n + ".json")).contains("Plumber and gas engineer"));
                if (!found) Thread.sleep(50);
            }
            assertTrue(found, "the search index should have the new title and its words");
        }
    }

    @Test
    void aStalledPageNeverHoldsUpARebuild() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        try (DevServer server = DevServer.start(site, tmp.resolve("out"), () -> TestSites.TODAY, 0, new PrintStream(new ByteArrayOutputStream()));
                java.net.Socket stalled = new java.net.Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), server.port()));
            stalled.getOutputStream().write(("GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<String> reload = nextReload(server);
            Path file = site.resolve("content/careers/plumber.md");
            String good = Files.readString(file);
            StringBuilder unknownKeys = new StringBuilder();
            for (int i = 0; i < 300; i++) unknownKeys.append("no_such_key_").append(i).append("=a value long enough to make the problem list large\n");
            Files.writeString(file, unknownKeys + good); // hundreds of errors: a large message for every page
            java.util.concurrent.ExecutorService rebuilds = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                for (int i = 0; i < 20; i++) {
                    rebuilds.submit(() -> server.changed(Set.of(file))).get(5, TimeUnit.SECONDS);
                }
                Files.writeString(file, good);
                rebuilds.submit(() -> server.changed(Set.of(file))).get(5, TimeUnit.SECONDS);
            } finally {
                rebuilds.shutdownNow();
            }
            assertEquals("data: reload", reload.get(20, TimeUnit.SECONDS), "the healthy page still reloads");
        }
    }

    @Test
    void theProblemListIsJsonWhateverAMessageHolds() throws Exception {
        String nasty = "content/a.md:1:1: error: tab\there, \"quotes\", back\\slash, </script><script>alert(1)</script>\nand a new line";
        String json = DevServer.problemsJson(java.util.List.of(nasty, "second"));
        assertTrue(!json.contains("\n") && !json.contains("\t"), "no raw line break or tab to break the event stream: " + json);
        assertEquals(java.util.List.of(nasty, "second"), new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, java.util.List.class));
    }

    /** Opens the event stream as a page does; completes with the first "data: reload". */
    private CompletableFuture<String> nextReload(DevServer server) throws Exception {
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(uri(server, DevServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader reader = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
        assertEquals(": connected", reader.readLine());
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) if (line.equals("data: reload")) return line;
                return null;
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private HttpResponse<String> get(DevServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(DevServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
