package org.signpost.content;

import java.nio.file.Path;
import java.util.Optional;

/** Parses one content file into an item, or says what a file that failed would have been. */
public final class ContentLoader {
    public static final String CONTENT = "content";

    private final SiteFolders folders;
    private final ItemParser parser;

    public ContentLoader(Path siteDir, ItemParser parser) {
        this(SiteFolders.of(siteDir), parser);
    }

    public ContentLoader(SiteFolders folders, ItemParser parser) {
        this.folders = folders;
        this.parser = parser;
    }

    /** The content folder a file is in: its layer's. */
    private Path contentRoot(Path file) {
        return folders.layerOf(file).resolve(CONTENT);
    }

    /** What a Markdown file that failed to parse would have been, by its folder and file name. */
    public Optional<Reservation> reservation(Path file) {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".md") || name.endsWith(".markdown"))) return Optional.empty();
        Path relative = contentRoot(file).relativize(file);
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        String slug = ItemParser.slugOf(file);
        return parser.typeForFolder(folder).map(t -> new Reservation(t.name(), slug, t.urlFor(slug), displayPath(file)));
    }

    /** Parses one file; non-Markdown files are reported and skipped. */
    public Optional<Item> load(Path file, Problems problems) {
        String display = displayPath(file);
        String name = file.getFileName().toString();
        if (!(name.endsWith(".md") || name.endsWith(".markdown"))) {
            problems.warning(display, Position.START, "ignored: only .md files are content; put images and media in assets/");
            return Optional.empty();
        }
        Path relative = contentRoot(file).relativize(file);
        if (!slugNames(contentRoot(file), relative, problems)) return Optional.empty();
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return parser.parse(file, display, folder, problems);
    }

    /**
     * File and folder names become URLs, so each must be a slug; anything else is reported with
     * a suggested name, and the file is skipped. A folder is reported once, however many files it holds.
     */
    private boolean slugNames(Path contentRoot, Path relative, Problems problems) {
        boolean ok = true;
        Path at = contentRoot;
        for (int i = 0; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            at = at.resolve(name);
            boolean isFile = i == relative.getNameCount() - 1;
            int dot = name.lastIndexOf('.');
            String base = isFile ? name.substring(0, dot) : name;
            if (Slugs.isSlug(base)) continue;
            String suggestion = Slugs.of(base) + (isFile ? name.substring(dot) : "");
            problems.error(displayPath(at), Position.START, (isFile ? "file" : "folder") + " name '" + base
                    + "' is not a slug (lower-case letters, digits and hyphens); rename it to '" + suggestion + "'");
            ok = false;
        }
        return ok;
    }

    /** The path problems show: relative to the site folder, with forward slashes. */
    public String displayPath(Path file) {
        return folders.display(file);
    }

    public static boolean isContent(Path siteDir, Path file) {
        return file.startsWith(siteDir.resolve(CONTENT));
    }
}
