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
    private final Map<String, List<Problem>> fileProblems = new HashMap<>();
    private final Map<String, MarkdownResult> bodies = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();

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
            fileProblems.clear();
            bodies.clear();
            pages.clear();
            build.allItems().forEach(i -> itemsByPath.put(i.path(), i));
            bodies.putAll(build.bodies());
            build.pages().forEach(p -> pages.put(p.url(), p));
            for (Problem p : build.fileProblems().sorted()) fileProblems.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
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
            fileProblems.remove(display);
            Problems parse = new Problems();
            Optional<Item> now = Files.exists(p) ? loader.load(p, parse) : Optional.empty();
            now.ifPresent(i -> itemsByPath.put(display, i));
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
        Site site = new Site(base.config(), base.schema(), itemsByPath.values());
        for (Reference r : named) site.find(r.slug(), r.types()).ifPresent(t -> itemPages.add(t.url()));
        Problems problems = new Problems();
        base.siteChecks(site, itemsByPath.values(), problems);
        for (Item i : after) {
            Problems bodyProblems = new Problems();
            bodies.put(i.url(), base.markdown().render(i, bodyProblems));
            fileProblems.get(i.path()).addAll(bodyProblems.sorted());
        }
        for (Item i : before) if (site.atUrl(i.url()).isEmpty()) bodies.remove(i.url());

        SitePlanner planner = new SitePlanner(site, today.get(), i -> bodies.get(i.url()).html(), base.templates()::exists, base.extras(site));
        List<Page> sitePages = planner.sitePages(site.items().stream().map(Item::url).toList());
        Set<String> urls = new HashSet<>();
        site.items().forEach(i -> urls.add(i.url()));
        sitePages.forEach(p -> urls.add(p.url()));
        LinkChecker links = new LinkChecker(site, urls, siteDir.resolve(Build.ASSETS), bodies);
        site.items().parallelStream().forEach(i -> links.check(i, bodies.get(i.url()), problems));
        List<Problem> all = currentProblems(problems);
        if (all.stream().anyMatch(Problem::isError)) return new Outcome(false, written, elapsed(start), all);

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
        return new Outcome(true, written + files.size(), elapsed(start), all);
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

    private boolean isIncremental(Path p) {
        return p.startsWith(siteDir.resolve("content")) || p.startsWith(siteDir.resolve("templates")) || p.startsWith(siteDir.resolve(Build.ASSETS));
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

    private List<Problem> currentProblems(Problems siteWide) {
        Problems all = new Problems();
        fileProblems.values().forEach(all::addAll);
        all.addAll(siteWide.sorted());
        return all.sorted();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
