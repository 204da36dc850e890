package org.signpost.jbake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A content file's address as JBake makes it: its folders, its name (URL-encoded) and the type's
 * extension; under uri.noExtension.prefix (with uri.noExtension=true) NAME/index.html instead.
 *
 * @param rootpath the way back to the site root from the page, as JBake writes it (with JBake's extra
 *                 "/.." when uri.noExtension is on)
 * @param output   the file written: the URI, with the draft suffix before the extension for a draft
 */
record Uri(String uri, String rootpath, String output) {

    /** @param path the file's path inside content/, with '/' separators */
    static Uri of(String path, JBakeConfig config, String type, String draftSuffix) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = URLEncoder.encode(dot > 0 ? name.substring(0, dot) : name, StandardCharsets.UTF_8);
        String ext = config.extensionFor(type);
        String prefix = config.get("uri.noExtension.prefix", "");
        boolean folderUri = config.flag("uri.noExtension") && !prefix.isEmpty() && ("/" + path).startsWith(prefix);
        String uri = folder + base + (folderUri ? "/index" + config.get("output.extension") : config.get("output.extension"));
        // The written file: the URI's own extension swapped for the type's, and the draft suffix before it.
        String stem = uri.substring(0, uri.lastIndexOf('.') > uri.lastIndexOf('/') ? uri.lastIndexOf('.') : uri.length());
        return new Uri(uri, rootpath(folder, config), stem + draftSuffix + ext);
    }

    /** "../" for each folder between the file and the root, as JBake counts it. */
    static String rootpath(String folder, JBakeConfig config) {
        StringBuilder sb = new StringBuilder();
        long depth = folder.chars().filter(c -> c == '/').count();
        for (int i = 0; i < depth; i++) sb.append(i == 0 ? ".." : "/..");
        if (config.flag("uri.noExtension")) sb.append("/..");
        if (sb.length() > 0) sb.append('/');
        return sb.toString();
    }
}
