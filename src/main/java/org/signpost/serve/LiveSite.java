package org.signpost.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.signpost.content.SiteFolders;
import org.signpost.build.Preview;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;
import org.signpost.build.Pipeline;
import org.signpost.build.Run;
import org.signpost.content.Problem;
import org.signpost.search.SearchExport;

/**
 * The site as serve keeps it between edits: one {@link Pipeline} that remembers its stages'
 * results, so an edit re-parses only the files it touched and re-renders only the pages that
 * read what changed; files are written only when their bytes differ. The first good run
 * publishes the whole site, as build does; a run with errors writes nothing, so the last good
 * site stays up, and the next good run brings the folder back to what a clean build makes.
 */
final class LiveSite implements SiteBuilder {
    /** What one rebuild did, for the terminal and the browser. */
    record Outcome(boolean ok, int pagesWritten, long millis, List<Problem> problems) {}

    private final SiteFolders folders;
    private final Preview preview;
    private final Path outputDir;
    private final Supplier<LocalDate> today;
    private Pipeline pipeline;
    /** The last run without errors, whose pages are on disk, or null before the first. */
    private Run good;
    private volatile List<Problem> problems = List.of();
    /** Inputs changed since the last good run: an asset saved while the site had errors is copied once it has none. */
    private final Set<Path> sinceGood = new java.util.HashSet<>();
    private final Object searchLock = new Object();
    /** The search files on disk, by name: a refresh writes only those whose bytes changed (most do not, after one edit). */
    private Map<String, byte[]> searchFiles = Map.of();

    LiveSite(Path siteDir, Path outputDir, Supplier<LocalDate> today) {
        this(SiteFolders.of(siteDir), outputDir, today);
    }

    /** One area of a hub: its folder over the shared one. */
    LiveSite(SiteFolders folders, Path outputDir, Supplier<LocalDate> today) {
        this(folders, outputDir, today, Preview.NONE);
    }

    /** @param preview another address, or drafts too (serve --base-url, --drafts) */
    LiveSite(SiteFolders folders, Path outputDir, Supplier<LocalDate> today, Preview preview) {
        this.preview = preview;
        this.folders = folders;
        this.outputDir = outputDir;
        this.today = today;
    }

    /** Forgets everything and builds from scratch. */
    @Override
    public synchronized Outcome fullBuild() throws IOException {
        pipeline = new Pipeline(folders, today, true).preview(preview);
        good = null;
        return apply(null);
    }

    /** Applies a batch of changed files (null: anything may have changed). */
    @Override
    public synchronized Outcome apply(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        Set<Path> inputs = changed == null ? null : SiteInputs.filter(folders, changed);
        if (inputs != null && inputs.isEmpty()) return new Outcome(problems.stream().noneMatch(Problem::isError), 0, 0, problems);
        if (good == null) return publishAll(start);
        sinceGood.addAll(inputs == null ? Set.of() : inputs);
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        Run run = pipeline.run(inputs, Pipeline.Goal.RENDER, files::put);
        problems = run.problems();
        if (!run.ok() || run.rendered() == null) return new Outcome(false, 0, elapsed(start), problems);
        files.forEach((file, bytes) -> OutputWriter.write(outputDir.resolve(file), bytes));
        for (String gone : run.rendered().removed()) Files.deleteIfExists(outputDir.resolve(gone));
        int written = files.size() + syncAssets(good.assets(), run.assets(), inputs == null ? null : sinceGood) + syncGenerated(good, run);
        good = run;
        sinceGood.clear();
        return new Outcome(true, written, elapsed(start), problems);
    }

    /** Renders and publishes the whole site, as build does, replacing whatever the folder held. */
    private Outcome publishAll(long start) throws IOException {
        OutputWriter writer = OutputWriter.stage(outputDir, Map.of());
        Run run;
        try {
            run = pipeline.run(null, Pipeline.Goal.RENDER, writer::add);
            problems = run.problems();
            if (!run.ok() || run.rendered() == null) {
                writer.discard();
                return new Outcome(false, 0, elapsed(start), problems);
            }
            writer.addAssets(run.assets());
            run.generated().forEach(writer::add);
            Map<String, byte[]> search = new java.util.concurrent.ConcurrentHashMap<>();
            writeSearch(run, search::put);
            search.forEach(writer::add);
            synchronized (searchLock) {
                searchFiles = search;
            }
        } catch (RuntimeException e) {
            writer.discard();
            throw e;
        }
        writer.publish();
        good = run;
        sinceGood.clear();
        return new Outcome(true, run.plan().size(), elapsed(start), problems);
    }

    /** Every problem of the latest run, for the terminal and the panel on every served page. */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    /** Copies assets that are new or were edited (all of them when {@code changed} is null), and removes those that went. */
    private int syncAssets(Map<String, Path> before, Map<String, Path> after, Set<Path> changed) throws IOException {
        int n = 0;
        for (var e : after.entrySet()) {
            if (before.containsKey(e.getKey()) && changed != null && !changed.contains(e.getValue())) continue;
            OutputWriter.write(outputDir.resolve(e.getKey()), Files.readAllBytes(e.getValue()));
            n++;
        }
        for (String gone : before.keySet()) if (!after.containsKey(gone) && !isClient(gone)) Files.deleteIfExists(outputDir.resolve(gone));
        return n;
    }

    /**
     * Writes the engine's scripts and the hashed copies of CSS and JavaScript whose bytes on disk
     * differ (a script is written again when an asset of its name went), and removes the hashed
     * copies an edit replaced.
     */
    private int syncGenerated(Run before, Run after) throws IOException {
        int n = 0;
        Map<String, byte[]> now = after.generated();
        for (var e : now.entrySet()) {
            Path target = outputDir.resolve(e.getKey());
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), e.getValue())) continue;
            OutputWriter.write(target, e.getValue());
            n++;
        }
        for (String gone : before.generated().keySet()) {
            if (!now.containsKey(gone) && !after.assets().containsKey(gone)) Files.deleteIfExists(outputDir.resolve(gone));
        }
        return n;
    }

    private static boolean isClient(String file) {
        return SearchExport.client().containsKey(file);
    }

    /**
     * Rewrites the search index for the site as it now stands, and removes index files it no
     * longer has. Serve runs it after the reload, outside the page lock, so an edit never waits.
     */
    @Override
    public void refreshSearch() throws IOException {
        Run current;
        synchronized (this) {
            current = good;
        }
        if (current == null) return;
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
        writeSearch(current, files::put);
        synchronized (searchLock) {
            Map<String, byte[]> before = searchFiles;
            files.forEach((file, bytes) -> {
                if (!java.util.Arrays.equals(before.get(file), bytes)) OutputWriter.write(outputDir.resolve(file), bytes);
            });
            searchFiles = files;
            for (String folder : List.of("c", "d", "p")) {
                Path dir = outputDir.resolve(SearchExport.DIR).resolve(folder);
                if (!Files.isDirectory(dir)) continue;
                try (var listing = Files.list(dir)) {
                    for (Path f : listing.toList()) {
                        if (!files.containsKey(SearchExport.DIR + "/" + folder + "/" + f.getFileName())) Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private void writeSearch(Run run, java.util.function.BiConsumer<String, byte[]> out) {
        new SearchExport(run.searchIndex(today.get()), run.schema(), run.synonyms()).write(out);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
