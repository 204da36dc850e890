package org.signpost.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signpost.content.Problems;

/** assets/, copied to the output's top level as JBake copies it: hidden files too unless asset.ignore, not folders holding the ignore file. */
final class AssetFiles {
    private AssetFiles() {}

    static Map<String, Path> scan(Path siteDir, Path assets, JBakeConfig config, Problems problems) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        if (Files.isDirectory(assets)) walk(siteDir, assets, assets, config, problems, out);
        return out;
    }

    private static void walk(Path siteDir, Path root, Path dir, JBakeConfig config, Problems problems, Map<String, Path> out) throws IOException {
        Path[] entries;
        try (var list = Files.list(dir)) {
            entries = list.toArray(Path[]::new);
        }
        Arrays.sort(entries);
        for (Path p : entries) {
            if (config.flag("asset.ignore") && p.getFileName().toString().startsWith(".")) continue;
            if (!SiteFiles.insideSite(siteDir, p, problems)) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(p.resolve(config.get("ignore.file")))) walk(siteDir, root, p, config, problems, out);
            } else if (Files.isRegularFile(p)) {
                out.put(root.relativize(p).toString().replace('\\', '/'), p);
            }
        }
    }
}
