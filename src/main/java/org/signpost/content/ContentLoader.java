package org.signpost.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds and parses every content file under content/, in parallel, in a stable order. */
public final class ContentLoader {
    public static final String CONTENT = "content";

    private final Path siteDir;
    private final ItemParser parser;

    public ContentLoader(Path siteDir, ItemParser parser) {
        this.siteDir = siteDir;
        this.parser = parser;
    }

    /** Every item that parsed, and what each file that failed would have been. */
    public record Loaded(List<Item> items, List<Reservation> reserved) {}

    /**
     * Loads every file in parallel; {@code andThen} runs on each item in the same task, so later
     * per-item work (Markdown) starts without waiting for the slowest file.
     */
    public Loaded loadAll(Problems problems, java.util.function.Consumer<Item> andThen) {
        Path root = siteDir.resolve(CONTENT);
        if (!Files.isDirectory(root)) {
            problems.error(CONTENT, Position.START, "no content folder");
            return new Loaded(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Optional<Item>> loaded = files.parallelStream().map(f -> load(f, problems)).peek(i -> i.ifPresent(andThen)).toList();
        List<Reservation> reserved = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) if (loaded.get(i).isEmpty()) reservation(files.get(i)).ifPresent(reserved::add);
        return new Loaded(loaded.stream().flatMap(Optional::stream).toList(), reserved);
    }

    /** What a Markdown file that failed to parse would have been, by its folder and file name. */
    public Optional<Reservation> reservation(Path file) {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".md") || name.endsWith(".markdown"))) return Optional.empty();
        Path relative = siteDir.resolve(CONTENT).relativize(file);
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
        Path relative = siteDir.resolve(CONTENT).relativize(file);
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return parser.parse(file, display, folder, problems);
    }

    /** The path problems show: relative to the site folder, with forward slashes. */
    public String displayPath(Path file) {
        return siteDir.relativize(file).toString().replace('\\', '/');
    }

    public static boolean isContent(Path siteDir, Path file) {
        return file.startsWith(siteDir.resolve(CONTENT));
    }
}
