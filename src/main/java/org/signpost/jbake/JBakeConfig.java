package org.signpost.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteConfig;

/**
 * A JBake site's settings: JBake 2.7.0's defaults overridden by the site's jbake.properties (read
 * as UTF-8, as JBake reads it), with the line each key is on, so a bad setting is reported there.
 */
public final class JBakeConfig {
    public static final String FILE = "jbake.properties";
    /** The JBake release whose behaviour this mode follows; templates see it as {@code version}. */
    public static final String JBAKE_VERSION = "v2.7.0";
    private static final Pattern KEY = Pattern.compile("^\\s*([^\\s=:#!][^\\s=:]*)\\s*[=:\\s]");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^template\\.([a-zA-Z0-9_-]+)\\.file$");

    /** Keys in JBake's order: the site's file first, then the defaults it does not set. */
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    private JBakeConfig() {}

    /** The defaults, then the site's jbake.properties (if there is one) over them. */
    public static JBakeConfig load(Path siteDir, Problems problems) {
        JBakeConfig c = new JBakeConfig();
        Path file = siteDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String text = "";
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
                c.read(text, true);
            } catch (IOException e) {
                problems.error(FILE, Position.START, "cannot read file as UTF-8: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.error(FILE, SiteConfig.badUnicodeEscape(text), SiteConfig.BAD_UNICODE_ESCAPE);
            }
        }
        try (InputStream in = JBakeConfig.class.getResourceAsStream("defaults.properties")) {
            c.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!problems.hasErrors()) c.validate(problems);
        return c;
    }

    /** Settings that would otherwise stop the build halfway: a date pattern or a character set Java does not know. */
    private void validate(Problems problems) {
        try {
            new java.text.SimpleDateFormat(values.get("date.format"));
        } catch (IllegalArgumentException e) {
            problems.error(FILE, at("date.format"), "date.format is '" + values.get("date.format") + "', which is not a date pattern: "
                    + e.getMessage() + "; write it as Java's SimpleDateFormat does, such as yyyy-MM-dd");
        }
        for (String key : List.of("render.encoding", "template.encoding")) {
            if (!java.nio.charset.Charset.isSupported(values.get(key))) {
                problems.error(FILE, at(key), key + " is '" + values.get(key) + "', which is not a character set Java knows; use UTF-8");
            }
        }
    }

    private void read(String text, boolean site) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            Matcher m = KEY.matcher(raw[i] + " ");
            if (m.find() && p.containsKey(m.group(1))) {
                values.putIfAbsent(m.group(1), p.getProperty(m.group(1)).trim());
                if (site) lines.putIfAbsent(m.group(1), i + 1);
            }
        }
        for (String k : p.stringPropertyNames()) values.putIfAbsent(k, p.getProperty(k).trim());
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** As commons-configuration reads a boolean: true, yes or on. */
    public boolean flag(String key) {
        String v = values.getOrDefault(key, "").toLowerCase(java.util.Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on");
    }

    public int number(String key, Problems problems) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            problems.error(FILE, at(key), key + " is '" + values.get(key) + "', not a whole number");
            return 1;
        }
    }

    /** Comma-separated values, trimmed, as JBake's list settings are read. */
    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String s : values.getOrDefault(key, "").split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** Where a key is set in jbake.properties; the top of the file for a default. */
    public Position at(String key) {
        return Position.of(lines.getOrDefault(key, 1), 1);
    }

    /** Content types: one for every template.TYPE.file key (page, post and the site's own). */
    public List<String> contentTypes() {
        List<String> types = new ArrayList<>();
        for (String k : values.keySet()) {
            Matcher m = TEMPLATE_KEY.matcher(k);
            if (m.matches() && !PageKind.NAMES.contains(m.group(1))) types.add(m.group(1));
        }
        return types;
    }

    /** The template file for a content type or a page kind (masterindex, archive, feed, sitemap, tag, tagsindex, error404). */
    public String templateFor(String type) {
        return values.get("template." + type + ".file");
    }

    /** The output extension of a content type: template.TYPE.extension, else output.extension. */
    public String extensionFor(String type) {
        return values.getOrDefault("template." + type + ".extension", values.get("output.extension"));
    }

    /**
     * What templates see as {@code config}: every key with dots made underscores, as in JBake; a
     * value with commas is a list (as commons-configuration splits it), index.paginate a boolean.
     */
    public Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        values.forEach((k, v) -> {
            Object value = v;
            if (k.equals("index.paginate")) value = flag(k);
            else if (v.contains(",")) value = list(k);
            m.put(k.replace('.', '_'), value);
        });
        m.put("version", JBAKE_VERSION);
        return m;
    }
}
