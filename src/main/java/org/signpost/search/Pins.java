package org.signpost.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;
import org.signpost.content.Site;
import org.signpost.content.Yaml;

/**
 * Editors' pinned results ({@value #FILE}): "t levels: /guides/t-levels-explained/" puts that
 * page first for that query, whatever the scores. A query matches a pin when its words are the
 * same, folded and in order ("T-Levels" is "t levels"), so pins are for a few frequent queries
 * whose best page ranking alone doesn't lead with. {@code check} reports a pin whose page is not
 * on the site, at its line and column.
 *
 * @param pages the pinned page's URL for each query, by {@link #key}
 */
public record Pins(Map<String, String> pages) {
    public static final String FILE = "data/search/pins.yml";

    public static Pins none() {
        return new Pins(Map.of());
    }

    /** A query's words as typed, lower case and folded: what pins are looked up by, here and in search.js. */
    public static String key(String query) {
        return String.join(" ", SearchAnalyzers.tokens(SearchAnalyzers.words(), query));
    }

    public static Pins load(Path siteDir, Site site, Problems problems) {
        return load(SiteFolders.of(siteDir), site, problems);
    }

    /** The shared file's pins and an area's, which win for the same query. */
    public static Pins load(SiteFolders folders, Site site, Problems problems) {
        Set<String> urls = site.items().stream().map(Item::url).collect(Collectors.toSet());
        Map<String, String> pages = new TreeMap<>();
        for (Path file : folders.each(FILE)) read(file, folders.display(file), urls, pages, problems);
        return pages.isEmpty() ? none() : new Pins(pages);
    }

    private static void read(Path file, String shown, Set<String> urls, Map<String, String> pages, Problems problems) {
        Yaml.Tree tree;
        try {
            tree = Yaml.read(Files.readString(file), 1);
        } catch (Yaml.SyntaxError e) {
            problems.error(shown, e.at, e.getMessage());
            return;
        } catch (IOException e) {
            problems.error(shown, Position.START, "cannot read pins: " + e.getMessage());
            return;
        }
        if (tree.root() != null && !(tree.root() instanceof Map)) {
            problems.error(shown, Position.START, "pins are 'query: /page/url/' lines");
            return;
        }
        tree.map().forEach((query, url) -> {
            Position at = tree.at(query, Position.START);
            if (key(query).isEmpty()) problems.error(shown, at, "the query '" + query + "' has no words");
            else if (!(url instanceof String u) || !urls.contains(u)) problems.error(shown, at, "'" + url + "' is not a page on the site; a pin is 'query: /page/url/'");
            else pages.put(key(query), u);
        });
    }
}
