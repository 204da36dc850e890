package org.signpost.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.signpost.content.SiteFolders;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the site's inputs ({@link SiteInputs}: content/, templates/, assets/ and data/ with
 * everything under them, signpost.yml and jbake.properties) and hands over batches of changed
 * files. The site folder itself is watched alone, not its tree, so builds writing target/,
 * node_modules/ or output/ beside it cost nothing. Editors save in bursts (temp file, rename,
 * touch), so events are gathered until the folder is quiet for a few milliseconds.
 */
final class FileWatcher implements AutoCloseable {
    private static final long QUIET_MS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final SiteFolders folders;
    private final Path ignored;
    private final Thread thread;
    private final Consumer<String> log;

    /** @param log gets one line for a batch whose rebuild threw; watching goes on */
    FileWatcher(Path siteDir, Path ignored, Consumer<Set<Path>> onChange, Consumer<String> log) throws IOException {
        this(SiteFolders.of(siteDir), ignored, onChange, log);
    }

    /** Watches each layer: an area's folder and the shared one. */
    FileWatcher(SiteFolders folders, Path ignored, Consumer<Set<Path>> onChange, Consumer<String> log) throws IOException {
        this.folders = folders;
        this.service = folders.root().getFileSystem().newWatchService();
        this.ignored = ignored;
        this.log = log;
        for (Path layer : folders.layers()) {
            dirs.put(layer.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), layer);
            for (String folder : SiteInputs.FOLDERS) if (Files.isDirectory(layer.resolve(folder))) registerTree(layer.resolve(folder));
        }
        thread = new Thread(() -> loop(onChange), "signpost-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                if (dir.startsWith(ignored) || dir.getFileName().toString().startsWith(".")) continue;
                dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) batch(onChange);
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gathers one burst of events and rebuilds. Whatever that throws (a file can make a parser
     * overflow its stack; a folder can vanish mid-walk) ends the batch with one line, not the session.
     */
    private void batch(Consumer<Set<Path>> onChange) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.take();
        try {
            do {
                collect(key, changed);
                key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
            } while (key != null);
            if (!changed.isEmpty()) onChange.accept(changed);
        } catch (InterruptedException | ClosedWatchServiceException e) {
            throw e;
        } catch (Throwable e) {
            log.accept("signpost serve: rebuild failed: " + JettyServer.describe(e) + "; still watching");
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (var event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) continue;
            Path p = dir.resolve(name);
            String file = name.toString();
            if (p.startsWith(ignored) || !SiteInputs.isInput(folders, p) || file.endsWith("~") || file.endsWith(".swp")) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.filter(Files::isRegularFile).forEach(changed::add);
                    }
                } catch (IOException e) {
                    // A folder that vanished again: nothing to watch.
                }
            } else {
                changed.add(p);
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    /** Stops watching and waits for a rebuild in progress, so nothing writes after close. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
