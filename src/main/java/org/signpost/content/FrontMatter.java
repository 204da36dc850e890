package org.signpost.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a content file into its header and Markdown body. Two header forms are read:
 * YAML front matter between {@code ---} lines, and JBake's {@code key=value} lines
 * ending with a separator line ({@code ~~~~~~} by default).
 */
public final class FrontMatter {
    /** The header values with their positions, and the body with the file line it starts on. */
    public record Parsed(Yaml.Tree header, String body, int bodyLine) {}

    private final String jbakeSeparator;

    public FrontMatter(String jbakeSeparator) {
        this.jbakeSeparator = jbakeSeparator;
    }

    public Optional<Parsed> parse(String text, String path, Problems problems) {
        if (text.startsWith("---\n") || text.equals("---")) return yaml(text, path, problems);
        Optional<Parsed> jbake = jbake(text);
        if (jbake.isPresent()) return jbake;
        problems.error(path, Position.START,
                "no front matter: start the file with a '---' line, the fields, and another '---' line");
        return Optional.empty();
    }

    private Optional<Parsed> yaml(String text, String path, Problems problems) {
        int close = findLine(text, "---", 4);
        if (close < 0) close = findLine(text, "...", 4);
        if (close < 0) {
            problems.error(path, Position.START, "front matter starts with '---' but has no closing '---' line");
            return Optional.empty();
        }
        String header = text.substring(4, close);
        int bodyStart = text.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyLine = Position.ofOffset(text, bodyStart < 0 ? text.length() : bodyStart + 1, 1).line();
        try {
            Yaml.Tree tree = Yaml.read(header, 2);
            if (tree.root() != null && !(tree.root() instanceof Map)) {
                problems.error(path, new Position(2, 1), "front matter must be 'key: value' lines");
                return Optional.empty();
            }
            return Optional.of(new Parsed(tree, body, bodyLine));
        } catch (Yaml.SyntaxError e) {
            problems.error(path, e.at, e.getMessage());
            return Optional.empty();
        }
    }

    /** JBake header: every line before the separator is key=value. Values stay strings, except JSON arrays. */
    private Optional<Parsed> jbake(String text) {
        int sep = findLine(text, jbakeSeparator, 0);
        if (sep < 0) return Optional.empty();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Position> positions = new HashMap<>();
        String[] lines = text.substring(0, sep).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            if (line.isBlank()) continue;
            if (eq <= 0) return Optional.empty();
            String key = line.substring(0, eq).trim();
            positions.put(key.intern(), Position.of(i + 1, 1));
            values.put(key, jbakeValue(key, line.substring(eq + 1).trim()));
        }
        int bodyStart = text.indexOf('\n', sep);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyLine = Position.ofOffset(text, bodyStart < 0 ? text.length() : bodyStart + 1, 1).line();
        return Optional.of(new Parsed(new Yaml.Tree(values, positions), body, bodyLine));
    }

    private static Object jbakeValue(String key, String raw) {
        if (raw.startsWith("[")) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readValue(raw, java.util.List.class);
            } catch (java.io.IOException e) {
                return raw;
            }
        }
        if (key.equals("tags")) return java.util.Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return raw;
    }

    /** Offset of the first line at or after {@code from} that is exactly {@code marker}, or -1. */
    private static int findLine(String text, String marker, int from) {
        int i = from;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            String line = end < 0 ? text.substring(i) : text.substring(i, end);
            if (line.stripTrailing().equals(marker)) return i;
            if (end < 0) return -1;
            i = end + 1;
        }
        return -1;
    }
}
