package org.signpost.build;

import java.util.Collection;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.render.Page;

/**
 * An item whose URL is one the site makes for itself (content/pages/careers.md at /careers/,
 * say) would silently replace that page; it is an error on the item instead.
 */
public final class UrlClashes {
    private UrlClashes() {}

    /** @param sitePages the pages the site makes itself: listings, browse pages, search, feed */
    public static void check(Site site, Collection<Page> sitePages, Problems problems) {
        for (Page page : sitePages) {
            site.atUrl(page.url()).ifPresent(item -> problems.error(item.path(), item.positions().getOrDefault("slug", org.signpost.content.Position.START),
                    "URL " + page.url() + " is already the site's own page " + describe(page)
                            + "; rename the file or set another 'slug:'"));
        }
    }

    /** The generated page as an editor knows it: by its title, else its template. */
    private static String describe(Page page) {
        if (page.model().get("page") instanceof java.util.Map<?, ?> meta && meta.get("title") instanceof String title && !title.isBlank()) {
            return "'" + title + "'";
        }
        return page.template();
    }
}
