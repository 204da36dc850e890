package org.signpost.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.FieldSpec;
import org.signpost.content.FieldSpec.Kind;
import org.signpost.content.Item;

/**
 * The words an item's page shows beyond its title, summary and body: its type's plain-text
 * fields as types.yml declares them (entry requirements, routes in, skills, wage, provider,
 * location, working pattern...), found by field kind so a new type's fields are indexed with no
 * code. Codes (fields with a pattern, such as a SOC or standard reference), enums, references,
 * dates and numbers are left out: the reader doesn't search for them, and the facets cover them.
 */
final class PageFields {
    private PageFields() {}

    /** Fields indexed elsewhere: the title, summary and tags, and what the engine reads, not shows. */
    private static final Set<String> ELSEWHERE = Set.of("title", "summary", "tags", "type", "slug", "status");

    /** The shown text of an item's own fields, one value a line. */
    static String details(Item item) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FieldSpec> e : item.type().fields().entrySet()) {
            if (ELSEWHERE.contains(e.getKey()) || item.type().roles().searchTitles().contains(e.getKey())) continue;
            collect(e.getValue(), item.fields().get(e.getKey()), out);
        }
        return String.join("\n", out);
    }

    /** The item's tags, which editors add as keywords for search. */
    static String tags(Item item) {
        return String.join("\n", item.list("tags").stream().map(String::valueOf).toList());
    }

    private static void collect(FieldSpec spec, Object value, List<String> out) {
        if (value == null) return;
        if (spec.kind() == Kind.LIST && spec.of() != null && value instanceof Collection<?> values) {
            for (Object v : values) collect(spec.of(), v, out);
        } else if (spec.kind() == Kind.OBJECT && spec.fields() != null && value instanceof Map<?, ?> map) {
            spec.fields().forEach((name, sub) -> collect(sub, map.get(name), out));
        } else if ((spec.kind() == Kind.STRING || spec.kind() == Kind.TEXT) && spec.pattern() == null) {
            out.add(String.valueOf(value));
        }
    }
}
