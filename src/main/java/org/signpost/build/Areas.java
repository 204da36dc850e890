package org.signpost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteConfig;
import org.signpost.content.SiteFolders;
import org.signpost.content.Slugs;

/**
 * The areas of a hub: each folder under {@code areas/} that holds a signpost.yml is one site,
 * read over the repository's shared folders ({@link SiteFolders}) and written to
 * {@code output/<slug>/}. A repository without {@code areas/} is one site.
 */
public final class Areas {
    public static final String FOLDER = "areas";

    private Areas() {}

    /** The areas' slugs in order; empty for a repository of one site. Folders that cannot be areas are left out ({@link #check} says why). */
    public static List<String> of(Path root) {
        List<String> out = new ArrayList<>();
        for (Path dir : folders(root)) {
            String name = dir.getFileName().toString();
            if (Slugs.isSlug(name) && Files.isRegularFile(dir.resolve(SiteConfig.FILE), LinkOption.NOFOLLOW_LINKS)) out.add(name);
        }
        return out;
    }

    /** One area's folders: its own over the shared ones. */
    public static SiteFolders folders(Path root, String slug) {
        return new SiteFolders(root, root.resolve(FOLDER).resolve(slug));
    }

    /** Folders under areas/ that are not areas: a name that is not a slug, a link, or no signpost.yml. */
    public static void check(Path root, Problems problems) {
        Path areas = root.resolve(FOLDER);
        if (!Files.isDirectory(areas, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> list = Files.list(areas)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString(), shown = FOLDER + "/" + name;
                if (name.startsWith(".")) continue;
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    problems.error(shown, Position.START, "only area folders belong in areas/; move this " + (Files.isSymbolicLink(entry) ? "link" : "file") + " out");
                } else if (!Slugs.isSlug(name)) {
                    problems.error(shown, Position.START, "an area's folder name is its address (output/" + name + "/), so it must be a slug"
                            + " (lower-case letters, digits and hyphens); rename it to '" + Slugs.of(name) + "'");
                } else if (!Files.isRegularFile(entry.resolve(SiteConfig.FILE), LinkOption.NOFOLLOW_LINKS)) {
                    problems.error(shown, Position.START, "an area needs its own signpost.yml, with at least its name and base_url;"
                            + " ./signpost init area " + name + " \"Name\" writes one");
                }
            }
        } catch (IOException e) {
            problems.error(FOLDER, Position.START, "cannot be read: " + e.getMessage());
        }
    }

    private static List<Path> folders(Path root) {
        Path areas = root.resolve(FOLDER);
        if (!Files.isDirectory(areas, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> list = Files.list(areas)) {
            return list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
