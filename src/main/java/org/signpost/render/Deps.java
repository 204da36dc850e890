package org.signpost.render;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one output page read while its model was built and its templates ran: the items it
 * showed (by URL), whose body it showed, whole collections (a type's listing, a taxonomy),
 * fields it read of every item (home, feed and sitemap sort by date), every template name
 * FreeMarker looked up, and the assets whose published addresses it wrote. serve
 * re-renders a page when {@link Changes} touches any of them; anything a page reads without
 * recording it here would make serve differ from a clean build, which the scenario oracle catches.
 */
public final class Deps {
    private final Set<String> items = new TreeSet<>();
    private final Set<String> bodies = new TreeSet<>();
    private final Set<String> types = new TreeSet<>();
    private final Set<String> taxonomies = new TreeSet<>();
    private final Set<String> templates = new TreeSet<>();
    private final Set<String> fields = new TreeSet<>();
    private final Set<String> assets = new TreeSet<>();

    public synchronized Deps item(String url) {
        items.add(url);
        return this;
    }

    /** The page shows this item's body (only its own page does). */
    public synchronized Deps body(String url) {
        bodies.add(url);
        return this;
    }

    public synchronized Deps type(String type) {
        types.add(type);
        return this;
    }

    public synchronized Deps taxonomy(String name) {
        taxonomies.add(name);
        return this;
    }

    /** The page reads these fields of every item (home, feed and sitemap choose items by date). */
    public synchronized Deps fields(java.util.Collection<String> names) {
        fields.addAll(names);
        return this;
    }

    /** The page names this asset's published address (templates' asset("/css/site.css")), or every one ({@link AssetUrls#ALL}). */
    public synchronized Deps asset(String path) {
        assets.add(path);
        return this;
    }

    synchronized void templates(Set<String> names) {
        templates.addAll(names);
    }

    /** What the page read, fixed once it is rendered: checked against every later edit, so kept as hash sets and read without a lock. */
    public record Reads(Set<String> items, Set<String> fields, Set<String> bodies, Set<String> types, Set<String> taxonomies, Set<String> templates,
                        Set<String> assets) {
        boolean touchedBy(Changes c) {
            return intersects(items, c.items()) || intersects(fields, c.fields()) || intersects(bodies, c.bodies()) || intersects(types, c.types())
                    || intersects(taxonomies, c.taxonomies()) || intersects(templates, c.templates()) || intersects(assets, c.assets());
        }
    }

    /** A fixed copy of what the page read, taken once it is rendered. */
    public synchronized Reads reads() {
        return new Reads(Set.copyOf(items), Set.copyOf(fields), Set.copyOf(bodies), Set.copyOf(types), Set.copyOf(taxonomies), Set.copyOf(templates),
                Set.copyOf(assets));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() < b.size() ? a : b, big = small == a ? b : a;
        for (String s : small) if (big.contains(s)) return true;
        return false;
    }
}
