package org.signpost.render;

import java.util.Set;

/**
 * What an edit changed since the pages on disk were rendered, in the terms {@link Deps}
 * records: items whose fields changed (with the items they name, old and new, whose
 * "referenced by" lists move), the items whose own fields changed (what a brief view shows), the names of the fields that changed, items whose body HTML
 * changed, types and taxonomies whose listings may reorder, and template names that were
 * added, edited or deleted, and assets whose published address changed (a CSS or JavaScript
 * file's hash). {@code all} is for what every page sees: the configuration, the
 * LMI tables, the day, the set of URLs.
 */
public record Changes(boolean all, Set<String> items, Set<String> briefs, Set<String> fields, Set<String> bodies, Set<String> types, Set<String> taxonomies,
                      Set<String> templates, Set<String> assets) {
    public static final Changes EVERYTHING = new Changes(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Each kind of thing that changed, in the order {@link Deps.Reads} lists what a page read. */
    java.util.List<Set<String>> kinds() {
        return java.util.List.of(items, briefs, fields, bodies, types, taxonomies, templates, assets);
    }

    /** Whether a page rendered before with {@code deps} must be rendered again. */
    public boolean touches(Deps.Reads reads) {
        return all || reads.touchedBy(this);
    }
}
