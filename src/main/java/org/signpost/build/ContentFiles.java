package org.signpost.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.signpost.content.ContentLoader;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.Reservation;
import org.signpost.content.SiteFolders;

/**
 * The parse stage: what each file under content/ is (an item, or the problems that kept it
 * from being one, and what it would have been). Kept per file so serve re-parses only the
 * files an edit touched; a clean build parses them all, in parallel, in the same order.
 */
final class ContentFiles {
    /** One file's result. */
    record Parsed(Optional<Item> item, List<Problem> problems, Optional<Reservation> reservation) {}

    /** The items in file order, each broken file's reservation, and every file's problems. */
    record Result(List<Item> items, List<Reservation> reserved, List<Problem> problems) {}

    private final Map<Path, Parsed> files = new TreeMap<>();
    private final ContentLoader loader;
    private final SiteFolders folders;
    /** Each layer's content folder, the area's first. */
    private final List<Path> roots;
    private boolean loaded;

    ContentFiles(ContentLoader loader, SiteFolders folders) {
        this.loader = loader;
        this.folders = folders;
        this.roots = folders.layers().stream().map(l -> l.resolve(ContentLoader.CONTENT)).toList();
    }

    /** Parses every file the first time, then only {@code changed} ones (files or folders, new, edited or gone). */
    Result update(Set<Path> changed) {
        Path shared = roots.get(roots.size() - 1);
        if (!Files.isDirectory(shared)) {
            files.clear();
            loaded = false;
            return new Result(List.of(), List.of(), List.of(Problem.error(ContentLoader.CONTENT, Position.START, "no content folder")));
        }
        if (!loaded) {
            List<Path> all = new ArrayList<>();
            for (Path root : roots) if (Files.isDirectory(root)) all.addAll(walk(root));
            parse(all);
            loaded = true;
        } else {
            List<Path> again = new ArrayList<>();
            for (Path p : changed) {
                if (roots.stream().noneMatch(p::startsWith)) continue;
                files.keySet().removeIf(f -> f.startsWith(p));
                if (Files.isDirectory(p)) again.addAll(walk(p));
                else if (isContentFile(p)) again.add(p);
            }
            parse(again);
        }
        List<Item> items = new ArrayList<>();
        List<Reservation> reserved = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Path, Parsed> e : files.entrySet()) {
            Parsed p = e.getValue();
            Path replaced = sharedTwin(e.getKey());
            if (replaced != null) {
                problems.add(Problem.error(folders.display(e.getKey()), Position.START, "this file has the same name as "
                        + folders.display(replaced) + ", which every area shares; an area adds content but cannot replace a shared file,"
                        + " so give this one another name (or change the shared file for every area)"));
                continue;
            }
            p.item().ifPresent(items::add);
            p.reservation().ifPresent(reserved::add);
            problems.addAll(p.problems());
        }
        return new Result(List.copyOf(items), List.copyOf(reserved), List.copyOf(problems));
    }

    /** The shared file an area's file of the same name would replace, or null. */
    private Path sharedTwin(Path file) {
        if (roots.size() < 2 || !file.startsWith(roots.get(0))) return null;
        Path twin = roots.get(1).resolve(roots.get(0).relativize(file));
        return files.containsKey(twin) ? twin : null;
    }

    /** Lets go of every file's result, so the next update parses all again: a one-off run needs them once. */
    void forget() {
        files.clear();
        loaded = false;
    }

    private void parse(List<Path> paths) {
        Map<Path, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();
        paths.parallelStream().forEach(f -> {
            Problems problems = new Problems();
            Optional<Item> item = loader.load(f, problems);
            parsed.put(f, new Parsed(item, problems.sorted(), item.isPresent() ? Optional.empty() : loader.reservation(f)));
        });
        files.putAll(parsed);
    }

    /** The same files the loader reads: regular files whose names do not start with a dot. */
    private static boolean isContentFile(Path p) {
        return Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".");
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(ContentFiles::isContentFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
