package org.signpost.jbake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's documents, queried as JBake queries its database: each type's documents newest
 * first (crawl order between equal dates), published ones, tags and tagged documents.
 */
final class Catalogue {
    private final List<String> types;
    private final Map<String, List<Doc>> byType = new LinkedHashMap<>();
    private final Set<String> allTags = new HashSet<>();
    private final Map<String, List<Map<String, Object>>> publishedByTag = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param types content types in JBake's order: page, post, then the site's own */
    Catalogue(List<String> types, List<Doc> docs) {
        this.types = List.copyOf(types);
        for (String t : types) byType.put(t, new ArrayList<>());
        for (Doc d : docs) byType.get(d.type()).add(d);
        Comparator<Doc> newestFirst = Comparator.comparing(Doc::date).reversed().thenComparingInt(Doc::order);
        byType.values().forEach(l -> l.sort(newestFirst));
        // JBake's set of tags, filled type by type from published documents (templates list it in this set's order).
        for (String t : types) for (Doc d : byType.get(t)) if (d.published()) allTags.addAll(d.tags());
    }

    List<String> types() {
        return types;
    }

    List<Doc> docs(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Lists every page may ask for, made once: by "all " or "published " and the type, and "*" for every type. */
    private final Map<String, List<Map<String, Object>>> lists = new java.util.concurrent.ConcurrentHashMap<>();

    List<Map<String, Object>> all(String type) {
        return lists.computeIfAbsent("all " + type, k -> docs(type).stream().map(Doc::model).toList());
    }

    List<Map<String, Object>> published(String type) {
        return lists.computeIfAbsent("published " + type, k -> docs(type).stream().filter(Doc::published).map(Doc::model).toList());
    }

    /** Every type's documents (published only, or all), type after type. */
    List<Map<String, Object>> everything(boolean publishedOnly) {
        List<Map<String, Object>> out = lists.get(publishedOnly ? "published *" : "all *");
        if (out != null) return out;
        out = new ArrayList<>();
        for (String t : types) out.addAll(publishedOnly ? published(t) : all(t));
        lists.put(publishedOnly ? "published *" : "all *", List.copyOf(out));
        return out;
    }

    Set<String> tags() {
        return allTags;
    }

    /** Published documents of one type with a tag (type null: every type, type after type). */
    List<Map<String, Object>> tagged(String tag, String type) {
        if (type != null) return publishedByTag.computeIfAbsent(type + "\u0000" + tag,
                k -> docs(type).stream().filter(d -> d.published() && d.tags().contains(tag)).map(Doc::model).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String t : types) out.addAll(tagged(tag, t));
        return out;
    }
}
