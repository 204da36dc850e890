package org.signpost.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/**
 * Check or build several areas of a hub ({@link Areas}), one {@link Build} each. A build writes
 * every area into one staging folder, {@code output/<slug>/} each, and publishes it only when
 * every area built: an error in one area leaves the whole of output/ as it was.
 */
public final class HubBuild {
    private final Path root;
    private final LocalDate today;
    private final Map<String, Build> builds = new LinkedHashMap<>();
    private final Problems problems = new Problems();

    public HubBuild(Path root, LocalDate today, List<String> areas) {
        this.root = root;
        this.today = today;
        BodyCache bodies = new BodyCache(); // the shared files' Markdown, rendered by the first area that needs it
        for (String slug : areas) builds.put(slug, new Build(Areas.folders(root, slug), today).sharing(bodies));
    }

    public HubBuild withoutSearch() {
        builds.values().forEach(Build::withoutSearch);
        return this;
    }

    public HubBuild preview(Preview preview) {
        builds.values().forEach(b -> b.preview(preview));
        return this;
    }

    public HubBuild check() {
        builds.values().forEach(Build::check);
        merge();
        return this;
    }

    /** Builds every area into {@code outputDir/<slug>/}; on any error nothing is published. */
    public boolean build(Path outputDir) throws IOException {
        for (String slug : builds.keySet()) OutputGuard.vet(Areas.folders(root, slug).area(), outputDir, true);
        OutputWriter writer = OutputWriter.stage(outputDir, Map.of());
        boolean ok = true;
        try {
            for (Map.Entry<String, Build> area : builds.entrySet()) ok &= area.getValue().renderInto(writer, area.getKey() + "/");
        } catch (RuntimeException | Error e) {
            try {
                writer.discard();
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        merge();
        if (!ok || problems.hasErrors()) { // an area's errors, or a folder under areas/ that cannot be one
            writer.discard();
            return false;
        }
        writer.publish();
        return true;
    }

    /**
     * Builds one area into {@code outputDir/<slug>/}, leaving the other areas' folders there as
     * they are. output/ itself is made, and marked as Signpost's, when it is new.
     */
    public static boolean buildOne(Build build, Path outputDir, String slug) throws IOException {
        if (!Files.exists(outputDir)) OutputWriter.createMarked(outputDir);
        return build.build(outputDir.resolve(slug));
    }

    /** Every area's problems, each once: one found in only some areas, on a file they share, says which. */
    private void merge() {
        Map<Problem, List<String>> where = new TreeMap<>();
        builds.forEach((slug, b) -> {
            for (Problem p : b.problems().sorted()) where.computeIfAbsent(p, k -> new ArrayList<>()).add(slug);
        });
        Problems areaProblems = new Problems();
        Areas.check(root, areaProblems);
        problems.addAll(areaProblems.sorted());
        where.forEach((p, slugs) -> {
            boolean own = slugs.stream().anyMatch(s -> p.path().startsWith(Areas.FOLDER + "/" + s + "/"));
            problems.add(own || slugs.size() == builds.size() ? p
                    : new Problem(p.path(), p.at(), p.severity(), p.message() + " (in " + String.join(", ", slugs) + ")"));
        });
    }

    public Problems problems() {
        return problems;
    }

    public Map<String, Build> areas() {
        return builds;
    }
}
