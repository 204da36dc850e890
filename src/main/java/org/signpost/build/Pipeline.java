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
import org.signpost.content.SiteFolders;
import org.signpost.html.HtmlSanitizer;
import org.signpost.html.JsonLd;
import org.signpost.lmi.LmiChecks;
import org.signpost.lmi.LmiCharts;
import org.signpost.lmi.LmiData;
import org.signpost.markdown.MarkdownRenderer;
import org.signpost.markdown.MarkdownResult;
import org.signpost.render.Page;
import org.signpost.render.PageRenderer;
import org.signpost.render.PlainAssetLinks;
import org.signpost.render.SitePlanner;
import org.signpost.render.Templates;
import org.signpost.routemap.RouteMapChecks;
import org.signpost.routemap.RouteMaps;
import org.signpost.routemap.RoutesIn;
import org.signpost.search.SearchExport;
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

    private final SiteFolders folders;
    private final Supplier<LocalDate> today;
    private final boolean remember;
    private Inputs inputs;
    /** Outlives a new configuration: what is on disk does, and pages it no longer makes must still be removed. */
    private final Rendering rendering;
    private LocalDate lastDay;
    /** What the last run's stages made (serve), or null: the next run keeps what its edit cannot have touched. */
    private Memory memory;
    private final Synonyms.Cache synonymCache = new Synonyms.Cache();
    private Preview preview = Preview.NONE;
    private BodyCache bodyCache;

    /**
     * The whole-site checks' problems, and the synonyms they loaded. Each item's own checks and
     * each career's routes are kept apart from the rest, so that a field edit re-runs them only
     * where it can change them.
     */
    private record Checked(List<Problem> own, List<Problem> routes, List<Problem> rest, Synonyms synonyms) {
        List<Problem> problems() {
            List<Problem> all = new ArrayList<>(own);
            all.addAll(routes);
            all.addAll(rest);
            return all;
        }
    }

    private record Memory(LocalDate day, ContentFiles.Result content, Site site, Checked checked, List<Page> plan, Set<String> urls,
                          List<Problem> clashes, Map<String, MarkdownResult> bodies, List<Problem> links) {}

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
        Fingerprints.Result fingerprints;
        List<Problem> assetProblems;
        /** Site templates that write a hashed file's plain address: warnings, found again when templates or assets change. */
        List<Problem> plainAssetLinks;
    }

    /** @param remember keep stage results between runs (serve); a build or check runs once */
    public Pipeline(Path siteDir, Supplier<LocalDate> today, boolean remember) {
        this(SiteFolders.of(siteDir), today, remember);
    }

    /** A pipeline over an area's folder and the shared one ({@link SiteFolders}). */
    public Pipeline(SiteFolders folders, Supplier<LocalDate> today, boolean remember) {
        this.folders = folders;
        this.today = today;
        this.remember = remember;
        this.rendering = new Rendering(remember);
    }

    /** Renders the Markdown of shared files once for all the areas of a hub that pass the same cache. */
    Pipeline sharing(BodyCache cache) {
        this.bodyCache = cache;
        return this;
    }

    /** Builds as a preview: another address, drafts too. */
    public Pipeline preview(Preview preview) {
        this.preview = preview;
        return this;
    }

    /**
     * Runs every stage. {@code changed} names the inputs that changed since the last run (null:
     * anything may have); files a page needs are handed to {@code sink} as they are rendered.
     */
    public synchronized Run run(Set<Path> changed, Goal goal, BiConsumer<String, byte[]> sink) {
        Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>()); // validate is timed on another thread in serve
        LocalDate day = today.get();
        Kinds kinds = Kinds.of(folders, changed);
        if (inputs == null || kinds.config() || !remember) {
            inputs = null;
            memory = null;
            Problems configProblems = new Problems();
            Optional<SiteConfig> loaded = timed(timings, "config", () -> SiteConfig.load(folders, configProblems));
            if (loaded.isEmpty()) {
                return new Run(null, null, Map.of(), List.of(), configProblems.sorted(), Map.of(), Fingerprints.Result.NONE, Synonyms.none(), null, 0, timings);
            }
            inputs = configure(preview.apply(loaded.get()), configProblems.sorted());
            rendering.invalidate();
        }
        Inputs in = inputs;
        refresh(in, kinds, day, timings);

        Problems local = new Problems(), global = new Problems();
        local.addAll(in.configProblems);
        Parsed parsed = parse(in, kinds, timings);
        ContentFiles.Result content = parsed.content();
        local.addAll(content.problems());
        Bodies.Result bodies = parsed.bodies();
        local.addAll(bodies.problems());
        local.addAll(in.lmiProblems);
        global.addAll(in.assetProblems);
        global.addAll(in.plainAssetLinks);

        Memory before = memory != null && kinds.onlyContent() && day.equals(memory.day()) ? memory : null;
        ContentEdit edit = before == null ? ContentEdit.ANYTHING : ContentEdit.between(before.content(), content);
        // A body edit keeps the site model, its checks and the plan: only the edited items are swapped in.
        boolean keepModel = edit.scope() == ContentEdit.Scope.BODIES;
        // A field edit that keeps titles, taxonomy values and references keeps the site's indexes too.
        Site site = timed(timings, "site", () -> (before == null || edit.scope() == ContentEdit.Scope.SHAPE ? Optional.<Site>empty()
                : before.site().withEdited(edited(content.items(), edit.changed())))
                .orElseGet(() -> new Site(in.config, in.schema, content.items(), content.reserved(), preview.drafts())));
        Supplier<Checked> validating = () -> timed(timings, "validate", () -> keepModel ? before.checked() : validate(site, content.items(), in.lmi, day, before, edit));
        // serve checks the site while it plans: an edit waits for the longer of the two, not both. A one-off
        // run keeps to one thread here, so that running out of memory is never wrapped in a future's error.
        java.util.concurrent.CompletableFuture<Checked> checking = remember ? java.util.concurrent.CompletableFuture.supplyAsync(validating) : null;
        global.addAll(bodies.checks());
        Map<String, MarkdownResult> byUrl = bodies.byUrl();
        SitePlanner planner = timed(timings, "plan", () -> new SitePlanner(site, day, i -> byUrl.get(i.url()).html(), in.templates::exists,
                new RouteMaps(site).and(new RoutesIn(site)).and(new LmiCharts(in.lmi, site)), in.fingerprints.urls()));
        List<Page> plan = timed(timings, "plan", () -> keepModel ? withItemPages(before.plan(), site, planner, edit.changed()) : planner.plan());
        Set<String> urls = timed(timings, "plan", () -> keepModel || before != null && sameUrls(before.plan(), plan) ? before.urls() : urlsOf(plan));
        List<Problem> clashes = timed(timings, "plan", () -> {
            if (keepModel) return before.clashes();
            Problems found = new Problems();
            UrlClashes.check(site, plan.subList(site.items().size(), plan.size()), found);
            return found.sorted();
        });
        global.addAll(clashes);
        List<Problem> links = timed(timings, "links", () -> before != null && edit.scope() != ContentEdit.Scope.SHAPE && urls.equals(before.urls())
                && sameAnchors(before.bodies(), byUrl, site, edit.changed())
                ? recheckLinks(site, urls, byUrl, before.links(), edit.changed()) : checkLinks(site, urls, byUrl));
        global.addAll(links);
        Checked checked = checking == null ? validating.get() : joined(checking);
        global.addAll(checked.problems());
        if (remember) memory = new Memory(day, content, site, checked, plan, urls, clashes, byUrl, links);

        Rendering.Result rendered = null;
        boolean errors = local.hasErrors() || global.hasErrors();
        if (goal == Goal.RENDER_ANYWAY || (goal == Goal.RENDER && !errors)) {
            PageRenderer renderer = new PageRenderer(in.templates, site, planner.views(), in.fingerprints.urls());
            Problems renderProblems = goal == Goal.RENDER_ANYWAY ? new Problems() : global;
            rendered = timed(timings, "render", () -> rendering.render(site, byUrl, plan, urls, in.fingerprints.urls(), renderer, renderProblems, sink));
            planner.views().forgetBriefs();
        }
        List<Problem> problems = new ArrayList<>(local.sorted());
        problems.addAll(global.sorted());
        return new Run(site, in.schema, byUrl, java.util.Collections.unmodifiableList(plan), List.copyOf(problems), in.assets, in.fingerprints, checked.synonyms(), rendered,
                content.items().size(), java.util.Collections.unmodifiableMap(timings));
    }

    /** What a future gave, or what it threw, as thrown. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private record Parsed(ContentFiles.Result content, Bodies.Result bodies) {}

    /**
     * The parse and Markdown stages. A one-off run then keeps neither stage's per-file results,
     * and its items keep their Markdown only where a page still reads it (a video's JSON-LD
     * transcript): at 50,000 items that is what lets a build fit in 1 GB.
     */
    private Parsed parse(Inputs in, Kinds kinds, Map<String, Long> timings) {
        ContentFiles.Result content = timed(timings, "load", () -> in.content.update(kinds.all()));
        Bodies.Result bodies = timed(timings, "markdown", () -> in.bodies.render(content.items()));
        if (remember) return new Parsed(content, bodies);
        in.content.forget();
        in.bodies.forget();
        List<Item> items = content.items().stream().map(i -> JsonLd.readsBody(i) ? i : i.withoutBody()).toList();
        return new Parsed(new ContentFiles.Result(items, content.reserved(), content.problems()), bodies);
    }

    /** Swaps in what the changed inputs replace: templates, LMI tables, assets and their hashed names; and tells the render stage. */
    private void refresh(Inputs in, Kinds kinds, LocalDate day, Map<String, Long> timings) {
        if (!day.equals(lastDay) || kinds.data()) rendering.invalidate();
        lastDay = day;
        if (!kinds.templates().isEmpty()) {
            in.templateIds.clear(); // templates may have come or gone
            in.templates.clearCache();
            rendering.templatesChanged(kinds.templates());
        }
        if (in.lmi == null || kinds.data()) {
            Problems p = new Problems();
            in.lmi = LmiData.load(folders, p);
            in.lmiProblems = p.sorted();
        }
        if (in.assets == null || kinds.assets()) {
            Problems p = new Problems();
            in.assets = java.util.Collections.unmodifiableMap(timed(timings, "assets", () -> Assets.scan(folders, p)));
            in.fingerprints = timed(timings, "assets", () -> Fingerprints.of(in.assets, SearchExport.client(), p));
            in.assetProblems = p.sorted();
            in.plainAssetLinks = null;
        }
        if (in.plainAssetLinks == null || !kinds.templates().isEmpty()) {
            Problems p = new Problems();
            timed(timings, "assets", () -> {
                PlainAssetLinks.check(folders, in.fingerprints.urls(), p);
                return p;
            });
            in.plainAssetLinks = p.sorted();
        }
    }

    /**
     * The checks that need the whole site: references, dates, route maps, LMI tables and synonyms.
     * After a field edit (every file still the same item at the same address) the last run's
     * problems of the items and careers the edit cannot reach are kept, and only the rest are found again.
     */
    private Checked validate(Site site, List<Item> all, LmiData lmi, LocalDate day, Memory before, ContentEdit edit) {
        boolean scoped = before != null && edit.scope() == ContentEdit.Scope.FIELDS;
        Problems own = new Problems(), routes = new Problems(), rest = new Problems();
        SiteChecks checks = new SiteChecks(folders, Build.ASSETS, day);
        List<Item> items = scoped ? edited(all, edit.changed()) : all;
        if (scoped) keep(before.checked().own(), edit.changed(), own);
        checks.each(items, site, own);
        checks.duplicates(all, rest);
        java.util.Collection<Item> careers = scoped ? careersMoved(items, before.site(), site) : site.ofType("career");
        if (scoped) keep(before.checked().routes(), careers.stream().map(Item::path).collect(java.util.stream.Collectors.toSet()), routes);
        RoutesIn.check(site, careers, routes);
        RouteMapChecks.run(site, rest);
        LmiChecks.run(site, lmi, rest);
        Synonyms synonyms = synonymCache.load(folders, site, rest);
        return new Checked(own.sorted(), routes.sorted(), rest.sorted(), synonyms);
    }

    /** The last run's problems, but for those on these files. */
    private static void keep(List<Problem> problems, Set<String> except, Problems into) {
        for (Problem p : problems) if (!except.contains(p.path())) into.add(p);
    }

    /**
     * The careers whose routes-in warnings an edit of these items can move: those edited, and
     * those the edited items named before or name now; every career when a route map was edited.
     */
    private static java.util.Collection<Item> careersMoved(List<Item> edited, Site before, Site now) {
        Set<String> urls = new HashSet<>();
        for (Item item : edited) {
            Item old = before.atUrl(item.url()).orElse(item);
            if (item.type().name().equals("routemap") || old.type().name().equals("routemap")) return now.ofType("career");
            urls.add(item.url());
            Rendering.named(old, before, urls);
            Rendering.named(item, now, urls);
        }
        List<Item> careers = new ArrayList<>();
        for (String url : urls) now.atUrl(url).filter(i -> i.type().name().equals("career")).ifPresent(careers::add);
        return careers;
    }

    /** Every body's links and anchors, against the planned URLs: the same check for build and serve. */
    private List<Problem> checkLinks(Site site, Set<String> urls, Map<String, MarkdownResult> byUrl) {
        LinkChecker links = new LinkChecker(site, urls, folders, byUrl);
        Problems found = new Problems();
        site.items().parallelStream().forEach(i -> links.check(i, byUrl.get(i.url()), found));
        return found.sorted();
    }

    /**
     * After an edit that kept every URL and every anchor: the last run's link problems, with the
     * edited items checked again (a link's problems are reported on the item it is in).
     */
    private List<Problem> recheckLinks(Site site, Set<String> urls, Map<String, MarkdownResult> byUrl, List<Problem> before, Set<String> edited) {
        LinkChecker links = new LinkChecker(site, urls, folders, byUrl);
        Problems found = new Problems();
        for (Problem p : before) if (!edited.contains(p.path())) found.add(p);
        for (Item i : site.items()) if (edited.contains(i.path())) links.check(i, byUrl.get(i.url()), found);
        return found.sorted();
    }

    /** Whether the edited items' pages still have the anchors they had, so no other body's links need checking again. */
    private static boolean sameAnchors(Map<String, MarkdownResult> before, Map<String, MarkdownResult> now, Site site, Set<String> edited) {
        for (Item i : site.items()) {
            if (!edited.contains(i.path())) continue;
            MarkdownResult a = before.get(i.url()), b = now.get(i.url());
            if (a == null || b == null || !a.anchors().equals(b.anchors())) return false;
        }
        return true;
    }

    /** The last plan with the edited items' pages, and their embed versions, planned again (their bodies changed; their URLs did not). */
    private static List<Page> withItemPages(List<Page> before, Site site, SitePlanner planner, Set<String> edited) {
        List<Page> plan = new ArrayList<>(before);
        List<Item> items = site.items();
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int n = items.size(); n < plan.size(); n++) at.put(plan.get(n).url(), n);
        for (int n = 0; n < items.size(); n++) {
            if (!edited.contains(items.get(n).path())) continue;
            List<Page> pages = planner.itemPages(items.get(n));
            plan.set(n, pages.get(0));
            for (Page e : pages.subList(1, pages.size())) if (at.containsKey(e.url())) plan.set(at.get(e.url()), e);
        }
        return plan;
    }

    private static List<Item> edited(List<Item> items, Set<String> paths) {
        return items.stream().filter(i -> paths.contains(i.path())).toList();
    }

    /**
     * Whether two plans have the same URLs in the same order, so the last run's URL set serves
     * (later stages compare sets, and the same instance answers at once). The plan's order is
     * fixed, so one pass in step does, not 36,000 lookups in a set.
     */
    private static boolean sameUrls(List<Page> before, List<Page> now) {
        if (before.size() != now.size()) return false;
        for (int n = 0; n < now.size(); n++) if (!before.get(n).url().equals(now.get(n).url())) return false;
        return true;
    }

    private static Set<String> urlsOf(List<Page> plan) {
        Set<String> urls = new HashSet<>(plan.size() * 2);
        for (Page p : plan) urls.add(p.url());
        return java.util.Collections.unmodifiableSet(urls); // not Set.copyOf, which hashes every URL again
    }

    private Inputs configure(SiteConfig config, List<Problem> configProblems) {
        Inputs in = new Inputs();
        in.config = config;
        // The site's own types.yml (added or left-out types) is configuration too.
        Problems schemaProblems = new Problems();
        in.schema = Schema.load(folders.root(), config.localities(), schemaProblems);
        List<Problem> all = new java.util.ArrayList<>(configProblems);
        all.addAll(schemaProblems.sorted());
        in.configProblems = List.copyOf(all);
        in.templates = new Templates(folders, remember);
        Templates templates = in.templates;
        // Bodies avoid the ids of the template they are placed in, and load media only from media_hosts.
        java.util.function.Function<String, Set<String>> ids = type -> in.templateIds.computeIfAbsent(type,
                t -> templates.fixedIds(SitePlanner.templateFor(t, templates::exists)));
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer(Set.copyOf(config.mediaHosts())), ids);
        in.content = new ContentFiles(new ContentLoader(folders, new ItemParser(in.schema, config.headerSeparator())), folders);
        org.signpost.content.Scaffold scaffold = new org.signpost.content.Scaffold(in.schema);
        in.bodies = new Bodies(markdown, (Item i) -> ids.apply(i.type().name()), (i, p) -> SiteChecks.item(i, scaffold, p), bodyCache, List.copyOf(config.mediaHosts()));
        return in;
    }

    private static <T> T timed(Map<String, Long> timings, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        return result;
    }
}
