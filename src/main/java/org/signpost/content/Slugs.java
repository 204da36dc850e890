package org.signpost.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the lower-case, hyphenated names in URLs, and a suggested slug for any other name. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }

    /** The slug of a title or name: "Café Owner" is "cafe-owner" (accents dropped, lower case, other runs a hyphen). */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
