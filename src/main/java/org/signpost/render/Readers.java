package org.signpost.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which remembered pages read what: from each thing read (an item, a field, a template...) to
 * the URLs of the pages that read it. serve asks it which pages an edit touches instead of
 * asking every page, which at 10,000 items was 36,000 checks an edit. It answers as
 * {@link Changes#touches} would for each page added. Not thread-safe: serve updates it between renders.
 */
public final class Readers {
    private final List<Map<String, Set<String>>> byKind = new ArrayList<>();

    public Readers() {
        for (int k = 0; k < Deps.KINDS; k++) byKind.add(new HashMap<>());
    }

    /** The page at {@code url} read {@code reads}. */
    public void add(String url, Deps.Reads reads) {
        List<Set<String>> kinds = reads.kinds();
        for (int k = 0; k < Deps.KINDS; k++) {
            Map<String, Set<String>> readers = byKind.get(k);
            for (String thing : kinds.get(k)) readers.computeIfAbsent(thing, t -> new HashSet<>(4)).add(url);
        }
    }

    /** The page at {@code url} no longer reads {@code reads}: it was rendered again, or is gone. */
    public void remove(String url, Deps.Reads reads) {
        List<Set<String>> kinds = reads.kinds();
        for (int k = 0; k < Deps.KINDS; k++) {
            Map<String, Set<String>> readers = byKind.get(k);
            for (String thing : kinds.get(k)) {
                Set<String> urls = readers.get(thing);
                if (urls != null && urls.remove(url) && urls.isEmpty()) readers.remove(thing);
            }
        }
    }

    /** The URLs of the pages that read something {@code changes} changed ({@code all} aside: every page sees that). */
    public Set<String> touchedBy(Changes changes) {
        Set<String> touched = new HashSet<>();
        List<Set<String>> kinds = changes.kinds();
        for (int k = 0; k < Deps.KINDS; k++) {
            Map<String, Set<String>> readers = byKind.get(k);
            for (String thing : kinds.get(k)) touched.addAll(readers.getOrDefault(thing, Set.of()));
        }
        return touched;
    }

    public void clear() {
        byKind.forEach(Map::clear);
    }
}
