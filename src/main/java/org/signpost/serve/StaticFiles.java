package org.signpost.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Serves a built site from a folder as a static host would: folders by their index.html,
 * "/careers" redirected to "/careers/", missing files answered by 404.html with status 404.
 */
public final class StaticFiles implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final UnaryOperator<String> htmlFilter;

    /** @param htmlFilter applied to every HTML page as it is sent (serve adds its reload script) */
    public StaticFiles(Path root, UnaryOperator<String> htmlFilter) {
        this.root = root.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).normalize().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) body = htmlFilter.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), "HEAD".equals(ex.getRequestMethod()) ? null : body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) ex.getResponseBody().write(body);
    }
}
