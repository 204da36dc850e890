package org.signpost.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The README's template model reference: what each template sees, read from model.yml. The item
 * names it lists are reserved, so no type may declare a field that a template would see as
 * something else.
 */
public final class ModelReference {
    private static final Map<String, Object> MODEL = Schema.resource("model.yml");
    private static final List<String> SECTIONS = List.of("site", "page", "type", "item", "full", "templates");
    private static final Map<String, String> HEADINGS = Map.of(
            "site", "`site`: every template",
            "page", "`page`: every template",
            "type", "A type (`type` on a listing, each of `site.types` and `site.nav`)",
            "item", "An item (`item`, and each item in a list: a brief view)",
            "full", "An item on its own page (`item` in `<type>.ftlh`: a full view adds)",
            "templates", "What each template sees besides `site` and `page`");

    private ModelReference() {}

    /** The names a section documents ("site", "page", "type", "item", "full"), in order. */
    public static Map<String, String> section(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (MODEL.get(name) instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    /** Names every item view has whatever its type, which no field may take. */
    public static Set<String> reservedNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String s : List.of("item", "full")) section(s).keySet().stream().filter(k -> !k.startsWith("FIELD")).forEach(names::add);
        return names;
    }

    /** Endings the model adds to field names (FIELD_label gives "_label"). */
    public static List<String> reservedEndings() {
        return List.of("item", "full").stream().flatMap(s -> section(s).keySet().stream())
                .filter(k -> k.startsWith("FIELD_")).map(k -> k.substring("FIELD".length())).toList();
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (String s : SECTIONS) {
            out.append("#### ").append(HEADINGS.get(s)).append("\n\n| Name | What it is |\n|---|---|\n");
            section(s).forEach((name, what) -> out.append("| `").append(name).append("` | ").append(what.replace("|", "\\|")).append(" |\n"));
            out.append('\n');
        }
        return out.toString();
    }
}
