package org.signpost.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.signpost.TestSites;
import org.signpost.build.Areas;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;

/** The committed demo site's Fylde Coast area (with its LMI tables, so charts are drawn), plus fixture videos hosted on YouTube and Vimeo, built once for the browser checks. */
final class DemoSite {
    private static Path built;

    private DemoSite() {}

    private static Path withAnalytics;

    static synchronized Path output() {
        if (built == null) built = build(config -> config);
        return built;
    }

    /** The same site counting with our own collector at /collect (analytics.provider: signpost). */
    static synchronized Path withAnalytics() {
        if (withAnalytics == null) withAnalytics = build(config -> {
            if (!config.contains("analytics:\n  provider: none\n")) throw new IllegalStateException("the Fylde Coast area's signpost.yml no longer says provider: none");
            return config.replace("analytics:\n  provider: none\n", "analytics:\n  provider: signpost\n");
        });
        return withAnalytics;
    }

    private static Path build(java.util.function.UnaryOperator<String> config) {
        try {
            Path dir = Files.createTempDirectory("signpost-demo-");
            Path site = dir.resolve("site");
            for (String part : List.of("content", "templates", "assets", "data", "signpost.yml", "areas/fylde-coast")) {
                Path from = TestSites.root().resolve(part);
                if (Files.isDirectory(from)) OutputWriter.copyTree(from, site.resolve(part));
                else Files.copy(from, site.resolve(part));
            }
            Path area = site.resolve("areas/fylde-coast");
            OutputWriter.copyTree(TestSites.sites().resolve("facade"), area); // its videos name a Fylde employer and Fylde media
            Path yml = area.resolve("signpost.yml");
            Files.writeString(yml, config.apply(Files.readString(yml)));
            Path out = dir.resolve("output");
            Build build = new Build(Areas.folders(site, "fylde-coast"), TestSites.TODAY);
            if (!build.build(out)) throw new IllegalStateException("demo site did not build: " + build.problems().sorted());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path stoke;

    /** The demo's second area, Stoke-on-Trent and Staffordshire, built as committed. */
    static synchronized Path stoke() {
        if (stoke == null) {
            try {
                Path out = Files.createTempDirectory("signpost-stoke-").resolve("output");
                Build build = new Build(Areas.folders(TestSites.root(), "stoke-staffordshire"), TestSites.TODAY);
                if (!build.build(out)) throw new IllegalStateException("the Stoke-on-Trent and Staffordshire area did not build: " + build.problems().sorted());
                stoke = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stoke;
    }

    /** Site paths of every HTML page. */
    static List<String> pages() throws IOException {
        return pages(output());
    }

    /** Site paths of every HTML page of a built site. */
    static List<String> pages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> "/" + out.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p).sorted().toList();
        }
    }
}
