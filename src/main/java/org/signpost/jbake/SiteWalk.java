package org.signpost.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.signpost.content.Problems;

/**
 * The files under a folder in JBake's order (names sorted, folder by folder), less folders that
 * hold the ignore file (.jbakeignore) and links that lead out of the site, which are reported.
 */
final class SiteWalk {
    private SiteWalk() {}

    /** @param skipHidden leave out names starting with a dot (content/ always; assets/ with asset.ignore) */
    static List<Path> files(Path siteDir, Path root, JBakeConfig config, boolean skipHidden, Problems problems) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(root)) walk(siteDir, root, config, skipHidden, problems, out);
        return out;
    }

    private static void walk(Path siteDir, Path dir, JBakeConfig config, boolean skipHidden, Problems problems, List<Path> out) throws IOException {
        Path[] entries;
        try (var list = Files.list(dir)) {
            entries = list.toArray(Path[]::new);
        }
        Arrays.sort(entries);
        for (Path p : entries) {
            if (skipHidden && p.getFileName().toString().startsWith(".")) continue;
            if (!SiteFiles.insideSite(siteDir, p, problems)) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(p.resolve(config.get("ignore.file")))) walk(siteDir, p, config, skipHidden, problems, out);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
    }
}
