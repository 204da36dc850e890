package org.signpost.content;

import java.util.Map;

/**
 * A content type: its folder under content/, its URL pattern, its labels and its own fields
 * (the fields every type shares are in {@link Schema#common()}).
 */
public record ContentType(String name, String folder, String urlPattern, String label, String plural,
                          String schemaOrg, String help, boolean listed, Map<String, FieldSpec> fields) {

    /** The URL of an item of this type with the given slug. */
    public String urlFor(String slug) {
        return urlPattern.replace("{folder}", folder).replace("{slug}", slug);
    }

    /** The URL of this type's listing page. */
    public String listUrl() {
        return "/" + folder + "/";
    }
}
