package org.signpost.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.signpost.content.Position;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/** The rules that keep a JBake site's files inside the site and its output inside the output folder. */
final class SiteFiles {
    private SiteFiles() {}

    /** A path for problems: relative to the site, with '/'. */
    static String display(Path siteDir, Path p) {
        return siteDir.relativize(p).toString().replace('\\', '/');
    }

    /** Whether a file or folder really is inside the site: a link that leads out of it is reported and skipped. */
    static boolean insideSite(Path siteDir, Path p, Problems problems) {
        if (!Files.isSymbolicLink(p)) return true;
        try {
            if (p.toRealPath().startsWith(siteDir.toRealPath())) return !Files.isDirectory(p); // a linked folder could loop
        } catch (IOException e) {
            // a broken link: reported below
        }
        problems.warning(display(siteDir, p), Position.START, "this link leads out of the site (or to a folder, or nowhere), so it is left out");
        return false;
    }

    /** A single file or folder name that cannot climb out of a folder. */
    static boolean safeName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.chars().noneMatch(Character::isISOControl);
    }

    /** A relative path of safe names: what an output file's path, built from settings and names, must be. */
    static boolean safePath(String path) {
        if (path.isEmpty() || path.startsWith("/")) return false;
        for (String part : path.split("/", -1)) if (!safeName(part)) return false;
        return true;
    }

    /** A folder setting (content.folder, template.folder, asset.folder) that stays inside the site; reported at its line otherwise. */
    static Path folder(Path siteDir, JBakeConfig config, String key, Problems problems) {
        String value = config.get(key);
        if (value != null && safePath(value.replace('\\', '/').replaceAll("/+$", ""))) return siteDir.resolve(value);
        problems.error(JBakeConfig.FILE, config.at(key), key + " is '" + Problem.printable(String.valueOf(value))
                + "': in Signpost it must be a folder inside the site, such as " + key.substring(0, key.indexOf('.')) + "s");
        return null;
    }
}
