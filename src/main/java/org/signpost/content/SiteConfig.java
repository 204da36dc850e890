package org.signpost.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Site configuration from signpost.yml. Without one, the keys JBake shares with us are read
 * from jbake.properties (site.host, header.separator), so a JBake site still starts.
 */
public record SiteConfig(String name, String tagline, String baseUrl, String language, String locality,
                         Map<String, String> localities, String feedTitle, int feedMaxItems,
                         String analyticsProvider, List<String> embedOrigins, String headerSeparator, int pageSize,
                         List<String> mediaHosts, Map<String, Object> raw) {

    public static final String FILE = "signpost.yml";
    /** Items on one listing page: enough to scan on a phone, small enough to load on a slow connection. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    private static final Set<String> KEYS = Set.of("name", "tagline", "base_url", "language", "locality",
            "localities", "feed", "analytics", "embed", "header_separator", "page_size", "media_hosts");

    public static Optional<SiteConfig> load(Path siteDir, Problems problems) {
        Path yml = siteDir.resolve(FILE);
        if (Files.exists(yml)) return fromYaml(yml, problems);
        Path props = siteDir.resolve("jbake.properties");
        if (Files.exists(props)) return Optional.of(fromJBake(props, problems));
        problems.error(FILE, Position.START, "no signpost.yml in " + siteDir.toAbsolutePath().normalize()
                + "; run signpost in a site folder, or pass --site");
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<SiteConfig> fromYaml(Path file, Problems problems) {
        Optional<String> text = SourceText.read(file, FILE, problems);
        if (text.isEmpty()) return Optional.empty();
        Yaml.Tree tree;
        try {
            tree = Yaml.read(text.get(), 1);
        } catch (Yaml.SyntaxError e) {
            problems.error(FILE, e.at, e.getMessage());
            return Optional.empty();
        }
        Map<String, Object> m = tree.map();
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) problems.error(FILE, tree.at(key, Position.START), "unknown key '" + key + "'" + Suggestions.didYouMean(key, KEYS));
        }
        String name = str(m.get("name"));
        String baseUrl = str(m.get("base_url"));
        if (name.isEmpty()) problems.error(FILE, Position.START, "missing required field 'name'");
        if (!baseUrl.startsWith("http")) problems.error(FILE, tree.at("base_url", Position.START), "'base_url' must be the site's full address, e.g. https://careers.example.org");
        Map<String, String> localities = new LinkedHashMap<>();
        if (m.get("localities") instanceof Map<?, ?> l) l.forEach((k, v) -> localities.put(String.valueOf(k), String.valueOf(v)));
        Map<String, Object> feed = m.get("feed") instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
        Map<String, Object> analytics = m.get("analytics") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
        Map<String, Object> embed = m.get("embed") instanceof Map<?, ?> e ? (Map<String, Object>) e : Map.of();
        List<String> origins = embed.get("allowed_origins") instanceof List<?> o ? o.stream().map(String::valueOf).toList() : List.of();
        List<String> mediaHosts = m.get("media_hosts") instanceof List<?> h ? h.stream().map(String::valueOf).toList() : List.of();
        return Optional.of(new SiteConfig(name, str(m.get("tagline")), stripSlash(baseUrl), str(m.getOrDefault("language", "en-GB")),
                str(m.get("locality")), localities, str(feed.getOrDefault("title", name)),
                feed.get("max_items") instanceof Long n ? n.intValue() : 50, str(analytics.getOrDefault("provider", "none")),
                origins, str(m.getOrDefault("header_separator", "~~~~~~")),
                m.get("page_size") instanceof Long n && n > 0 ? n.intValue() : DEFAULT_PAGE_SIZE, mediaHosts, m));
    }

    private static SiteConfig fromJBake(Path file, Problems problems) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            problems.error("jbake.properties", Position.START, "cannot read: " + e.getMessage());
        }
        String host = stripSlash(p.getProperty("site.host", "http://localhost:8080"));
        String name = p.getProperty("site.title", "Site");
        return new SiteConfig(name, "", host, "en-GB", "", Map.of(), name, 50, "none", List.of(),
                p.getProperty("header.separator", "~~~~~~"), DEFAULT_PAGE_SIZE, List.of(), Map.of());
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The absolute URL of a site path. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
