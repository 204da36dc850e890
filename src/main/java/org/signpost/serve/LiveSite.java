package org.signpost.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.signpost.build.Build;
import org.signpost.build.LinkChecker;
import org.signpost.build.OutputWriter;
import org.signpost.search.SearchExport;
import org.signpost.search.SearchIndex;
import org.signpost.search.Synonyms;
import org.signpost.content.ContentLoader;
import org.signpost.content.Item;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.Reference;
import org.signpost.content.Site;
import org.signpost.markdown.MarkdownResult;
import org.signpost.render.Deps;
import org.signpost.render.Page;
import org.signpost.render.PageRenderer;
import org.signpost.render.SitePlanner;

/**
 * The site as serve keeps it between edits: items, rendered bodies and each page's inputs.
 * An edit re-reads only the changed files and re-renders only the pages whose recorded inputs
 * it touches. Anything it cannot reason about (signpost.yml) gets a full build.
 */
final class LiveSite {
    /** What one rebuild did, for the terminal and the browser. */
    record Outcome(boolean ok, int pagesWritten, long millis, List<Problem> problems) {}

    private final Path siteDir;
    private final Path outputDir;
    private final Supplier<LocalDate> today;
    private Build base;
    private final Map<String, Item> itemsByPath = new HashMap<>();
    private final Map<String, org.signpost.content.Reservation> reservedByPath = new HashMap<>();
    private final Map<String, List<Problem>> fileProblems = new HashMap<>();
    private final Map<String, MarkdownResult> bodies = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();
    /** The last good site model and planner, and the problems found across it, for body-only edits. */
    private Site site;
    private SitePlanner planner;
    private Set<String> urls = Set.of();
    private List<Problem> siteProblems = List.of();
    private final Map<String, List<Problem>> linkProblems = new HashMap<>();
    private final Object searchLock = new Object();

    LiveSite(Path siteDir, Path outputDir, Supplier<LocalDate> today) {
        this.siteDir = siteDir;
        this.outputDir = outputDir;
        this.today = today;
    }

    synchronized Outcome fullBuild() throws IOException {
        long start = System.nanoTime();
        Build build = new Build(siteDir, today.get());
        boolean ok = build.build(outputDir);
        if (build.site() != null) {
            base = build;
            itemsByPath.clear();
            reservedByPath.clear();
            build.reserved().forEach(r -> reservedByPath.put(r.path(), r));
            fileProblems.clear();
            bodies.clear();
            pages.clear();
            build.allItems().forEach(i -> itemsByPath.put(i.path(), i));
            bodies.putAll(build.bodies());
            build.pages().forEach(p -> pages.put(p.url(), p));
            for (Problem p : build.fileProblems().sorted()) fileProblems.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
            if (ok) {
                Problems checks = new Problems();
                build.siteChecks(build.site(), build.allItems(), checks);
                Set<String> all = new HashSet<>();
                build.pages().forEach(p -> all.add(p.url()));
                SitePlanner own = new SitePlanner(build.site(), today.get(), i -> bodies.get(i.url()).html(), build.templates()::exists, build.extras(build.site()));
                remember(build.site(), own, all, checks, build.site().items());
            }
        }
        return new Outcome(ok, ok ? build.pages().size() : 0, (System.nanoTime() - start) / 1_000_000, build.problems().sorted());
    }

    /** Applies a batch of changed files. */
    synchronized Outcome apply(Set<Path> changed) throws IOException {
        if (base == null || base.templates() == null || changed.stream().anyMatch(p -> !isIncremental(p))) return fullBuild();
        long start = System.nanoTime();
        int written = 0;
        for (Path p : changed) if (p.startsWith(siteDir.resolve(Build.ASSETS))) written += copyAsset(p);
        Set<String> templatesChanged = new HashSet<>();
        for (Path p : changed) {
            if (p.startsWith(siteDir.resolve("templates"))) templatesChanged.add(siteDir.resolve("templates").relativize(p).toString().replace('\\', '/'));
        }
        List<Path> content = changed.stream().filter(p -> ContentLoader.isContent(siteDir, p)).sorted().toList();
        if (content.isEmpty() && templatesChanged.isEmpty()) return new Outcome(true, written, elapsed(start), currentProblems(new Problems()));

        // Re-read changed content files; note what each change can affect.
        Set<String> keys = new HashSet<>();
        Set<String> itemPages = new HashSet<>();
        List<Reference> named = new ArrayList<>();
        ContentLoader loader = base.loader();
        List<Item> before = new ArrayList<>();
        List<Item> after = new ArrayList<>();
        for (Path p : content) {
            String display = loader.displayPath(p);
            Item old = itemsByPath.remove(display);
            reservedByPath.remove(display);
            fileProblems.remove(display);
            Problems parse = new Problems();
            Optional<Item> now = Files.exists(p) ? loader.load(p, parse) : Optional.empty();
            now.ifPresent(i -> itemsByPath.put(display, i));
            if (now.isEmpty() && Files.exists(p)) loader.reservation(p).ifPresent(r -> reservedByPath.put(display, r));
            if (old != null) before.add(old);
            now.ifPresent(after::add);
            fileProblems.put(display, new ArrayList<>(parse.sorted()));
            boolean bodyOnly = old != null && now.isPresent() && old.fields().equals(now.get().fields()) && old.url().equals(now.get().url());
            now.ifPresent(i -> itemPages.add(i.url()));
            if (!bodyOnly) {
                affectedBy(old, keys, named);
                now.ifPresent(i -> affectedBy(i, keys, named));
            }
        }
        if (keys.isEmpty() && templatesChanged.isEmpty() && this.site != null && !after.isEmpty() && before.size() == after.size()) {
            return bodiesOnly(after, written, start);
        }
        Site site = new Site(base.config(), base.schema(), itemsByPath.values(), reservedByPath.values());
        for (Reference r : named) site.find(r.slug(), r.types()).ifPresent(t -> itemPages.add(t.url()));
        Problems checks = new Problems();
        base.siteChecks(site, itemsByPath.values(), checks);
        for (Item i : after) {
            Problems bodyProblems = new Problems();
            bodies.put(i.url(), base.markdown().render(i, bodyProblems));
            fileProblems.get(i.path()).addAll(bodyProblems.sorted());
        }
        for (Item i : before) if (site.atUrl(i.url()).isEmpty()) bodies.remove(i.url());

        SitePlanner planner = new SitePlanner(site, today.get(), i -> bodies.get(i.url()).html(), base.templates()::exists, base.extras(site));
        List<Page> sitePages = planner.sitePages(site.items().stream().map(Item::url).toList());
        org.signpost.build.UrlClashes.check(site, sitePages, checks);
        Set<String> urls = new HashSet<>();
        site.items().forEach(i -> urls.add(i.url()));
        this.urls = urls;
        sitePages.forEach(p -> urls.add(p.url()));
        linkProblems.clear();
        checkLinks(site, urls, site.items());
        siteProblems = checks.sorted();
        List<Problem> all = currentProblems(new Problems());
        if (all.stream().anyMatch(Problem::isError)) {
            this.site = null;
            return new Outcome(false, written, elapsed(start), all);
        }

        // Decide which pages to render: by recorded inputs, and by template.
        if (!templatesChanged.isEmpty()) base.templates().clearCache();
        TemplateGraph graph = templatesChanged.isEmpty() ? null : TemplateGraph.scan(siteDir.resolve("templates"));
        List<Page> toRender = new ArrayList<>();
        for (Item i : site.items()) {
            Page old = pages.get(i.url());
            boolean affected = itemPages.contains(i.url()) || old == null || intersects(old.deps(), keys)
                    || (graph != null && graph.uses(old.template(), templatesChanged));
            if (affected) toRender.add(planner.itemPage(i));
        }
        for (Page p : sitePages) {
            boolean affected = intersects(p.deps(), keys)
                    || (graph != null && graph.uses(p.template(), templatesChanged));
            if (affected) toRender.add(p);
        }
        PageRenderer renderer = new PageRenderer(base.templates(), site, planner.views());
        Problems renderProblems = new Problems();
        Map<String, byte[]> files = renderer.renderAll(toRender, renderProblems);
        if (renderProblems.hasErrors()) return new Outcome(false, written, elapsed(start), currentProblems(renderProblems));
        files.forEach((file, bytes) -> OutputWriter.write(outputDir.resolve(file), bytes));
        toRender.forEach(p -> pages.put(p.url(), p));
        // Pages that no longer exist (a deleted item, a listing that lost its last page) go too.
        for (String gone : new ArrayList<>(pages.keySet())) {
            if (!urls.contains(gone)) Files.deleteIfExists(outputDir.resolve(pages.remove(gone).file()));
        }
        this.site = site;
        this.planner = planner;
        return new Outcome(true, written + files.size(), elapsed(start), all);
    }

    /**
     * Only bodies changed: the site model, listings, browse pages and site-wide checks all stand.
     * Re-render the edited pages, and re-check their links and the links that point at them.
     */
    private Outcome bodiesOnly(List<Item> edited, int written, long start) {
        Set<String> editedUrls = new HashSet<>();
        for (Item i : edited) {
            Problems bodyProblems = new Problems();
            bodies.put(i.url(), base.markdown().render(i, bodyProblems));
            fileProblems.get(i.path()).addAll(bodyProblems.sorted());
            editedUrls.add(i.url());
        }
        List<Item> recheck = new ArrayList<>(edited);
        for (Item other : site.items()) {
            if (editedUrls.contains(other.url())) continue;
            MarkdownResult body = bodies.get(other.url());
            if (body != null && body.links().stream().anyMatch(l -> editedUrls.stream().anyMatch(u -> l.url().startsWith(u)))) recheck.add(other);
        }
        checkLinks(site, urls, recheck);
        List<Problem> all = currentProblems(new Problems());
        if (all.stream().anyMatch(Problem::isError)) return new Outcome(false, written, elapsed(start), all);
        List<Page> toRender = edited.stream().filter(i -> !i.draft()).map(planner::itemPage).toList();
        Problems renderProblems = new Problems();
        Map<String, byte[]> files = new PageRenderer(base.templates(), site, planner.views()).renderAll(toRender, renderProblems);
        if (renderProblems.hasErrors()) return new Outcome(false, written, elapsed(start), currentProblems(renderProblems));
        files.forEach((file, bytes) -> OutputWriter.write(outputDir.resolve(file), bytes));
        toRender.forEach(p -> pages.put(p.url(), p));
        return new Outcome(true, written + files.size(), elapsed(start), all);
    }

    /**
     * Rewrites the search index for the site as it now stands, and removes index files it no
     * longer has. Serve runs it after the reload, outside the page lock, so an edit never waits.
     */
    void refreshSearch() throws IOException {
        Site current;
        Map<String, MarkdownResult> currentBodies;
        synchronized (this) {
            if (site == null) return;
            current = site;
            currentBodies = new HashMap<>(bodies);
        }
        Synonyms synonyms = Synonyms.load(siteDir, current, new Problems());
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
        new SearchExport(SearchIndex.build(current, currentBodies, today.get(), synonyms), base.schema(), synonyms).write(files::put);
        synchronized (searchLock) {
            files.forEach((file, bytes) -> OutputWriter.write(outputDir.resolve(file), bytes));
            for (String folder : List.of("c", "d", "p")) {
                Path dir = outputDir.resolve(SearchExport.DIR).resolve(folder);
                if (!Files.isDirectory(dir)) continue;
                try (var listing = Files.list(dir)) {
                    for (Path f : listing.toList()) {
                        if (!files.containsKey(SearchExport.DIR + "/" + folder + "/" + f.getFileName())) Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private void remember(Site site, SitePlanner planner, Set<String> urls, Problems checks, List<Item> items) {
        this.site = site;
        this.planner = planner;
        this.urls = urls;
        this.siteProblems = checks.sorted();
        linkProblems.clear();
        checkLinks(site, urls, items);
    }

    /** Re-checks the links of some items, replacing what was found for them before. */
    private void checkLinks(Site site, Set<String> urls, List<Item> items) {
        LinkChecker links = new LinkChecker(site, urls, siteDir.resolve(Build.ASSETS), bodies);
        for (Item i : items) {
            Problems found = new Problems();
            links.check(i, bodies.get(i.url()), found);
            if (found.isEmpty()) linkProblems.remove(i.path());
            else linkProblems.put(i.path(), found.sorted());
        }
    }

    /** A change to an item's fields affects pages that show it, its listings, browse pages, and the items it names. */
    private static void affectedBy(Item item, Set<String> keys, List<Reference> named) {
        if (item == null) return;
        keys.add(item.url());
        keys.add("type:" + item.type().name());
        keys.add(Deps.ALL_ITEMS);
        keys.add("taxonomy:*");
        named.addAll(item.references());
    }

    private static boolean intersects(Deps deps, Set<String> keys) {
        for (String k : deps.keys()) {
            if (keys.contains(k)) return true;
            if (k.startsWith("taxonomy:") && keys.contains("taxonomy:*")) return true;
        }
        return false;
    }

    /** Asset changes are copied alone only for plain files (or deletions); links, pipes and dotfiles go through the full build's vetting. */
    private boolean isIncremental(Path p) {
        if (p.startsWith(siteDir.resolve(Build.ASSETS))) {
            boolean plain = !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            for (Path part : siteDir.resolve(Build.ASSETS).relativize(p)) if (part.toString().startsWith(".")) return false;
            return plain;
        }
        return p.startsWith(siteDir.resolve("content")) || p.startsWith(siteDir.resolve("templates"));
    }

    private int copyAsset(Path p) throws IOException {
        Path target = outputDir.resolve(siteDir.resolve(Build.ASSETS).relativize(p).toString());
        if (Files.isRegularFile(p)) {
            OutputWriter.write(target, Files.readAllBytes(p));
            return 1;
        }
        Files.deleteIfExists(target);
        return 0;
    }

    private List<Problem> currentProblems(Problems extra) {
        Problems all = new Problems();
        fileProblems.values().forEach(all::addAll);
        linkProblems.values().forEach(all::addAll);
        all.addAll(siteProblems);
        all.addAll(extra.sorted());
        return all.sorted();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
