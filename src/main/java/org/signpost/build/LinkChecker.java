package org.signpost.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.Item;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.SiteFolders;
import org.signpost.content.Suggestions;
import org.signpost.html.HtmlSanitizer;
import org.signpost.markdown.MarkdownResult;

/**
 * Checks what bodies point at: internal links and images must reach a page or an asset, a
 * link's #anchor must exist on the page it names, and {@code ::name[slug]} must name an item.
 * External links are not fetched: builds never touch the network. Images and media must come
 * from the site itself or a host listed in {@code media_hosts}: no page loads anything from a third party.
 */
public final class LinkChecker {
    /** Block names the Markdown syntax accepts, and the type each places. */
    public static final List<String> PLACEMENTS = List.of("video", "routemap");

    private final Site site;
    private final Set<String> pageUrls;
    private final SiteFolders folders;
    private final Map<String, MarkdownResult> bodies;
    private final HtmlSanitizer media;

    /** @param bodies rendered bodies by item URL, for anchors */
    public LinkChecker(Site site, Set<String> pageUrls, SiteFolders folders, Map<String, MarkdownResult> bodies) {
        this.site = site;
        this.pageUrls = pageUrls;
        this.folders = folders;
        this.bodies = bodies;
        this.media = new HtmlSanitizer(Set.copyOf(site.config().mediaHosts()));
    }

    public void check(Item item, MarkdownResult body, Problems problems) {
        for (MarkdownResult.LinkUse link : body.links()) checkLink(item, body, link, problems);
        for (MarkdownResult.Placement p : body.placements()) {
            if (!PLACEMENTS.contains(p.name())) {
                problems.error(item.path(), p.at(), "unknown block '::" + p.name() + "'" + Suggestions.didYouMean(p.name(), PLACEMENTS)
                        .replace("'?", "[...]'?").replace("mean '", "mean '::"));
            } else if (site.get(p.name(), p.slug()).isEmpty() && !site.isReserved(p.slug(), List.of(p.name()))) {
                List<String> slugs = site.ofType(p.name()).stream().map(Item::slug).toList();
                problems.error(item.path(), p.at(), "'::" + p.name() + "[" + p.slug() + "]' places a " + p.name()
                        + " that does not exist" + Suggestions.didYouMean(p.slug(), slugs));
            }
        }
    }

    private void checkLink(Item item, MarkdownResult body, MarkdownResult.LinkUse link, Problems problems) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            problems.error(item.path(), link.at(), "link has no address");
            return;
        }
        if (link.media()) {
            var host = media.foreignHost(url);
            if (host.isPresent()) {
                problems.error(item.path(), link.at(), "image loads from another host (" + host.get()
                        + "); put the file in assets/ or list the host under media_hosts in signpost.yml");
                return;
            }
        }
        URI uri;
        try {
            uri = new URI(url.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            problems.error(item.path(), link.at(), "link address is not valid: '" + url + "'");
            return;
        }
        if (uri.getScheme() != null || url.startsWith("//")) return;
        String fragment = uri.getFragment();
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? item.url() : URI.create(item.url()).resolve(uri.getPath()).getPath();
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
            if (fragment != null && !body.anchors().contains(fragment)) {
                problems.error(item.path(), link.at(), "link to missing anchor '#" + fragment + "' on this page"
                        + Suggestions.didYouMean(fragment, body.anchors()));
            }
            return;
        }
        String page = resolvePage(path);
        if (page == null) {
            if (!path.endsWith("/") && folders.hasFile(Build.ASSETS, path.substring(1))) return;
            if (site.isReservedUrl(path) || site.isReservedUrl(path + "/")) return; // that file's own error says why
            problems.error(item.path(), link.at(), "broken link '" + url + "': no page or file at " + path
                    + Suggestions.didYouMean(path, candidates()));
            return;
        }
        MarkdownResult target = bodies.get(page);
        if (fragment != null && target != null && !target.anchors().contains(fragment)) {
            problems.error(item.path(), link.at(), "link '" + url + "' points to missing anchor '#" + fragment + "' on " + page
                    + Suggestions.didYouMean(fragment, target.anchors()));
        }
    }

    /** The page URL a site path reaches: exact, or with its index.html or trailing slash. */
    private String resolvePage(String path) {
        if (pageUrls.contains(path)) return path;
        if (path.endsWith("/index.html") && pageUrls.contains(path.substring(0, path.length() - 10))) return path.substring(0, path.length() - 10);
        if (!path.endsWith("/") && pageUrls.contains(path + "/")) return path + "/";
        return null;
    }

    private Collection<String> candidates() {
        return pageUrls;
    }
}
