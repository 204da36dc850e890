package org.signpost.jbake;

import java.util.Set;

/** The pages JBake makes from the whole site rather than from one content file, by the names its settings use. */
public final class PageKind {
    public static final String INDEX = "masterindex", ARCHIVE = "archive", FEED = "feed", SITEMAP = "sitemap", TAG = "tag",
            TAGS_INDEX = "tagsindex", ERROR404 = "error404";
    public static final Set<String> NAMES = Set.of(INDEX, ARCHIVE, FEED, SITEMAP, TAG, TAGS_INDEX, ERROR404);

    private PageKind() {}
}
