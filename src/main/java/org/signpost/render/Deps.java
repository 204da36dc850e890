package org.signpost.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one output page read while its model was built and its templates ran: the items it
 * showed whole (by URL), the items it showed only in brief (their own fields, as on a card or a
 * link), whose body it showed, whole collections (a type's listing, a taxonomy),
 * fields it read of every item (home, feed and sitemap sort by date), every template name
 * FreeMarker looked up, and the assets whose published addresses it wrote. serve
 * re-renders a page when {@link Changes} touches any of them; anything a page reads without
 * recording it here would make serve differ from a clean build, which the scenario oracle catches.
 */
public final class Deps {
    /** How many kinds of thing a page reads: items, briefs, fields, bodies, types, taxonomies, templates and assets. */
    static final int KINDS = 8;

    // Made on first use: a build plans several pages per item, and most pages read few kinds of
    // thing, so seven empty sorted sets a page were tens of megabytes at 10,000 items.
    private Set<String> items, briefs, bodies, types, taxonomies, templates, fields, assets;

    private static Set<String> add(Set<String> set, String value) {
        Set<String> s = set == null ? new HashSet<>(4) : set;
        s.add(value);
        return s;
    }

    private static Set<String> fixed(Set<String> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    public synchronized Deps item(String url) {
        items = add(items, url);
        return this;
    }

    /**
     * The page shows only this item's own fields: an edit elsewhere that moves its "referenced by"
     * list leaves the page alone (a career's summary edit named 128 such pages at 10,000 items).
     */
    public synchronized Deps brief(String url) {
        briefs = add(briefs, url);
        return this;
    }

    /** The page shows this item's body (only its own page does). */
    public synchronized Deps body(String url) {
        bodies = add(bodies, url);
        return this;
    }

    public synchronized Deps type(String type) {
        types = add(types, type);
        return this;
    }

    public synchronized Deps taxonomy(String name) {
        taxonomies = add(taxonomies, name);
        return this;
    }

    /** The page reads these fields of every item (home, feed and sitemap choose items by date). */
    public synchronized Deps fields(java.util.Collection<String> names) {
        for (String n : names) fields = add(fields, n);
        return this;
    }

    /** The page names this asset's published address (templates' asset("/css/site.css")), or every one ({@link AssetUrls#ALL}). */
    public synchronized Deps asset(String path) {
        assets = add(assets, path);
        return this;
    }

    synchronized void templates(Set<String> names) {
        for (String n : names) templates = add(templates, n);
    }

    /** What the page read, fixed once it is rendered: checked against every later edit, so kept as hash sets and read without a lock. */
    public record Reads(Set<String> items, Set<String> briefs, Set<String> fields, Set<String> bodies, Set<String> types, Set<String> taxonomies, Set<String> templates,
                        Set<String> assets) {
        boolean touchedBy(Changes c) {
            List<Set<String>> mine = kinds(), changed = c.kinds();
            for (int k = 0; k < KINDS; k++) if (intersects(mine.get(k), changed.get(k))) return true;
            return false;
        }

        /** Each kind of thing read, in the order {@link Changes#kinds()} lists what changed. */
        List<Set<String>> kinds() {
            return List.of(items, briefs, fields, bodies, types, taxonomies, templates, assets);
        }
    }

    /**
     * A fixed copy of what the page read, taken once it is rendered, and a fresh start: the plan
     * (and so this) outlives the render, and a page rendered again records what it reads then.
     */
    public synchronized Reads drain() {
        Reads r = new Reads(fixed(items), fixed(briefs), fixed(fields), fixed(bodies), fixed(types), fixed(taxonomies), fixed(templates), fixed(assets));
        items = briefs = bodies = types = taxonomies = templates = fields = assets = null;
        return r;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() < b.size() ? a : b, big = small == a ? b : a;
        for (String s : small) if (big.contains(s)) return true;
        return false;
    }
}
