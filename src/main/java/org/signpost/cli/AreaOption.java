package org.signpost.cli;

import java.util.List;
import org.signpost.build.Areas;
import org.signpost.content.Problem;
import picocli.CommandLine.Option;

/** In a hub (a repository with areas/), which areas a command runs on: all, or the one named. */
final class AreaOption {
    @Option(names = "--area", paramLabel = "SLUG", description = "In a repository with areas/, only this area (its folder's name).")
    String area;

    /** Every area of a hub, or the one asked for; empty for a repository of one site. An unknown area stops the command (exit 2). */
    List<String> chosen(SiteOptions site) {
        List<String> all = Areas.of(site.siteDir());
        if (area == null) return all;
        if (all.contains(area)) return List.of(area);
        throw new IllegalArgumentException(all.isEmpty() ? "--area " + Problem.printable(area) + ": this site has no areas/ folder with an area in it"
                : "there is no area '" + Problem.printable(area) + "'; the areas are " + String.join(", ", all));
    }
}
