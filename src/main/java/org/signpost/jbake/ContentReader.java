package org.signpost.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.signpost.content.Position;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/**
 * Reads content/ as JBake crawls it: every Markdown, HTML and AsciiDoc file with a known type
 * becomes a {@link Doc}; other files are copied as they are. Hidden files, folders holding the
 * ignore file (.jbakeignore) and links that lead out of the site are left out.
 */
final class ContentReader {
    static final Set<String> MARKDOWN = Set.of("md"), HTML = Set.of("html"), ASCIIDOC = Set.of("ad", "adoc", "asciidoc");
    /** Files JBake treats as content (data files included), which it never copies. */
    static final Set<String> CONTENT_EXTENSIONS = Set.of("md", "html", "ad", "adoc", "asciidoc", "yml", "yaml");

    private final Path siteDir;
    private final JBakeConfig config;
    private final Set<String> types;
    private final Problems problems;
    private final MarkdownBodies markdown;
    private AsciiDocBodies asciidoc;
    private final Date now = new Date();

    ContentReader(Path siteDir, JBakeConfig config, Set<String> types, Problems problems) {
        this.siteDir = siteDir;
        this.config = config;
        this.types = types;
        this.problems = problems;
        this.markdown = new MarkdownBodies(config, problems);
    }

    /** The content files and the other files to copy (by output path), read in parallel, kept in crawl order. */
    record Result(List<Doc> docs, Map<String, Path> copies) {}

    Result read(String folder) throws IOException {
        Path root = siteDir.resolve(folder);
        List<Path> files = new ArrayList<>();
        Map<String, Path> copies = new java.util.LinkedHashMap<>();
        for (Path p : SiteWalk.files(siteDir, root, config, true, problems)) {
            String ext = extension(p.getFileName().toString());
            if (!CONTENT_EXTENSIONS.contains(ext)) copies.put(root.relativize(p).toString().replace('\\', '/'), p);
            else if (!ext.startsWith("y")) files.add(p);
            else problems.warning(SiteFiles.display(siteDir, p), Position.START,
                    "YAML data files are not supported in JBake mode, so templates cannot use 'data'; this file is left out");
        }
        Map<Integer, Doc> docs = new ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(n -> {
            Doc d = doc(root, folder, files.get(n), n);
            if (d != null) docs.put(n, d);
        });
        List<Doc> ordered = new ArrayList<>();
        for (int n = 0; n < files.size(); n++) if (docs.containsKey(n)) ordered.add(docs.get(n));
        return new Result(ordered, copies);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    private Doc doc(Path root, String folder, Path file, int order) {
        String source = SiteFiles.display(siteDir, file);
        String ext = extension(file.getFileName().toString());
        List<String> lines;
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        } catch (IOException e) {
            problems.error(source, Position.START, "cannot read file: " + e.getMessage());
            return null;
        }
        if (lines.isEmpty()) {
            problems.warning(source, Position.START, "the file is empty, so JBake skips it, and so does Signpost");
            return null;
        }
        Header header = Header.split(lines, config.get("header.separator"));
        Map<String, String> values = new java.util.LinkedHashMap<>(header.present() ? header.values() : Map.of());
        if (ASCIIDOC.contains(ext)) values.putAll(asciidoc().header(String.join("\n", lines), file, source));
        String type = values.getOrDefault("type", config.get("default.type", ""));
        String status = values.getOrDefault("status", config.get("default.status", ""));
        if (type.isEmpty() || status.isEmpty()) {
            problems.warning(source, Position.START, "no " + (type.isEmpty() ? "type" : "status") + "= line before the '" + config.get("header.separator")
                    + "' line (and no default." + (type.isEmpty() ? "type" : "status") + " in jbake.properties), so JBake skips this file, and so does Signpost");
            return null;
        }
        if (!types.contains(type)) {
            problems.warning(source, Position.of(header.lineOf("type"), 1), "type '" + Problem.printable(type)
                    + "' has no template: add template." + type + ".file to jbake.properties, or use one of " + String.join(", ", types)
                    + "; JBake skips this file, and so does Signpost");
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        for (Map.Entry<String, String> kv : values.entrySet()) model.put(kv.getKey(), value(kv.getValue()));
        Date date = date(values.get("date"), source, header.lineOf("date"));
        if (values.containsKey("revdate")) {
            Date rev = date(values.get("revdate"), source, 1);
            if (rev != null) date = rev;
        }
        if (date == null) date = modified(file);
        if (status.equals("published-date")) status = now.after(date) ? Doc.PUBLISHED : "draft";
        List<String> tags = tags(values.get("tags"), source, header.lineOf("tags"));
        String body = header.body();
        if (ASCIIDOC.contains(ext)) body = asciidoc().html(body, file, source, header.bodyLine());
        else if (MARKDOWN.contains(ext)) body = markdown.html(body);
        Uri uri = Uri.of(root.relativize(file).toString().replace('\\', '/'), config, type, status.equals("draft") ? config.get("draft.suffix", "") : "");
        model.put("type", type);
        model.put("status", status);
        model.put("date", date);
        if (values.containsKey("tags")) model.put("tags", tags);
        model.put("body", body);
        model.put("uri", uri.uri());
        model.put("sourceuri", uri.uri());
        model.put("rootpath", uri.rootpath());
        model.put("file", folder + "/" + root.relativize(file).toString().replace('\\', '/'));
        model.put("cached", true);
        model.put("rendered", false);
        if (config.flag("uri.noExtension")) model.put("noExtensionUri", uri.uri().replace("/index.html", "/"));
        return new Doc(source, type, status, date, tags, uri.uri(), uri.output(), model, order);
    }

    private synchronized AsciiDocBodies asciidoc() {
        if (asciidoc == null) asciidoc = new AsciiDocBodies(config, problems);
        return asciidoc;
    }

    /** A header value as JBake stores it: a JSON object when it looks like one, else the text. */
    private static Object value(String raw) {
        if (raw.startsWith("{") && raw.endsWith("}")) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readValue(raw, Map.class);
            } catch (IOException e) {
                return raw;
            }
        }
        return raw;
    }

    /** The date in date.format; a date that does not parse is reported, and the file's time used, as JBake does. */
    private Date date(String raw, String source, int line) {
        if (raw == null) return null;
        Date d = new SimpleDateFormat(config.get("date.format")).parse(raw, new ParsePosition(0));
        if (d == null) problems.warning(source, Position.of(line, 1), "date '" + Problem.printable(raw) + "' is not in the form "
                + config.get("date.format") + " (date.format in jbake.properties); the file's modification time is used, as in JBake");
        return d;
    }

    private static Date modified(Path file) {
        try {
            return new Date(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return new Date(0);
        }
    }

    /** Tags split at commas and trimmed (tag.sanitize makes spaces hyphens); each names a file, so none may hold a path. */
    private List<String> tags(String raw, String source, int line) {
        if (raw == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String t : raw.split(",")) {
            String tag = t.trim();
            if (config.flag("tag.sanitize")) tag = tag.replace(" ", "-");
            // An empty tag ("tags=" or "a,,b") stays, as in JBake, which writes its page as tags/.html.
            if (!tag.isEmpty() && !SiteFiles.safeName(tag)) {
                problems.error(source, Position.of(line, 1), "tag '" + Problem.printable(tag)
                        + "' cannot name a tag page: a tag may not contain '/' or '\\', or be '.' or '..'");
                continue;
            }
            out.add(tag);
        }
        return List.copyOf(out);
    }
}
