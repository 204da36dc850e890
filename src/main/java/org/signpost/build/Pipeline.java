package org.signpost.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.signpost.content.ContentLoader;
import org.signpost.content.Item;
import org.signpost.content.ItemParser;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.Schema;
import org.signpost.content.Site;
import org.signpost.content.SiteChecks;
import org.signpost.content.SiteConfig;
import org.signpost.html.HtmlSanitizer;
import org.signpost.lmi.LmiChecks;
import org.signpost.lmi.LmiCharts;
import org.signpost.lmi.LmiData;
import org.signpost.markdown.MarkdownRenderer;
import org.signpost.markdown.MarkdownResult;
import org.signpost.render.Page;
import org.signpost.render.PageRenderer;
import org.signpost.render.SitePlanner;
import org.signpost.render.Templates;
import org.signpost.routemap.RouteMapChecks;
import org.signpost.routemap.RouteMaps;
import org.signpost.routemap.RoutesIn;
import org.signpost.search.Synonyms;

/**
 * The one pipeline that check, build, search and serve all run: configuration, parse (per
 * file), Markdown (per item), site model and site checks, plan (URLs and templates; models come
 * later), link checks against the plan, render. Each stage's result is a value. A pipeline kept
 * between runs (serve) reuses what the changed files cannot have touched: a file's parse, an
 * item's Markdown, a page's bytes; a fresh pipeline (check, build) computes everything, so the
 * two give the same output by running the same code.
 */
public final class Pipeline {
    /** How far a run goes. */
    public enum Goal { CHECK, RENDER, RENDER_ANYWAY }

    private final Path siteDir;
    private final Supplier<LocalDate> today;
    private final boolean remember;
    private Inputs inputs;
    /** Outlives a new configuration: what is on disk does, and pages it no longer makes must still be removed. */
    private final Rendering rendering;
    private LocalDate lastDay;

    /** What the configuration fixes; replaced, with every cache, whenever signpost.yml changes. */
    private static final class Inputs {
        SiteConfig config;
        Schema schema;
        List<Problem> configProblems;
        Templates templates;
        /** The ids each type's page template writes, looked up once per run: a lookup asks the file system. */
        final Map<String, Set<String>> templateIds = new java.util.concurrent.ConcurrentHashMap<>();
        ContentFiles content;
        Bodies bodies;
        LmiData lmi;
        List<Problem> lmiProblems;
        Map<String, Path> assets;
        List<Problem> assetProblems;
    }

    /** @param remember keep stage results between runs (serve); a build or check runs once */
    public Pipeline(Path siteDir, Supplier<LocalDate> today, boolean remember) {
        this.siteDir = siteDir;
        this.today = today;
        this.remember = remember;
        this.rendering = new Rendering(remember);
    }

    /**
     * Runs every stage. {@code changed} names the inputs that changed since the last run (null:
     * anything may have); files a page needs are handed to {@code sink} as they are rendered.
     */
    public synchronized Run run(Set<Path> changed, Goal goal, BiConsumer<String, byte[]> sink) {
        Map<String, Long> timings = new LinkedHashMap<>();
        LocalDate day = today.get();
        Kinds kinds = Kinds.of(siteDir, changed);
        if (inputs == null || kinds.config() || !remember) {
            inputs = null;
            Problems configProblems = new Problems();
            Optional<SiteConfig> loaded = timed(timings, "config", () -> SiteConfig.load(siteDir, configProblems));
            if (loaded.isEmpty()) return new Run(null, null, Map.of(), List.of(), configProblems.sorted(), Map.of(), Synonyms.none(), null, 0, timings);
            inputs = configure(loaded.get(), configProblems.sorted());
            rendering.invalidate();
        }
        Inputs in = inputs;
        refresh(in, kinds, day, timings);

        Problems local = new Problems(), global = new Problems();
        local.addAll(in.configProblems);
        ContentFiles.Result content = timed(timings, "load", () -> in.content.update(kinds.all()));
        local.addAll(content.problems());
        Bodies.Result bodies = timed(timings, "markdown", () -> in.bodies.render(content.items()));
        local.addAll(bodies.problems());
        local.addAll(in.lmiProblems);
        global.addAll(in.assetProblems);

        Site site = timed(timings, "site", () -> new Site(in.config, in.schema, content.items(), content.reserved()));
        Synonyms synonyms = timed(timings, "validate", () -> {
            new SiteChecks(siteDir.resolve(Build.ASSETS), day).run(content.items(), site, global);
            RouteMapChecks.run(site, global);
            RoutesIn.check(site, global);
            LmiChecks.run(site, in.lmi, global);
            return Synonyms.load(siteDir, site, global);
        });
        Map<String, MarkdownResult> byUrl = bodies.byUrl();
        SitePlanner planner = timed(timings, "plan", () -> new SitePlanner(site, day, i -> byUrl.get(i.url()).html(), in.templates::exists,
                new RouteMaps(site).and(new RoutesIn(site)).and(new LmiCharts(in.lmi, site))));
        List<Page> plan = timed(timings, "plan", planner::plan);
        timed(timings, "plan", () -> {
            UrlClashes.check(site, plan.subList(site.items().size(), plan.size()), global);
            return null;
        });
        timed(timings, "links", () -> {
            checkLinks(site, plan, byUrl, global);
            return null;
        });

        Rendering.Result rendered = null;
        boolean errors = local.hasErrors() || global.hasErrors();
        if (goal == Goal.RENDER_ANYWAY || (goal == Goal.RENDER && !errors)) {
            PageRenderer renderer = new PageRenderer(in.templates, site, planner.views());
            Problems renderProblems = goal == Goal.RENDER_ANYWAY ? new Problems() : global;
            rendered = timed(timings, "render", () -> rendering.render(site, byUrl, plan, renderer, renderProblems, sink));
        }
        List<Problem> problems = new ArrayList<>(local.sorted());
        problems.addAll(global.sorted());
        return new Run(site, in.schema, byUrl, java.util.Collections.unmodifiableList(plan), List.copyOf(problems), in.assets, synonyms, rendered,
                content.items().size(), java.util.Collections.unmodifiableMap(timings));
    }

    /** Swaps in what the changed inputs replace: templates, LMI tables, assets; and tells the render stage. */
    private void refresh(Inputs in, Kinds kinds, LocalDate day, Map<String, Long> timings) {
        in.templateIds.clear(); // templates may have come or gone since the last run
        if (!day.equals(lastDay) || kinds.data()) rendering.invalidate();
        lastDay = day;
        if (!kinds.templates().isEmpty()) {
            in.templates.clearCache();
            rendering.templatesChanged(kinds.templates());
        }
        if (in.lmi == null || kinds.data()) {
            Problems p = new Problems();
            in.lmi = LmiData.load(siteDir, p);
            in.lmiProblems = p.sorted();
        }
        if (in.assets == null || kinds.assets()) {
            Problems p = new Problems();
            in.assets = java.util.Collections.unmodifiableMap(timed(timings, "assets", () -> Assets.scan(siteDir, p)));
            in.assetProblems = p.sorted();
        }
    }

    /** Every body's links and anchors, against the planned URLs: the same check for build and serve. */
    private void checkLinks(Site site, List<Page> plan, Map<String, MarkdownResult> byUrl, Problems problems) {
        Set<String> urls = new HashSet<>();
        for (Page p : plan) urls.add(p.url());
        LinkChecker links = new LinkChecker(site, urls, siteDir.resolve(Build.ASSETS), byUrl);
        Problems found = new Problems();
        site.items().parallelStream().forEach(i -> links.check(i, byUrl.get(i.url()), found));
        problems.addAll(found.sorted());
    }

    private Inputs configure(SiteConfig config, List<Problem> configProblems) {
        Inputs in = new Inputs();
        in.config = config;
        // The site's own types.yml (added or left-out types) is configuration too.
        Problems schemaProblems = new Problems();
        in.schema = Schema.load(siteDir, config.localities(), schemaProblems);
        List<Problem> all = new java.util.ArrayList<>(configProblems);
        all.addAll(schemaProblems.sorted());
        in.configProblems = List.copyOf(all);
        in.templates = new Templates(siteDir);
        Templates templates = in.templates;
        // Bodies avoid the ids of the template they are placed in, and load media only from media_hosts.
        java.util.function.Function<String, Set<String>> ids = type -> in.templateIds.computeIfAbsent(type,
                t -> templates.fixedIds(SitePlanner.templateFor(t, templates::exists)));
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer(Set.copyOf(config.mediaHosts())), ids);
        in.content = new ContentFiles(new ContentLoader(siteDir, new ItemParser(in.schema, config.headerSeparator())), siteDir);
        in.bodies = new Bodies(markdown, (Item i) -> ids.apply(i.type().name()));
        return in;
    }

    private static <T> T timed(Map<String, Long> timings, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        return result;
    }
}
