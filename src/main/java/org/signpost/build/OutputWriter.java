package org.signpost.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Writes a complete site into a fresh folder beside output/ and swaps it in only when every
 * file is written, so a failed build leaves the published output exactly as it was.
 */
public final class OutputWriter {
    private final Path outputDir;
    private final Path staging;

    private OutputWriter(Path outputDir, Path staging) {
        this.outputDir = outputDir;
        this.staging = staging;
    }

    /** Starts a new output: a staging folder beside {@code outputDir}, with the assets copied in. */
    public static OutputWriter stage(Path outputDir, Path assetsDir) throws IOException {
        Path parent = outputDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        OutputWriter w = new OutputWriter(outputDir, Files.createTempDirectory(parent, "." + outputDir.getFileName() + ".new-"));
        try {
            copyTree(assetsDir, w.staging);
        } catch (IOException e) {
            w.discard();
            throw e;
        }
        return w;
    }

    /** Writes one file of the new output; safe to call from many threads. */
    public void add(String file, byte[] bytes) {
        write(staging.resolve(file), bytes);
    }

    /** Swaps the complete new output in place of the old. */
    public void publish() throws IOException {
        try {
            swap(staging, outputDir);
        } catch (IOException e) {
            discard();
            throw e;
        }
    }

    /** Throws the new output away; the old one was never touched. */
    public void discard() throws IOException {
        deleteTree(staging);
    }


    /** Writes one file in place, creating folders; serve uses it for single-page updates. */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swap(Path staging, Path outputDir) throws IOException {
        Path old = null;
        if (Files.exists(outputDir)) {
            old = outputDir.resolveSibling("." + outputDir.getFileName() + ".old-" + System.nanoTime());
            Files.move(outputDir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, outputDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, outputDir, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
