package org.signpost.serve;

import java.nio.file.Path;
import org.signpost.content.SiteFolders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.signpost.build.Kinds;

/**
 * What serve watches: the site's inputs and nothing else. Build tools, editors and version
 * control write next to a site all the time (target/, node_modules/, output/, .git/); a change
 * there must not rebuild anything.
 */
final class SiteInputs {
    /** Folders whose whole trees are input. */
    static final List<String> FOLDERS = Kinds.INPUT_FOLDERS;
    /** Files at the top of the site that are input. */
    static final Set<String> FILES = Kinds.CONFIG_FILES;

    private SiteInputs() {}

    static boolean isInput(Path siteDir, Path file) {
        siteDir = siteDir.toAbsolutePath().normalize();
        Path p = file.toAbsolutePath().normalize();
        if (!p.startsWith(siteDir) || p.equals(siteDir)) return false;
        Path relative = siteDir.relativize(p);
        String first = relative.getName(0).toString();
        if (relative.getNameCount() == 1 && FILES.contains(first)) return true;
        if (!FOLDERS.contains(first)) return false;
        // Dot-folders and dotfiles are not published or read (assets/.well-known/ is).
        for (int i = 1; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") && !(first.equals("assets") && name.equals(".well-known"))) return false;
        }
        return true;
    }

    /** An input of any layer: an area's own files, or the shared ones. */
    static boolean isInput(SiteFolders folders, Path file) {
        for (Path layer : folders.layers()) if (isInput(layer, file)) return true;
        return false;
    }

    static Set<Path> filter(Path siteDir, Set<Path> changed) {
        return filter(SiteFolders.of(siteDir), changed);
    }

    static Set<Path> filter(SiteFolders folders, Set<Path> changed) {
        Set<Path> inputs = new LinkedHashSet<>();
        for (Path p : changed) if (isInput(folders, p)) inputs.add(p);
        return inputs;
    }
}
