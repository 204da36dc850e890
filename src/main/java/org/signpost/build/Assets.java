package org.signpost.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;

/**
 * The files of assets/ that a build publishes, vetted once in {@link Build#check()} so that
 * check reports what build would refuse, and the copy publishes only this list:
 * <ul>
 * <li>names starting with '.' (.env, .git/) are left out, with one warning listing them
 *     ({@code .well-known/} is published: it is the web's standard folder, RFC 8615);</li>
 * <li>a link is followed only when it leads to a file or folder inside the site (and not into a
 *     dot folder or output/ there); any other link is an error, not published;</li>
 * <li>named pipes, devices and sockets are errors: reading a pipe would hang the build.</li>
 * </ul>
 */
public final class Assets {
    /** Dot folders the web itself defines, published like any other folder. */
    private static final Set<String> PUBLISHED_DOT_FOLDERS = Set.of(".well-known");

    private final Path siteDir;
    private final Problems problems;
    private final Map<String, Path> files = new TreeMap<>();
    private final List<String> hidden = new ArrayList<>();
    private Path siteReal;
    /** How problems name the assets folder being walked: assets, or an area's areas/<slug>/assets. */
    private String shownFolder = Build.ASSETS;

    private Assets(Path siteDir, Problems problems) {
        this.siteDir = siteDir;
        this.problems = problems;
    }

    /** Scans assets/ and returns what to publish: path in the output to the file to copy. */
    public static Map<String, Path> scan(Path siteDir, Problems problems) {
        return scan(SiteFolders.of(siteDir), problems);
    }

    /** Scans the shared assets/, then an area's, whose file at the same path is published instead. */
    public static Map<String, Path> scan(SiteFolders folders, Problems problems) {
        Assets a = new Assets(folders.root(), problems);
        List<Path> dirs = new ArrayList<>(folders.folders(Build.ASSETS));
        Collections.reverse(dirs); // the area's last, so its files replace the shared ones
        for (Path dir : dirs) {
            if (Files.isSymbolicLink(dir)) continue; // the assets folder itself must be a folder, not a link out
            a.shownFolder = folders.display(dir);
            a.hidden.clear();
            try {
                a.siteReal = folders.root().toRealPath();
                a.walk(dir, "", Set.of(dir.toRealPath()));
            } catch (IOException e) {
                problems.error(a.shownFolder, Position.START, "cannot be read: " + reason(e));
            }
            if (!a.hidden.isEmpty()) {
                problems.warning(a.shownFolder, Position.START, "files whose names start with '.' are not published, as they often hold secrets: "
                        + String.join(", ", a.hidden));
            }
        }
        return Collections.unmodifiableMap(a.files);
    }

    /** Walks one folder; {@code folders} are the real paths of the folders it is in, so a link back to one of them is not followed again. */
    private void walk(Path dir, String prefix, Set<Path> folders) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String rel = prefix + name;
            String shown = shownFolder + "/" + rel;
            if (name.startsWith(".") && !(prefix.isEmpty() && PUBLISHED_DOT_FOLDERS.contains(name))) {
                hidden.add(shown);
                continue;
            }
            Path source = entry;
            BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path target;
                try {
                    target = entry.toRealPath();
                } catch (NoSuchFileException e) {
                    problems.error(shown, Position.START, "is a link to " + Files.readSymbolicLink(entry) + ", which does not exist; it is not published");
                    continue;
                }
                String refused = refusedLink(target);
                if (refused != null) {
                    problems.error(shown, Position.START, "is a link to " + refused + "; it is not published. Copy the file into assets/ instead");
                    continue;
                }
                source = target;
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            }
            if (attrs.isDirectory()) {
                Path real = source.toRealPath();
                if (!folders.contains(real)) {
                    Set<Path> inner = new HashSet<>(folders);
                    inner.add(real);
                    walk(source, rel + "/", inner);
                }
            } else if (attrs.isRegularFile()) {
                if (Files.isReadable(source)) files.put(rel, source);
                else problems.error(shown, Position.START, "cannot be read (permission denied); it is not published");
            } else {
                problems.error(shown, Position.START, "is " + kind(source) + ", not a file; only files and folders are published. Remove it from assets/");
            }
        }
    }

    /** Why a link's resolved target may not be published, or null when it may: it must be in the site, outside dot folders and output/. */
    private String refusedLink(Path target) {
        if (!target.startsWith(siteReal) || target.equals(siteReal)) return target + ", outside the site folder";
        Path rel = siteReal.relativize(target);
        if (rel.getName(0).toString().equals("output")) return rel + ", in the built output";
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return rel + ", whose name starts with '.' (such files often hold secrets)";
        }
        return null;
    }

    /** What sort of special file this is, in plain words. */
    private static String kind(Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            switch (type) {
                case 0010000: return "a named pipe (FIFO)";
                case 0020000: case 0060000: return "a device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view here: fall through to the general words
        }
        return "a special file (a pipe, device or socket)";
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
