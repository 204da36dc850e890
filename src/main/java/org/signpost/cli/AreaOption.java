package org.signpost.cli;

import java.nio.file.Path;
import java.util.List;
import org.signpost.build.Areas;
import org.signpost.content.Problem;
import org.signpost.content.SiteFolders;
import picocli.CommandLine.Option;

/** In a hub (a repository with areas/), which areas a command runs on: all, or the one named. */
final class AreaOption {
    @Option(names = "--area", paramLabel = "SLUG", description = "In a repository with areas/, only this area (its folder's name).")
    String area;

    /** Every area of a hub, or the one asked for; empty for a repository of one site. An unknown area stops the command (exit 2). */
    List<String> chosen(SiteOptions site) {
        return chosen(site.siteDir());
    }

    List<String> chosen(Path root) {
        List<String> all = Areas.of(root);
        if (area == null) return all;
        if (all.contains(area)) return List.of(area);
        throw new IllegalArgumentException(all.isEmpty() ? "--area " + Problem.printable(area) + ": this site has no areas/ folder with an area in it"
                : "there is no area '" + Problem.printable(area) + "'; the areas are " + String.join(", ", all));
    }

    /**
     * The folders a command about one site reads: the site's own, or in a hub the area named.
     * Without --area a hub's first area is used when {@code firstByDefault}; otherwise the command
     * stops (exit 2) and names the areas, because one area's figures must not be read as another's.
     */
    SiteFolders one(Path root, String command, boolean firstByDefault) {
        List<String> areas = chosen(root);
        if (areas.isEmpty()) return SiteFolders.of(root);
        if (areas.size() > 1 && !firstByDefault) {
            throw new IllegalArgumentException("this repository has several areas; name one with --area (" + String.join(", ", areas) + "): "
                    + command + " reads one area's settings");
        }
        return Areas.folders(root, areas.get(0));
    }

    /** What a command that takes a hub's first area says of the others ("serving area north; the others (south) with --area SLUG"); null when there are none. */
    static String others(String doing, List<String> areas) {
        return areas.size() < 2 ? null
                : doing + " area " + areas.get(0) + "; the others (" + String.join(", ", areas.subList(1, areas.size())) + ") with --area SLUG";
    }
}
