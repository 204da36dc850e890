package org.signpost.jbake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signpost.content.Problems;

/** assets/, copied to the output's top level as JBake copies it: hidden files too, unless asset.ignore. */
final class AssetFiles {
    private AssetFiles() {}

    /** The files to copy, by output path. */
    static Map<String, Path> scan(Path siteDir, Path assets, JBakeConfig config, Problems problems) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path p : SiteWalk.files(siteDir, assets, config, config.flag("asset.ignore"), problems)) {
            out.put(assets.relativize(p).toString().replace('\\', '/'), p);
        }
        return out;
    }
}
