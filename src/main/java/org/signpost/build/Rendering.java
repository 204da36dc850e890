package org.signpost.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.signpost.content.Item;
import org.signpost.content.Problems;
import org.signpost.content.Reference;
import org.signpost.content.Site;
import org.signpost.content.Taxonomy;
import org.signpost.markdown.MarkdownResult;
import org.signpost.render.AssetUrls;
import org.signpost.render.Changes;
import org.signpost.render.Deps;
import org.signpost.render.Page;
import org.signpost.render.PageRenderer;
import org.signpost.render.Readers;

/**
 * The render stage, with memory of what was last rendered: per page, its template, what it
 * read ({@link Deps}) and a hash of its bytes. A page is rendered again when {@link Changes}
 * touches what it read (found through {@link Readers}, not by asking every page) or its template changed, and handed on only when its bytes differ, so
 * serve writes just the files an edit changed. A clean build has no memory and renders all.
 * Nothing is remembered from a render that failed: the next one compares with the last good.
 */
public final class Rendering {
    private record Rendered(String url, String file, String template, List<String> shows, Deps.Reads deps, byte[] digest) {}

    /** What the site was when its pages were last rendered. */
    private record Basis(Site site, Map<String, MarkdownResult> bodies, Set<String> urls, AssetUrls assets) {}

    /** Files rendered with bytes that differ from before, and the files of pages that are gone. */
    public record Result(int rendered, int changed, List<String> removed) {}

    private final boolean remember;
    private Map<String, Rendered> pages = new HashMap<>();
    private final Readers readers = new Readers();
    private Basis basis;
    private boolean everything = true;
    private final Set<String> templates = new HashSet<>();

    /** @param remember whether to keep what was rendered, to render less next time (serve), or not (a clean build) */
    Rendering(boolean remember) {
        this.remember = remember;
    }

    /** Everything must be rendered next time: the configuration, the LMI tables or the day changed. */
    void invalidate() {
        everything = true;
    }

    /** These template names were added, edited or deleted. */
    void templatesChanged(Set<String> names) {
        templates.addAll(names);
    }

    /**
     * Renders the pages the changes touch, hands each whose bytes changed to {@code sink}, and
     * remembers the result when there were no errors.
     */
    Result render(Site site, Map<String, MarkdownResult> bodies, List<Page> plan, Set<String> urls, AssetUrls assets, PageRenderer renderer,
                  Problems problems, BiConsumer<String, byte[]> sink) {
        Basis now = new Basis(site, bodies, urls, assets);
        Changes changes = remember ? changes(now) : Changes.EVERYTHING;
        Set<String> touched = changes.all() ? Set.of() : readers.touchedBy(changes);
        // Only what was rendered again: most pages of a large site are untouched by an edit, and copying them all costs more than the edit.
        Map<String, Rendered> next = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger(), changed = new java.util.concurrent.atomic.AtomicInteger();
        Problems found = new Problems();
        List<Page> due = plan.stream().filter(page -> {
            Rendered old = pages.get(page.url());
            return old == null || changes.all() || touched.contains(page.url()) || !old.template().equals(page.template()) || !old.shows().equals(page.shows());
        }).toList();
        families(due).parallelStream().forEach(family -> {
            // A family (a page and its embed version) builds its model once and reads what it read together.
            List<Optional<byte[]>> bytes = Page.together(family, () -> family.stream().map(page -> renderer.render(page, found)).toList());
            Deps.Reads reads = family.get(0).deps().drain();
            for (int n = 0; n < family.size(); n++) {
                Page page = family.get(n);
                bytes.get(n).ifPresent(b -> {
                    rendered.incrementAndGet();
                    if (!remember) {
                        sink.accept(page.file(), b);
                        return;
                    }
                    Rendered old = pages.get(page.url());
                    Rendered r = new Rendered(page.url(), page.file(), page.template(), page.shows(), reads, digest(b));
                    next.put(page.url(), r);
                    if (old == null || !Arrays.equals(old.digest(), r.digest()) || !old.file().equals(r.file())) {
                        changed.incrementAndGet();
                        sink.accept(page.file(), b);
                    }
                });
            }
        });
        problems.addAll(found.sorted());
        List<String> removed = new ArrayList<>(), gone = new ArrayList<>();
        if (basis == null || basis.urls() != urls) { // the same set (serve kept the plan): no page went
            for (Rendered old : pages.values()) {
                if (!urls.contains(old.url())) {
                    removed.add(old.file());
                    gone.add(old.url());
                }
            }
        }
        if (remember && !found.hasErrors()) {
            if (changes.all()) {
                pages = new HashMap<>(next);
                readers.clear();
            } else {
                next.forEach((url, r) -> forget(pages.put(url, r)));
                gone.forEach(url -> forget(pages.remove(url)));
            }
            next.values().forEach(r -> readers.add(r.url(), r.deps()));
            basis = now;
            everything = false;
            templates.clear();
        }
        return new Result(rendered.get(), changed.get(), removed);
    }

    /** The pages grouped by {@link Page#family()}, in the order each family is first met. */
    private static List<List<Page>> families(List<Page> pages) {
        Map<Object, List<Page>> byFamily = new java.util.LinkedHashMap<>();
        for (Page p : pages) byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>(2)).add(p);
        return new ArrayList<>(byFamily.values());
    }

    /** Drops a page's last reads from the index: it was rendered again or is gone. */
    private void forget(Rendered old) {
        if (old != null) readers.remove(old.url(), old.deps());
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What differs between the site last rendered and {@code now}, in the terms pages record. */
    private Changes changes(Basis now) {
        if (everything || basis == null || !basis.urls().equals(now.urls())) return Changes.EVERYTHING;
        Set<String> items = new HashSet<>(), briefs = new HashSet<>(), fields = new HashSet<>(), bodies = new HashSet<>(), types = new HashSet<>(), taxonomies = new HashSet<>();
        for (Item item : now.site().items()) {
            Item old = basis.site().atUrl(item.url()).orElse(null);
            if (old == null || old.type() != item.type()) return Changes.EVERYTHING;
            if (!old.fields().equals(item.fields()) || !old.references().equals(item.references())) {
                items.add(item.url());
                briefs.add(item.url());
                Set<String> changed = new HashSet<>();
                changedFields(old, item, changed);
                fields.addAll(changed);
                named(old, basis.site(), items);
                named(item, now.site(), items);
                types.add(item.type().name());
                // A taxonomy's pages count each value's open items: only its own field or the item's closing date moves them.
                boolean closing = changed.contains(item.type().roles().closesOn());
                for (Taxonomy t : now.site().schema().taxonomies()) {
                    boolean has = old.fields().get(t.field()) != null || item.fields().get(t.field()) != null;
                    if (has && (closing || changed.contains(t.field()))) taxonomies.add(t.name());
                }
            }
            if (!java.util.Objects.equals(html(basis.bodies().get(item.url())), html(now.bodies().get(item.url())))) bodies.add(item.url());
        }
        if (basis.site().items().size() != now.site().items().size()) return Changes.EVERYTHING;
        return new Changes(false, items, briefs, fields, bodies, types, taxonomies, Set.copyOf(templates), now.assets().changedSince(basis.assets()));
    }

    /** The names of the fields whose values differ between two versions of an item. */
    private static void changedFields(Item old, Item now, Set<String> into) {
        Set<String> names = new HashSet<>(old.fields().keySet());
        names.addAll(now.fields().keySet());
        for (String name : names) if (!java.util.Objects.equals(old.fields().get(name), now.fields().get(name))) into.add(name);
    }

    /** Compared as held: deflating is deterministic, and inflating every body on each edit would cost serve its speed. */
    private static org.signpost.markdown.HeldText html(MarkdownResult body) {
        return body == null ? null : body.heldHtml();
    }

    /** The items an item names: their "referenced by" lists and route comparisons show it. */
    static void named(Item item, Site site, Set<String> into) {
        for (Reference r : item.references()) site.find(r.slug(), r.types()).ifPresent(t -> into.add(t.url()));
    }
}
