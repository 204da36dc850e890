package org.signpost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.SiteFolders;
import org.signpost.render.Page;
import org.signpost.search.SearchExport;
import org.signpost.search.SearchIndex;

/**
 * One clean run of the {@link Pipeline} over a site folder, for check, build and search:
 * {@link #check()} stops before rendering; {@link #build(Path)} renders and publishes only when
 * there are no errors. serve keeps its own pipeline between edits and runs the same stages.
 */
public final class Build {
    public static final String ASSETS = "assets";

    private final SiteFolders folders;
    private final LocalDate today;
    private Run run;
    private SearchExport.Summary search;
    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private boolean indexSearch = true;
    private Preview preview = Preview.NONE;
    private BodyCache bodyCache;

    public Build(Path siteDir, LocalDate today) {
        this(SiteFolders.of(siteDir), today);
    }

    /** A build of one area of a hub: its folder over the shared one. */
    public Build(SiteFolders folders, LocalDate today) {
        this.folders = folders;
        this.today = today;
    }

    /** Shares rendered Markdown with the other areas of a hub. */
    Build sharing(BodyCache cache) {
        this.bodyCache = cache;
        return this;
    }

    /** Builds a preview: another address, drafts too. */
    public Build preview(Preview preview) {
        this.preview = preview;
        return this;
    }

    private Pipeline pipeline() {
        return new Pipeline(folders, () -> today, false).preview(preview).sharing(bodyCache);
    }

    /** Leaves the search index out: a quicker preview, and how the bench compares us with peers that don't index. */
    public Build withoutSearch() {
        indexSearch = false;
        return this;
    }

    /** Validates everything a build would, without building a page model, rendering or writing. */
    public Build check() {
        run = pipeline().run(null, Pipeline.Goal.CHECK, (f, b) -> {});
        timings.putAll(run.timings());
        return this;
    }

    /**
     * Checks, then renders every page straight into a staging folder and swaps it in for
     * {@code outputDir}; on any error the staging folder is thrown away and the old output stays.
     * An output folder that is the site, holds it or is inside its inputs is refused
     * ({@link OutputGuard.Refused}) before anything is read; the command line also refuses
     * folders Signpost did not write, unless --force.
     */
    public boolean build(Path outputDir) throws IOException {
        for (Path layer : folders.layers()) OutputGuard.vet(layer, outputDir, true);
        OutputWriter writer = OutputWriter.stage(outputDir, Map.of());
        try {
            if (!renderInto(writer, "")) {
                writer.discard();
                return false;
            }
        } catch (RuntimeException | Error e) { // an Error too: running out of memory must not leave a half-built folder beside output/
            try {
                writer.discard();
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the failure to report is the first one
            }
            throw e;
        }
        long start = System.nanoTime();
        writer.publish();
        timings.put("publish", (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /**
     * Checks, then renders every page, the assets, the search index and the client scripts into
     * {@code writer}, each path after {@code prefix} (a hub's area folder, or nothing); false, with
     * nothing more written, when there are errors. The caller publishes or discards the writer.
     */
    boolean renderInto(OutputWriter writer, String prefix) throws IOException {
        BiConsumer<String, byte[]> sink = prefix.isEmpty() ? writer::add : (file, bytes) -> writer.add(prefix + file, bytes);
        run = pipeline().run(null, Pipeline.Goal.RENDER, sink);
        timings.putAll(run.timings());
        if (!run.ok() || run.rendered() == null) return false;
        Map<String, Path> assets = new java.util.TreeMap<>();
        run.assets().forEach((file, from) -> assets.put(prefix + file, from));
        writer.addAssets(assets);
        if (indexSearch) {
            long start = System.nanoTime();
            search = searchExport().write(sink);
            timings.put("search index", (System.nanoTime() - start) / 1_000_000);
        }
        run.generated().forEach(sink);
        if (!prefix.isEmpty()) writer.mark(prefix);
        return true;
    }

    /**
     * Every planned page rendered in memory, whatever problems check found, with the search
     * index, the client scripts and hashed copies: what content would publish if errors were ignored, for
     * tests that must prove even that is safe.
     */
    public Map<String, byte[]> renderRegardless() {
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        run = pipeline().run(null, Pipeline.Goal.RENDER_ANYWAY, files::put);
        searchExport().write(files::put);
        files.putAll(run.generated());
        return files;
    }

    /**
     * The whole output of a clean build, in memory (pages, search index, client scripts and
     * assets), or null when the site has errors: what serve's output folder must equal.
     */
    public Map<String, byte[]> renderAll() throws IOException {
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        run = pipeline().run(null, Pipeline.Goal.RENDER, files::put);
        timings.putAll(run.timings());
        if (!run.ok() || run.rendered() == null) return null;
        for (var e : run.assets().entrySet()) files.put(e.getKey(), Files.readAllBytes(e.getValue()));
        searchExport().write(files::put);
        files.putAll(run.generated());
        return files;
    }

    /** The browser's search index of the checked site. */
    public SearchExport searchExport() {
        return new SearchExport(searchIndex(), run.schema(), run.synonyms());
    }

    /** The Lucene index of the checked site: the search reference. */
    public SearchIndex searchIndex() {
        return run.searchIndex(today);
    }

    /** What the last build wrote into the search index, or null before a build. */
    public SearchExport.Summary searchSummary() {
        return search;
    }

    /** Every problem found. */
    public Problems problems() {
        return run.problemList();
    }

    public Site site() {
        return run.site();
    }

    public List<Page> pages() {
        return run.plan();
    }

    /** Milliseconds per stage, in order, for --verbose. */
    public Map<String, Long> timings() {
        return timings;
    }

    public int itemCount() {
        return run.itemCount();
    }
}
