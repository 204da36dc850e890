package org.signpost.content;

/**
 * A way to browse: one page per value of {@code field}, at /{folder}/{value}/, labelled from a vocabulary.
 *
 * @param mainFilter whether search shows it among the first filters (types.yml {@code filter: main}); the rest fold away
 */
public record Taxonomy(String name, String field, String folder, String label, String plural, String vocabulary, boolean mainFilter) {
    public String url() {
        return "/" + folder + "/";
    }

    public String urlFor(String value) {
        return "/" + folder + "/" + value + "/";
    }
}
