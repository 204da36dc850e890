package org.signpost.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders one site reads: the repository's own (the shared, national layer) and, for an
 * area of a hub, the area's folder over it ({@code areas/<slug>/}). For templates, assets and
 * data a file at the same path in the area's folder is read instead of the shared one; content
 * from both is published, and {@link ContentLoader} reports an area file that would replace a
 * shared one. Every path a problem names is relative to the repository, so an area's file reads
 * {@code areas/<slug>/content/...}.
 *
 * @param area the area's folder, or null for a site of one layer
 */
public record SiteFolders(Path root, Path area) {
    public static SiteFolders of(Path root) {
        return new SiteFolders(root, null);
    }

    /** The layers, the one that wins first. */
    public List<Path> layers() {
        return area == null ? List.of(root) : List.of(area, root);
    }

    /** The file at this path in the first layer that has it; the shared layer's path when none has. */
    public Path find(String relative) {
        for (Path layer : layers()) {
            Path p = layer.resolve(relative);
            if (Files.exists(p)) return p;
        }
        return root.resolve(relative);
    }

    /** Each layer's regular file at this path, the shared one first: for files whose lines add up, an area's after the shared ones. */
    public List<Path> each(String relative) {
        List<Path> out = new ArrayList<>();
        for (Path layer : layers()) if (Files.isRegularFile(layer.resolve(relative))) out.add(0, layer.resolve(relative));
        return out;
    }

    /** Each layer's folder of this name that exists, the one that wins first. */
    public List<Path> folders(String name) {
        List<Path> out = new ArrayList<>();
        for (Path layer : layers()) if (Files.isDirectory(layer.resolve(name))) out.add(layer.resolve(name));
        return out;
    }

    /** Whether a regular file is at {@code relative} inside some layer's {@code folder} (never outside it). */
    public boolean hasFile(String folder, String relative) {
        for (Path layer : layers()) {
            Path dir = layer.resolve(folder).toAbsolutePath().normalize();
            Path file = dir.resolve(relative).normalize();
            if (file.startsWith(dir) && !file.equals(dir) && Files.isRegularFile(file)) return true;
        }
        return false;
    }

    /** The layer a path is in: the area's folder when it is inside it, else the repository. */
    public Path layerOf(Path file) {
        return area != null && file.startsWith(area) ? area : root;
    }

    /** How problems name a file: relative to the repository, with forward slashes. */
    public String display(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
