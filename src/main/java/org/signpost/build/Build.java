package org.signpost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.signpost.content.ContentLoader;
import org.signpost.content.Item;
import org.signpost.content.ItemParser;
import org.signpost.content.Problems;
import org.signpost.content.Schema;
import org.signpost.content.Site;
import org.signpost.content.SiteChecks;
import org.signpost.content.SiteConfig;
import org.signpost.html.HtmlSanitizer;
import org.signpost.markdown.MarkdownRenderer;
import org.signpost.markdown.MarkdownResult;
import org.signpost.lmi.LmiChecks;
import org.signpost.lmi.LmiCharts;
import org.signpost.lmi.LmiData;
import org.signpost.render.ItemExtras;
import org.signpost.render.Page;
import org.signpost.routemap.RouteMapChecks;
import org.signpost.routemap.RouteMaps;
import org.signpost.routemap.RoutesIn;
import org.signpost.render.PageRenderer;
import org.signpost.render.SitePlanner;
import org.signpost.render.Templates;
import org.signpost.search.SearchExport;
import org.signpost.search.SearchIndex;
import org.signpost.search.Synonyms;

/**
 * One build of a site folder, stage by stage: read the configuration, load and validate
 * content, render Markdown, plan pages, check links, render pages, publish. {@link #check()}
 * stops before rendering; {@link #build(Path)} publishes only when there are no errors.
 */
public final class Build {
    public static final String ASSETS = "assets";

    private final Path siteDir;
    private final LocalDate today;
    /** Problems of single files (reading, front matter, Markdown), kept apart so serve can replace them per file. */
    private final Problems local = new Problems();
    /** Problems that need the whole site (references, links, templates). */
    private final Problems global = new Problems();
    private MarkdownRenderer markdown = new MarkdownRenderer();
    private SiteConfig config;
    private ContentLoader loader;
    private LmiData lmi = LmiData.empty();
    private Schema schema;
    private List<Item> items = List.of();
    private List<org.signpost.content.Reservation> reserved = List.of();
    private Site site;
    private final Map<String, MarkdownResult> bodies = new ConcurrentHashMap<>();
    private List<Page> pages = List.of();
    private Templates templates;
    private SitePlanner planner;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private Synonyms synonyms = Synonyms.none();
    private SearchExport.Summary search;
    private Map<String, Path> assets = Map.of();

    public Build(Path siteDir, LocalDate today) {
        this.siteDir = siteDir;
        this.today = today;
    }

    /** Validates everything a build would, without rendering or writing. */
    public Build check() {
        Optional<SiteConfig> loaded = time("config", () -> SiteConfig.load(siteDir, local));
        if (loaded.isEmpty()) return this;
        config = loaded.get();
        schema = Schema.load(siteDir, config.localities(), global);
        loader = new ContentLoader(siteDir, new ItemParser(schema, config.headerSeparator()));
        templates = new Templates(siteDir);
        // Bodies avoid the ids of the template they are placed in, and load media only from media_hosts.
        markdown = new MarkdownRenderer(new HtmlSanitizer(Set.copyOf(config.mediaHosts())),
                type -> templates.fixedIds(SitePlanner.templateFor(type, templates::exists)));
        ContentLoader.Loaded content = time("load and markdown", () -> loader.loadAll(local, i -> bodies.put(i.url(), markdown.render(i, local))));
        items = content.items();
        reserved = content.reserved();
        site = new Site(config, schema, items, reserved);
        assets = time("assets", () -> Assets.scan(siteDir, global));
        time("validate", () -> {
            lmi = LmiData.load(siteDir, local);
            siteChecks(site, items, global);
            synonyms = Synonyms.load(siteDir, site, global);
            return null;
        });
        planner = new SitePlanner(site, today, i -> bodies.get(i.url()).html(), templates::exists, extras(site));
        pages = time("plan", planner::plan);
        UrlClashes.check(site, pages.subList(site.items().size(), pages.size()), global);
        time("links", () -> {
            Set<String> urls = new HashSet<>();
            for (Page p : pages) urls.add(p.url());
            LinkChecker links = new LinkChecker(site, urls, siteDir.resolve(ASSETS), bodies);
            site.items().parallelStream().forEach(i -> links.check(i, bodies.get(i.url()), global));
            return null;
        });
        return this;
    }

    /**
     * Checks, then renders every page straight into a staging folder and swaps it in for
     * {@code outputDir}; on any error the staging folder is thrown away and the old output stays.
     * An output folder that is the site, holds it or is inside its inputs is refused
     * ({@link OutputGuard.Refused}) before anything is read; the command line also refuses
     * folders Signpost did not write, unless --force.
     */
    public boolean build(Path outputDir) throws IOException {
        OutputGuard.vet(siteDir, outputDir, true);
        check();
        if (hasErrors() || site == null) return false;
        OutputWriter writer = OutputWriter.stage(outputDir, assets);
        try {
            PageRenderer renderer = new PageRenderer(templates, site, planner.views());
            time("render and write", () -> {
                renderer.renderAll(pages, global, writer::add);
                return null;
            });
            search = time("search index", () -> searchExport().write(writer::add));
            SearchExport.client().forEach(writer::add);
        } catch (RuntimeException e) {
            writer.discard();
            throw e;
        }
        if (hasErrors()) {
            writer.discard();
            return false;
        }
        time("publish", () -> {
            try {
                writer.publish();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return true;
    }

    /** The files of assets/ to publish, vetted by {@link #check()}: output path to source file. */
    public Map<String, Path> assets() {
        return assets;
    }

    /**
     * Every planned page rendered in memory, whatever problems check found, with the search
     * index and the client scripts: what content would publish if errors were ignored, for
     * tests that must prove even that is safe. Call after {@link #check()}.
     */
    public Map<String, byte[]> renderRegardless() {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        new PageRenderer(templates, site, planner.views()).renderAll(pages, new Problems()).forEach(files::put);
        searchExport().write(files::put);
        files.putAll(SearchExport.client());
        return files;
    }

    /** The browser's search index of the checked site. */
    public SearchExport searchExport() {
        return new SearchExport(searchIndex(), schema, synonyms);
    }

    /** The Lucene index of the checked site: the search reference. */
    public SearchIndex searchIndex() {
        return SearchIndex.build(site, bodies, today, synonyms);
    }

    /** What the last build wrote into the search index, or null before a build. */
    public SearchExport.Summary searchSummary() {
        return search;
    }

    /** The checks that need the whole site; serve runs them again after every edit. */
    public void siteChecks(Site site, java.util.Collection<Item> all, Problems problems) {
        new SiteChecks(siteDir.resolve(ASSETS), today).run(all, site, problems);
        RouteMapChecks.run(site, problems);
        RoutesIn.check(site, problems);
        LmiChecks.run(site, lmi, problems);
    }

    /** What stages after Markdown add to item pages: route map diagrams and LMI charts. */
    public ItemExtras extras(Site site) {
        return new RouteMaps(site).and(new RoutesIn(site)).and(new LmiCharts(lmi, site));
    }

    private <T> T time(String stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    public SiteConfig config() {
        return config;
    }

    public Schema schema() {
        return schema;
    }

    public ContentLoader loader() {
        return loader;
    }

    public MarkdownRenderer markdown() {
        return markdown;
    }

    /** Every problem found so far. */
    public Problems problems() {
        Problems all = new Problems();
        all.addAll(local.sorted());
        all.addAll(global.sorted());
        return all;
    }

    /** Problems that belong to single files: reading, front matter and Markdown. */
    public Problems fileProblems() {
        return local;
    }

    private boolean hasErrors() {
        return local.hasErrors() || global.hasErrors();
    }

    public Site site() {
        return site;
    }

    /** What each content file that failed to parse would have been. */
    public List<org.signpost.content.Reservation> reserved() {
        return reserved;
    }

    public List<Item> allItems() {
        return items;
    }

    public List<Page> pages() {
        return pages;
    }

    public Map<String, MarkdownResult> bodies() {
        return bodies;
    }


    public Templates templates() {
        return templates;
    }

    public Path siteDir() {
        return siteDir;
    }

    public LocalDate today() {
        return today;
    }

    /** Milliseconds per stage, in order, for --verbose. */
    public Map<String, Long> timings() {
        return timings;
    }

    public int itemCount() {
        return items.size();
    }
}
