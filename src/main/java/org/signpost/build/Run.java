package org.signpost.build;

import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.content.Schema;
import org.signpost.content.Site;
import org.signpost.markdown.MarkdownResult;
import org.signpost.render.Page;
import org.signpost.search.SearchExport;
import org.signpost.search.SearchIndex;
import org.signpost.search.Synonyms;

/**
 * What one run of the pipeline found, immutable: the site model (null when signpost.yml could
 * not be read), bodies by URL, the plan, every problem in report order, the assets to publish
 * and their fingerprinted copies, the synonyms, what the render stage did (null when the run did not render), how many items
 * the content files held, and milliseconds per stage.
 */
public record Run(Site site, Schema schema, Map<String, MarkdownResult> bodies, List<Page> plan, List<Problem> problems,
                  Map<String, Path> assets, Fingerprints.Result fingerprints, Synonyms synonyms, Rendering.Result rendered, int itemCount, Map<String, Long> timings) {

    public boolean ok() {
        return site != null && problems.stream().noneMatch(Problem::isError);
    }

    public Problems problemList() {
        Problems all = new Problems();
        all.addAll(problems);
        return all;
    }

    /**
     * The files every build writes besides pages, assets and the search index: the engine's
     * scripts, and each CSS and JavaScript file under its hashed name (output path to bytes).
     */
    public Map<String, byte[]> generated() {
        Map<String, byte[]> files = new java.util.TreeMap<>(SearchExport.client());
        files.putAll(fingerprints.files());
        return files;
    }

    /** The Lucene index of this site: the search reference. */
    public SearchIndex searchIndex(java.time.LocalDate today) {
        return SearchIndex.build(site, bodies, today, synonyms);
    }
}
