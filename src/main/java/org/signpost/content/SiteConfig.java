package org.signpost.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Site configuration from signpost.yml. Without one, the keys JBake shares with us are read
 * from jbake.properties (site.host, header.separator), so a JBake site still starts.
 */
public record SiteConfig(String name, String tagline, String baseUrl, String language, String locality,
                         Map<String, String> localities, String feedTitle, int feedMaxItems,
                         Analytics analytics, List<String> embedOrigins, String headerSeparator, int pageSize,
                         List<String> mediaHosts, Map<String, Object> raw) {

    public static final String FILE = "signpost.yml";
    /** Items on one listing page: enough to scan on a phone, small enough to load on a slow connection. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The keys signpost.yml may have, from config.yml: validated like front matter. */
    private static final Map<String, FieldSpec> SPECS = Schema.fields(Schema.resource("config.yml"));
    /** The same keys with none required: an area's signpost.yml sets only what differs from the shared one. */
    private static final Map<String, FieldSpec> OPTIONAL_SPECS = optional(SPECS);

    private static Map<String, FieldSpec> optional(Map<String, FieldSpec> specs) {
        Map<String, FieldSpec> out = new LinkedHashMap<>();
        specs.forEach((k, spec) -> out.put(k, spec.optional()));
        return java.util.Collections.unmodifiableMap(out);
    }

    public static Optional<SiteConfig> load(Path siteDir, Problems problems) {
        Path yml = siteDir.resolve(FILE);
        if (Files.exists(yml)) return read(yml, FILE, SPECS, problems).map(SiteConfig::of);
        Path props = siteDir.resolve("jbake.properties");
        if (Files.exists(props)) return Optional.of(fromJBake(props, problems));
        problems.error(FILE, Position.START, "no signpost.yml in " + siteDir.toAbsolutePath().normalize()
                + "; run signpost in a site folder, or pass --site");
        return Optional.empty();
    }

    /**
     * An area's configuration: the shared signpost.yml with each key the area's own signpost.yml
     * sets replaced by the area's value (a whole key: an area that sets analytics sets all of it),
     * but for {@code localities}, which add to the shared ones.
     * The area's file may leave out any key; the shared one must have the required ones.
     */
    public static Optional<SiteConfig> load(SiteFolders folders, Problems problems) {
        if (folders.area() == null) return load(folders.root(), problems);
        Path shared = folders.root().resolve(FILE), own = folders.area().resolve(FILE);
        if (!Files.exists(shared)) return load(folders.root(), problems);
        Optional<Read> base = read(shared, FILE, SPECS, problems);
        Optional<Read> area = read(own, folders.display(own), OPTIONAL_SPECS, problems);
        if (base.isEmpty() || area.isEmpty()) return Optional.empty();
        Map<String, Object> merged = new LinkedHashMap<>(base.get().values());
        merged.putAll(area.get().values());
        // Localities add up: shared items may name the hub's places, and each area adds its own.
        if (base.get().values().get("localities") instanceof Map<?, ?> hubPlaces && area.get().values().get("localities") instanceof Map<?, ?> areaPlaces) {
            Map<Object, Object> both = new LinkedHashMap<>(hubPlaces);
            both.putAll(areaPlaces);
            merged.put("localities", both);
        }
        Read analytics = area.get().values().containsKey("analytics") ? area.get() : base.get(); // where its mistakes are
        return Optional.of(of(new Read(merged, analytics.file(), analytics.tree(), analytics.problems())));
    }

    /** One signpost.yml, checked against the keys it may have; where its problems go, for the analytics read later. */
    private record Read(Map<String, Object> values, String file, Yaml.Tree tree, Problems problems) {}

    private static Optional<Read> read(Path file, String shown, Map<String, FieldSpec> specs, Problems problems) {
        Optional<String> text = SourceText.read(file, shown, problems);
        if (text.isEmpty()) return Optional.empty();
        Yaml.Tree tree;
        try {
            tree = Yaml.read(text.get(), 1);
        } catch (Yaml.SyntaxError e) {
            problems.error(shown, e.at, e.getMessage());
            return Optional.empty();
        }
        if (tree.root() != null && !(tree.root() instanceof Map)) problems.error(shown, Position.START, "signpost.yml must be 'key: value' lines");
        return Optional.of(new Read(new FieldValidator(null, shown, tree, problems).object(tree.map(), specs, "", Position.START), shown, tree, problems));
    }

    @SuppressWarnings("unchecked")
    private static SiteConfig of(Read read) {
        Map<String, Object> m = read.values();
        String name = str(m.get("name"));
        Map<String, String> localities = new LinkedHashMap<>();
        if (m.get("localities") instanceof Map<?, ?> l) l.forEach((k, v) -> localities.put(String.valueOf(k), String.valueOf(v)));
        Map<String, Object> feed = (Map<String, Object>) m.getOrDefault("feed", Map.of());
        Map<String, Object> analytics = (Map<String, Object>) m.getOrDefault("analytics", Map.of());
        Map<String, Object> embed = (Map<String, Object>) m.getOrDefault("embed", Map.of());
        return new SiteConfig(name, str(m.get("tagline")), str(m.get("base_url")), str(m.getOrDefault("language", "en-GB")),
                str(m.get("locality")), localities, str(feed.getOrDefault("title", name)),
                ((Long) feed.getOrDefault("max_items", 50L)).intValue(), Analytics.read(analytics, str(m.get("base_url")), read.file(), read.tree(), read.problems()),
                strings(embed.get("allowed_origins")), str(m.getOrDefault("header_separator", "~~~~~~")),
                ((Long) m.getOrDefault("page_size", (long) DEFAULT_PAGE_SIZE)).intValue(), strings(m.get("media_hosts")), m);
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Without signpost.yml: JBake's keys, read as JBake reads them (ISO-8859-1), with problems at their line. */
    private static SiteConfig fromJBake(Path file, Problems problems) {
        String display = "jbake.properties";
        Properties p = new Properties();
        String text = "";
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
            p.load(new StringReader(text));
        } catch (IOException e) {
            problems.error(display, Position.START, "cannot read file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.error(display, badUnicodeEscape(text), BAD_UNICODE_ESCAPE);
        }
        String host = p.getProperty("site.host", "http://localhost:8080");
        String problem = Addresses.siteAddress(host);
        if (problem != null) problems.error(display, lineOf(text, "site.host"), Addresses.cannotBe("site.host", host, problem));
        String name = p.getProperty("site.title", "Site");
        return new SiteConfig(name, "", stripSlash(host), "en-GB", "", Map.of(), name, 50, Analytics.NONE, List.of(),
                p.getProperty("header.separator", "~~~~~~"), DEFAULT_PAGE_SIZE, List.of(), Map.of());
    }

    /** What is wrong when a properties file has a backslash-u that is not followed by four hex digits. */
    public static final String BAD_UNICODE_ESCAPE = "'\\u' must be followed by four hex digits, as in \\u00e9; write '\\\\u' for a backslash and a u";

    /** Where a properties file has a backslash-u that is not followed by four hex digits (comment lines have none). */
    public static Position badUnicodeEscape(String text) {
        String[] lines = text.split("\n", -1);
        boolean continued = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String start = line.stripLeading();
            boolean comment = !continued && (start.startsWith("#") || start.startsWith("!"));
            continued = false;
            for (int i = 0; i < line.length() && !comment; i++) {
                if (line.charAt(i) != '\\') continue;
                if (i + 1 == line.stripTrailing().length()) continued = true;
                else if (line.charAt(i + 1) == 'u' && !line.substring(i + 2, Math.min(line.length(), i + 6)).matches("[0-9a-fA-F]{4}")) {
                    return new Position(n + 1, i + 1);
                }
                i++;
            }
        }
        return Position.START;
    }

    /** The line a properties key is set on. */
    private static Position lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).matches("(?s)\\s*[=:].*|\\s.*")) return new Position(n + 1, 1);
        }
        return Position.START;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The same settings for another address (a preview deploy): links, feed, sitemap and structured data follow it. */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(name, tagline, url, language, locality, localities, feedTitle, feedMaxItems, analytics, embedOrigins,
                headerSeparator, pageSize, mediaHosts, raw);
    }

    /** The absolute URL of a site path. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    /** A link as an absolute URL: a site path gets the base URL, an address on another site stays as it is. */
    public String absoluteLink(String link) {
        return link.startsWith("/") && !link.startsWith("//") ? absolute(link) : link;
    }
}
