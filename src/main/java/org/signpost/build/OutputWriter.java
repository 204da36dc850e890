package org.signpost.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a complete site into a fresh folder beside output/ and swaps it in only when every
 * file is written, so a failed build leaves the published output exactly as it was.
 *
 * <ul>
 * <li>Every output holds {@link #MARKER}, so a later build can tell a folder it wrote from one
 *     it must not delete ({@link OutputGuard#vet}).</li>
 * <li>The staging folder is made with {@code mkdir} semantics, so output/ gets the umask's
 *     permissions (0755 under umask 022), readable by a web server running as another user.</li>
 * <li>Staging folders are named {@code .output.new-PID-N} (and old outputs being deleted
 *     {@code .output.old-PID-N}); a build removes those whose process has ended, left by a
 *     killed build, and never one a running build is using.</li>
 * <li>When output/ is a symlink, the site is published at the link's target and the link stays.</li>
 * <li>When output/ is a mount point (another file store than its parent, or its rename fails
 *     with "busy"), the folder itself cannot be swapped: the new site is staged inside it and
 *     each top-level entry is swapped by two renames, old aside then new in. Each entry changes
 *     at once, but not the whole site at once; a failure part-way moves the old entries back.</li>
 * </ul>
 */
public final class OutputWriter {
    /** The file that marks a folder as Signpost's own output; the one dotfile a site publishes. */
    public static final String MARKER = ".signpost-output";
    private static final byte[] MARKER_TEXT = ("This folder was written by Signpost. The next build replaces everything in it.\n")
            .getBytes(StandardCharsets.UTF_8);
    /** Entries of a mount point that are the file system's, not the site's. */
    private static final Set<String> KEEP_IN_PLACE = Set.of("lost+found");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The folder the site is published at: output/, or the target of output/ when it is a link. */
    private final Path target;
    private final Path staging;
    private final boolean inPlace;
    /** Set by {@link #discard}: a render thread still running after a failure elsewhere writes nothing more. */
    private volatile boolean discarded;
    /** Folders of the staging tree made so far: asking the file system again for each of 30,000 pages costs a system call each. */
    private final Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Writes the files {@link #add} is given while the render goes on. */
    private final BackgroundWrites writes = new BackgroundWrites();

    private OutputWriter(Path target, Path staging, boolean inPlace) {
        this.target = target;
        this.staging = staging;
        this.inPlace = inPlace;
    }

    /** Starts a new output: a staging folder beside {@code outputDir} (inside it on a mount point), with the assets copied in. */
    public static OutputWriter stage(Path outputDir, Map<String, Path> assets) throws IOException {
        Path target = linkTarget(outputDir.toAbsolutePath());
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name);
        boolean inPlace = Files.isDirectory(target) && !Files.getFileStore(target).equals(Files.getFileStore(parent));
        if (inPlace) removeStale(target, name);
        OutputWriter w = new OutputWriter(target, unique(inPlace ? target : parent, "." + name + ".new-"), inPlace);
        try {
            w.addAssets(assets);
            Files.write(w.staging.resolve(MARKER), MARKER_TEXT);
        } catch (IOException e) {
            w.discard();
            throw e;
        }
        return w;
    }

    /** Makes an empty output folder, marked as Signpost's own (a hub's output/, before one area is built into it). */
    public static void createMarked(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(MARKER), MARKER_TEXT);
    }

    /** Marks a folder of the new output as Signpost's own too (a hub's area folder, which a one-area build replaces alone). */
    public void mark(String folder) {
        add(folder + MARKER, MARKER_TEXT);
    }

    /** Copies assets in; a page already written at the same path keeps its place. */
    public void addAssets(Map<String, Path> assets) throws IOException {
        writes.finish(); // every page is in place first, so the check below sees it
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            Path to = staging.resolve(asset.getKey());
            if (Files.exists(to)) continue;
            Files.createDirectories(to.getParent());
            Files.copy(asset.getValue(), to);
        }
    }

    /**
     * Hands one file of the new output to the background writers; safe to call from many
     * threads. A file that could not be written fails {@link #addAssets} or {@link #publish}.
     */
    public void add(String file, byte[] bytes) {
        if (discarded) return;
        writes.submit(bytes.length, () -> {
            if (!discarded) addNow(file, bytes);
        });
    }

    /** Straight into place: nothing serves the staging folder, so the rename {@link #write} needs for a live folder is not. */
    private void addNow(String file, byte[] bytes) throws IOException {
        Path to = staging.resolve(file);
        Path dir = to.getParent();
        if (!made.contains(dir)) {
            Files.createDirectories(dir);
            made.add(dir);
        }
        Files.write(to, bytes);
    }

    /** Swaps the complete new output in place of the old. */
    public void publish() throws IOException {
        try {
            writes.finish();
            if (inPlace) swapEntries();
            else swap();
        } finally {
            discard();
        }
    }

    /** Throws the new output away; the old one was never touched. */
    public void discard() throws IOException {
        discarded = true;
        writes.abandon();
        // When a build fails mid-render (out of memory, say), other render threads may still be
        // finishing a page: a second pass takes what they wrote while the first was deleting.
        for (int pass = 0; pass < 2; pass++) {
            try {
                deleteTree(staging);
                return;
            } catch (NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
                if (pass == 1) throw e;
            }
        }
    }

    /**
     * Writes one file in place, creating folders; serve uses it for single-page updates. The bytes
     * go to a sibling and are renamed over the file, so a page served meanwhile is whole, old or new.
     */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling("." + file.getFileName() + ".new-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
            try {
                Files.write(part, bytes);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void swap() throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
            try {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException | AccessDeniedException e) {
                throw e;
            } catch (FileSystemException e) {
                swapEntries(); // EBUSY or EXDEV: a mount point the file store check did not catch
                return;
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    /** Publishes into output/ itself, entry by entry: old aside, new in; undone in reverse on failure. */
    private void swapEntries() throws IOException {
        String name = target.getFileName().toString();
        Path old = unique(target, "." + name + ".old-");
        List<Path[]> done = new ArrayList<>();
        try {
            for (Path entry : list(target)) {
                String n = entry.getFileName().toString();
                if (entry.equals(old) || entry.equals(staging) || KEEP_IN_PLACE.contains(n) || STAGING.matcher(n).matches()) continue;
                move(entry, old.resolve(n), done);
            }
            for (Path entry : list(staging)) move(entry, target.resolve(entry.getFileName().toString()), done);
        } catch (IOException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    moveOrCopy(done.get(i)[1], done.get(i)[0]);
                } catch (IOException ignored) {
                    // best effort: keep undoing the rest
                }
            }
            deleteTree(old);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to, List<Path[]> done) throws IOException {
        moveOrCopy(from, to);
        done.add(new Path[] {from, to});
    }

    /** A rename; across file stores (staging beside a mount point) a copy and delete instead. */
    private static void moveOrCopy(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) copyTree(from, to);
            else Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
            deleteTree(from);
        }
    }

    /** Staging and old folders of any build: {@code .NAME.new-PID-N} and {@code .NAME.old-PID-N}. */
    private static final Pattern STAGING = Pattern.compile("\\..+\\.(?:new|old)-(\\d+)-\\d+");

    /** Removes staging and old folders of {@code name} whose build process has ended. */
    private static void removeStale(Path dir, String name) {
        Pattern own = Pattern.compile(Pattern.quote("." + name) + "\\.(?:new|old)-(\\d+)-\\d+");
        try {
            for (Path p : list(dir)) {
                Matcher m = own.matcher(p.getFileName().toString());
                if (m.matches() && !running(m.group(1))) deleteTree(p);
            }
        } catch (IOException e) {
            // best effort: the next build tries again
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a name we made: leave it
        }
    }

    /** A new folder {@code prefix + PID-N} in {@code dir}, made like mkdir: the umask decides its permissions. */
    private static Path unique(Path dir, String prefix) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            try {
                return Files.createDirectory(dir.resolve(prefix + pid + "-" + COUNTER.incrementAndGet()));
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier run of this pid: try the next number
            }
        }
    }

    /** Where output/ really is: the final target of a link (even one that does not exist yet), else the folder itself. */
    private static Path linkTarget(Path p) throws IOException {
        Path resolved = p;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(resolved); hops++) {
            resolved = resolved.resolveSibling(Files.readSymbolicLink(resolved)).normalize();
        }
        return Files.exists(resolved) ? resolved.toRealPath() : real(resolved);
    }

    /** The real path of {@code p}: its nearest existing folder resolved, with the missing rest added back. */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
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
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
