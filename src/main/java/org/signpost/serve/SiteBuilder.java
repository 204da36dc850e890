package org.signpost.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.signpost.content.Problem;

/** What serve rebuilds the site with: a Signpost site ({@link LiveSite}) or a JBake site ({@link JBakeLiveSite}). */
interface SiteBuilder {
    /** Forgets everything and builds from scratch. */
    LiveSite.Outcome fullBuild() throws IOException;

    /** Applies a batch of changed files. */
    LiveSite.Outcome apply(Set<Path> changed) throws IOException;

    /** Every problem of the latest run. */
    List<Problem> problems();

    /** Brings the search index up to date, where the site has one. */
    void refreshSearch() throws IOException;
}
