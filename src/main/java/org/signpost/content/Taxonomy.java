package org.signpost.content;

/** A way to browse: one page per value of {@code field}, at /{folder}/{value}/, labelled from a vocabulary. */
public record Taxonomy(String name, String field, String folder, String label, String plural, String vocabulary) {
    public String url() {
        return "/" + folder + "/";
    }

    public String urlFor(String value) {
        return "/" + folder + "/" + value + "/";
    }
}
