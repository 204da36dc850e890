package org.signpost.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.signpost.content.Problem;
import org.signpost.jbake.JBakeBuild;

/**
 * A JBake site as serve keeps it: every saved input rebuilds the whole site, as build does, and
 * swaps it in only when it has no errors, so the last good site stays up meanwhile.
 */
final class JBakeLiveSite implements SiteBuilder {
    private final Path siteDir;
    private final Path outputDir;
    private volatile List<Problem> problems = List.of();

    JBakeLiveSite(Path siteDir, Path outputDir) {
        this.siteDir = siteDir;
        this.outputDir = outputDir;
    }

    @Override
    public synchronized LiveSite.Outcome fullBuild() throws IOException {
        long start = System.nanoTime();
        JBakeBuild build = new JBakeBuild(siteDir);
        boolean ok = build.build(outputDir);
        problems = build.problems().sorted();
        return new LiveSite.Outcome(ok, ok ? build.pages().size() : 0, (System.nanoTime() - start) / 1_000_000, problems);
    }

    @Override
    public LiveSite.Outcome apply(Set<Path> changed) throws IOException {
        if (changed != null && SiteInputs.filter(siteDir, changed).isEmpty()) {
            return new LiveSite.Outcome(problems.stream().noneMatch(Problem::isError), 0, 0, problems);
        }
        return fullBuild();
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public void refreshSearch() {
        // a JBake site has no search index
    }
}
