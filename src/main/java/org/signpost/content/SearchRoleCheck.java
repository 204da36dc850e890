package org.signpost.content;

import java.util.List;
import java.util.Map;

/**
 * Checks a site type's search role ({@code search: {titles, keywords, details, body}} in
 * types.yml): its keys, that each list names fields of the type's own that hold text, and the
 * body's field. A field that doesn't exist at all is reported with the other roles' names
 * ({@link Schema#roleFields}); this reports what would otherwise be quietly left unindexed.
 */
final class SearchRoleCheck {
    private SearchRoleCheck() {}

    static final List<String> KEYS = List.of("titles", "keywords", "details", "body");
    static final List<String> BODIES = List.of("body", "transcript");

    static void check(String type, Map<String, FieldSpec> own, java.util.Set<String> common, Yaml.Tree tree, Position typeAt, Problems problems) {
        String path = "types." + type + ".search";
        Object raw = valueAt(tree, path);
        if (raw == null) return;
        Position at = tree.at(path, typeAt);
        if (!(raw instanceof Map<?, ?> search)) {
            problems.error(Schema.SITE_FILE, at, "search is a group, e.g. {titles: [alt_titles], keywords: [skills], details: [entry_requirements]}");
            return;
        }
        search.forEach((key, value) -> {
            String name = String.valueOf(key);
            Position keyAt = tree.at(path + "." + name, at);
            if (name.equals("body")) {
                if (!BODIES.contains(String.valueOf(value))) problems.error(Schema.SITE_FILE, keyAt, "search.body is body or transcript, not '" + value + "'");
            } else if (!KEYS.contains(name)) {
                problems.error(Schema.SITE_FILE, keyAt, "unknown key '" + name + "' in search; it may have titles, keywords, details and body"
                        + Suggestions.didYouMean(name, KEYS));
            } else if (!(value instanceof List<?> fields)) {
                problems.error(Schema.SITE_FILE, keyAt, "search." + name + " is a list of field names, e.g. [" + example(own) + "]");
            } else {
                for (int i = 0; i < fields.size(); i++) {
                    String field = String.valueOf(fields.get(i));
                    FieldSpec spec = own.get(field);
                    Position fieldAt = tree.at(path + "." + name + "[" + i + "]", keyAt);
                    if (name.equals("keywords") && field.equals("tags")) continue; // always keywords; naming them is harmless
                    if (spec == null && common.contains(field)) {
                        problems.error(Schema.SITE_FILE, fieldAt, "search." + name + " names '" + field + "', which every item has; search indexes it already");
                    } else if (spec != null && !spec.searchable()) {
                        String what = spec.pattern() != null ? "a code (it has a pattern)" : "a field of kind " + spec.kind().label();
                        problems.error(Schema.SITE_FILE, fieldAt, "search." + name + " names '" + field + "', " + what
                                + "; search indexes only text: string or text fields without a pattern, or lists and groups of them");
                    }
                }
            }
        });
    }

    /** The value at a dotted path of the tree, or null. */
    private static Object valueAt(Yaml.Tree tree, String path) {
        Object at = tree.root();
        for (String key : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) return null;
            at = m.get(key);
        }
        return at;
    }

    private static String example(Map<String, FieldSpec> own) {
        return own.entrySet().stream().filter(e -> e.getValue().searchable()).map(Map.Entry::getKey).findFirst().orElse("skills");
    }
}
