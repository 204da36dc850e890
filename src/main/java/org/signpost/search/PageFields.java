package org.signpost.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.ContentType;
import org.signpost.content.FieldSpec;
import org.signpost.content.FieldSpec.Kind;
import org.signpost.content.Item;

/**
 * The words an item's page shows beyond its title, summary and body, as its type's search role
 * in types.yml says ({@code search: {titles, keywords, details}}): keywords (the common tags and
 * the fields the role adds) and details (entry requirements, routes in, skills, wage, provider,
 * location...). A type whose role names no details has every plain-text field that no other
 * role takes, so a new type's fields are indexed with no code. Only text is indexed: codes
 * (fields with a pattern, such as a SOC or standard reference), enums, references, dates and
 * numbers are left out, since the reader doesn't search for them and the facets cover them.
 */
final class PageFields {
    private PageFields() {}

    /** Fields indexed elsewhere (the title and summary), or read by the engine and not shown. */
    private static final Set<String> ELSEWHERE = Set.of("title", "summary", "tags", "type", "slug", "status");

    /** The shown text of an item's detail fields, one value a line. */
    static String details(Item item) {
        ContentType.Roles roles = item.type().roles();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FieldSpec> e : item.type().fields().entrySet()) {
            String field = e.getKey();
            boolean detail = roles.searchDetails() != null ? roles.searchDetails().contains(field)
                    : !ELSEWHERE.contains(field) && !roles.searchTitles().contains(field) && !roles.searchKeywords().contains(field);
            if (detail) collect(e.getValue(), item.fields().get(field), out);
        }
        return String.join("\n", out);
    }

    /** The item's keywords: its tags, which editors add for search, and the fields its type's role adds. */
    static String keywords(Item item) {
        List<String> out = new ArrayList<>(item.list("tags").stream().map(String::valueOf).toList());
        for (String field : item.type().roles().searchKeywords()) collect(item.type().fields().get(field), item.fields().get(field), out);
        return String.join("\n", out);
    }

    private static void collect(FieldSpec spec, Object value, List<String> out) {
        if (value == null || spec == null) return;
        if (spec.kind() == Kind.LIST && spec.of() != null && value instanceof Collection<?> values) {
            for (Object v : values) collect(spec.of(), v, out);
        } else if (spec.kind() == Kind.OBJECT && spec.fields() != null && value instanceof Map<?, ?> map) {
            spec.fields().forEach((name, sub) -> collect(sub, map.get(name), out));
        } else if ((spec.kind() == Kind.STRING || spec.kind() == Kind.TEXT) && spec.searchable()) {
            out.add(String.valueOf(value));
        }
    }
}
