package org.signpost.serve;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Serves a built site from a folder as a static host would: folders by their index.html,
 * "/careers" redirected to "/careers/", missing files answered by 404.html with status 404.
 * Files are streamed, with byte ranges; only HTML pages are read whole, to pass the filter.
 */
public final class StaticFiles implements HttpService.Handler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));
    /** Pages larger than this are streamed as they are, without the filter. */
    static final long MAX_FILTERED = 4 << 20;

    private final Path root;
    private final UnaryOperator<String> htmlFilter;

    /** @param htmlFilter applied to every HTML page as it is sent (serve adds its reload script) */
    public StaticFiles(Path root, UnaryOperator<String> htmlFilter) {
        this.root = root.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String path = ex.path();
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            ex.send(400, "bad request: not a file name");
            return;
        }
        if (!file.startsWith(root)) {
            ex.send(403, "forbidden");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                ex.sendHeaders(301, Map.of("Location", ex.rawPath() + "/"), 0);
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                ex.send(404, "not found");
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        if (name.endsWith(".html") && Files.size(file) <= MAX_FILTERED) {
            ex.sendBytes(status, type, htmlFilter.apply(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), Map.of());
        } else {
            stream(ex, status, file, type);
        }
    }

    private static void stream(Exchange ex, int status, Path file, String type) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteRange range = status == 200 ? ByteRange.of(ex.header("Range"), size) : null;
            Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", type, "Accept-Ranges", "bytes"));
            if (range == null) {
                ex.sendHeaders(status, headers, size);
                ex.transfer(channel, 0, size);
            } else if (range.isEmpty()) {
                ex.sendBytes(416, "text/plain; charset=utf-8", "range not satisfiable\n".getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Range", range.contentRange(size)));
            } else {
                headers.put("Content-Range", range.contentRange(size));
                ex.sendHeaders(206, headers, range.length());
                ex.transfer(channel, range.start(), range.length());
            }
        }
    }
}
