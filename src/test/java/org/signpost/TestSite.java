package org.signpost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.ContentLoader;
import org.signpost.content.Item;
import org.signpost.content.ItemParser;
import org.signpost.content.Problems;
import org.signpost.content.Schema;
import org.signpost.content.Site;
import org.signpost.content.SiteConfig;
import org.signpost.markdown.MarkdownResult;
import org.signpost.markdown.MarkdownRenderer;

/**
 * A {@link Site} for unit tests, without a build: the fixture's signpost.yml, its content or
 * none, plus items given by their fields, parsed and validated in memory as a build would.
 * Nothing is copied or rendered. {@code TestSite.fixture().item("careers/nurse.md", Map.of("title", "Nurse", ...)).site()}.
 */
public final class TestSite {
    /** Front matter is written as JSON, which YAML 1.2 reads; dates as YYYY-MM-DD. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule().addSerializer(LocalDate.class, new ToStringSerializer()));

    private final Path dir = TestSites.sites().resolve("fixture");
    private final boolean fixtureContent;
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestSite(boolean fixtureContent) {
        this.fixtureContent = fixtureContent;
    }

    /** The fixture site's configuration and content, read in place. */
    public static TestSite fixture() {
        return new TestSite(true);
    }

    /** The fixture site's configuration and no content. */
    public static TestSite blank() {
        return new TestSite(false);
    }

    /** The folder its configuration (and LMI tables, synonyms) come from: read it, never write to it. */
    public Path dir() {
        return dir;
    }

    /** Adds an item at content/{@code path} (e.g. "careers/nurse.md") with these front-matter fields and body. */
    public TestSite item(String path, Map<String, Object> fields, String body) {
        files.put(path, file(fields, body));
        return this;
    }

    /** A content file: these fields as front matter, then the body. */
    public static String file(Map<String, Object> fields, String body) {
        StringBuilder text = new StringBuilder("---\n");
        try {
            for (var f : fields.entrySet()) text.append(f.getKey()).append(": ").append(JSON.writeValueAsString(f.getValue())).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return text.append("---\n").append(body).toString();
    }

    /** Adds an item at content/{@code path} whose file is exactly this text (e.g. a demo page, read as it is). */
    public TestSite text(String path, String text) {
        files.put(path, text);
        return this;
    }

    public TestSite item(String path, Map<String, Object> fields) {
        return item(path, fields, "");
    }

    /** The site; any error in the configuration or an item fails the test, naming it. */
    public Site site() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(dir, problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        Schema schema = Schema.load(dir, config.localities(), problems);
        ItemParser parser = new ItemParser(schema, config.headerSeparator());
        List<Item> items = new ArrayList<>();
        if (fixtureContent) {
            ContentLoader loader = new ContentLoader(dir, parser);
            try (var walk = java.nio.file.Files.walk(dir.resolve(ContentLoader.CONTENT))) {
                walk.filter(java.nio.file.Files::isRegularFile).sorted().forEach(f -> loader.load(f, problems).ifPresent(items::add));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        files.forEach((path, text) -> parser.parse(text, ContentLoader.CONTENT + "/" + path, path.substring(0, path.indexOf('/')),
                path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", ""), problems).ifPresent(items::add));
        if (problems.hasErrors()) throw new AssertionError("test site has errors: " + problems.sorted());
        return new Site(config, schema, items);
    }

    /** Each item's body as Markdown renders it, by URL, for stages that read bodies (the search index). */
    public static Map<String, MarkdownResult> bodies(Site site) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, MarkdownResult> bodies = new LinkedHashMap<>();
        for (Item i : site.items()) bodies.put(i.url(), markdown.render(i, new Problems()));
        return bodies;
    }
}
