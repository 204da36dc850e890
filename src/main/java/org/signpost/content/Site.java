package org.signpost.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site model, built once per build: every published item, indexed by type, slug, URL and
 * taxonomy value. Later stages read it; none re-reads files.
 */
public final class Site {
    /** Titles A to Z ignoring case, then URL; compares without making lower-case copies, since serve sorts often. */
    public static final Comparator<Item> BY_TITLE = Comparator
            .comparing(Item::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Item::url);

    private final SiteConfig config;
    private final Schema schema;
    private final List<Item> items;
    private final Map<String, Item> byUrl = new LinkedHashMap<>();
    private final Map<String, Map<String, Item>> byTypeAndSlug = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Item>>> byTaxonomy = new LinkedHashMap<>();
    private final Map<String, List<Item>> referencedBy = new TreeMap<>();
    /** ofType's answers, sorted once: the model is immutable and many stages ask. */
    private final Map<String, List<Item>> byTypeSorted = new java.util.concurrent.ConcurrentHashMap<>();
    /** URLs and "type/slug" keys of files that failed to parse: their errors are reported once, on them. */
    private final java.util.Set<String> reserved = new java.util.HashSet<>();

    public Site(SiteConfig config, Schema schema, Collection<Item> all) {
        this(config, schema, all, List.of());
    }

    public Site(SiteConfig config, Schema schema, Collection<Item> all, Collection<Reservation> broken) {
        this(config, schema, all, broken, false);
    }

    /** @param drafts publish drafts too (a preview with --drafts) */
    public Site(SiteConfig config, Schema schema, Collection<Item> all, Collection<Reservation> broken, boolean drafts) {
        for (Reservation r : broken) {
            reserved.add(r.url());
            reserved.add(r.type() + "/" + r.slug());
        }
        this.config = config;
        this.schema = schema;
        this.items = all.stream().filter(i -> drafts || !i.draft()).sorted(Comparator.comparing(Item::url)).toList();
        for (ContentType t : schema.types()) byTypeAndSlug.put(t.name(), new TreeMap<>());
        for (Item i : items) {
            byUrl.putIfAbsent(i.url(), i);
            byTypeAndSlug.get(i.type().name()).putIfAbsent(i.slug(), i);
        }
        // One sort by title: the lists below are filled in this order, so none needs sorting itself.
        List<Item> byTitle = items.stream().sorted(BY_TITLE).toList();
        for (Taxonomy t : schema.taxonomies()) byTaxonomy.put(t.name(), index(t, byTitle));
        for (Item i : byTitle) {
            for (Reference r : i.references()) {
                find(r.slug(), r.types()).ifPresent(target -> referencedBy.computeIfAbsent(target.url(), k -> new ArrayList<>()).add(i));
            }
        }
    }

    /**
     * A copy of {@code from} with each old item replaced by its new version, which it indexes
     * alike: only the lists that hold an old item are copied, and the rest are shared (a site is
     * not changed once built), so an edit costs serve what it touches, not the whole site.
     */
    private Site(Site from, Map<Item, Item> swaps) {
        java.util.function.UnaryOperator<Item> swap = i -> swaps.getOrDefault(i, i);
        java.util.function.UnaryOperator<List<Item>> swapIn = list -> list.stream().map(swap).toList();
        this.config = from.config;
        this.schema = from.schema;
        this.reserved.addAll(from.reserved);
        List<Item> items = new ArrayList<>(from.items);
        byUrl.putAll(from.byUrl);
        byTypeAndSlug.putAll(from.byTypeAndSlug);
        byTaxonomy.putAll(from.byTaxonomy);
        referencedBy.putAll(from.referencedBy);
        byTypeSorted.putAll(from.byTypeSorted);
        // Where the old items are: their types, their taxonomy values and the items they name.
        java.util.Set<String> types = new java.util.HashSet<>(), targets = new java.util.HashSet<>();
        Map<String, java.util.Set<String>> values = new java.util.HashMap<>();
        for (Map.Entry<Item, Item> e : swaps.entrySet()) {
            Item old = e.getKey(), now = e.getValue();
            items.set(indexOf(items, old), now);
            byUrl.put(now.url(), now);
            types.add(old.type().name());
            for (Taxonomy t : schema.taxonomies()) {
                Object v = old.fields().get(t.field());
                Collection<?> vs = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
                for (Object value : vs) values.computeIfAbsent(t.name(), k -> new java.util.HashSet<>()).add(String.valueOf(value));
            }
            for (Reference r : old.references()) from.find(r.slug(), r.types()).ifPresent(target -> targets.add(target.url()));
        }
        this.items = java.util.Collections.unmodifiableList(items);
        for (String type : types) {
            Map<String, Item> slugs = new TreeMap<>(from.byTypeAndSlug.get(type));
            slugs.replaceAll((slug, i) -> swap.apply(i));
            byTypeAndSlug.put(type, slugs);
            byTypeSorted.computeIfPresent(type, (t, list) -> swapIn.apply(list));
        }
        values.forEach((name, vs) -> {
            Map<String, List<Item>> copy = new LinkedHashMap<>(from.byTaxonomy.get(name));
            for (String value : vs) copy.computeIfPresent(value, (k, list) -> swapIn.apply(list));
            byTaxonomy.put(name, copy);
        });
        for (String url : targets) referencedBy.computeIfPresent(url, (u, list) -> swapIn.apply(list));
    }

    /** Where this very item is in a list sorted by URL (two items may share a URL: that is an error check reports, and serve still runs). */
    private static int indexOf(List<Item> byUrl, Item item) {
        int at = java.util.Collections.binarySearch(byUrl, item, Comparator.comparing(Item::url));
        while (at > 0 && byUrl.get(at - 1).url().equals(item.url())) at--;
        while (byUrl.get(at) != item) at++;
        return at;
    }

    /**
     * This site with some items replaced by new versions of themselves (serve, after an edit), or
     * empty if one changed what the site indexes it by: its address, draft flag, title, taxonomy
     * values or references. Otherwise every index keeps its order and only the instances are swapped.
     */
    public Optional<Site> withEdited(Collection<Item> edited) {
        Map<Item, Item> swaps = new java.util.IdentityHashMap<>(); // items are records: equal versions are still different instances
        for (Item now : edited) {
            Item old = byUrl.get(now.url());
            if (old == null || !old.path().equals(now.path()) || !indexedAlike(old, now)) return Optional.empty();
            swaps.put(old, now);
        }
        return Optional.of(new Site(this, swaps));
    }

    private boolean indexedAlike(Item a, Item b) {
        if (a.type() != b.type() || !a.slug().equals(b.slug()) || a.draft() != b.draft() || !a.title().equals(b.title())
                || !a.references().equals(b.references())) return false;
        for (Taxonomy t : schema.taxonomies()) if (!java.util.Objects.equals(a.fields().get(t.field()), b.fields().get(t.field()))) return false;
        return true;
    }

    /** Each value of the taxonomy, in vocabulary order, to its items in the order given (by title). */
    private Map<String, List<Item>> index(Taxonomy t, List<Item> byTitle) {
        Map<String, List<Item>> found = new java.util.HashMap<>();
        for (Item i : byTitle) {
            Object v = i.fields().get(t.field());
            Collection<?> values = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
            for (Object value : values) found.computeIfAbsent(String.valueOf(value), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Item>> index = new LinkedHashMap<>();
        found.keySet().stream().sorted(vocabularyOrder(t)).forEach(value -> index.put(value, found.get(value)));
        return index;
    }

    /** Taxonomy values sort in their vocabulary's order (levels 1 to 8, routes A to Z). */
    private Comparator<String> vocabularyOrder(Taxonomy t) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (String v : schema.vocabulary(t.vocabulary()).keySet()) order.putIfAbsent(v, order.size());
        return Comparator.comparing((String v) -> order.getOrDefault(v, Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
    }

    public SiteConfig config() {
        return config;
    }

    public Schema schema() {
        return schema;
    }

    /** Every published item, ordered by URL. */
    public List<Item> items() {
        return items;
    }

    public List<Item> ofType(String type) {
        return byTypeSorted.computeIfAbsent(type, t -> byTypeAndSlug.getOrDefault(t, Map.of()).values().stream().sorted(BY_TITLE).toList());
    }

    public Optional<Item> get(String type, String slug) {
        return Optional.ofNullable(byTypeAndSlug.getOrDefault(type, Map.of()).get(slug));
    }

    /** The item with this slug among the given types, in the order given. */
    public Optional<Item> find(String slug, Collection<String> types) {
        for (String t : types) {
            Optional<Item> found = get(t, slug);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Whether a file that failed to parse would have had this slug among these types. */
    public boolean isReserved(String slug, Collection<String> types) {
        for (String t : types) if (reserved.contains(t + "/" + slug)) return true;
        return false;
    }

    /** Whether a file that failed to parse would have been published at this URL. */
    public boolean isReservedUrl(String url) {
        return reserved.contains(url);
    }

    public Optional<Item> atUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** Taxonomy value to the items carrying it, in vocabulary order. */
    public Map<String, List<Item>> taxonomy(String name) {
        return byTaxonomy.getOrDefault(name, Map.of());
    }

    /** Items whose front matter names this item (an employer's videos and vacancies, say). */
    public List<Item> referencing(Item target) {
        return referencedBy.getOrDefault(target.url(), List.of());
    }
}
