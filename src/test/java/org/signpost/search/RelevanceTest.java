package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;

/**
 * Lucene's ranking ({@link SearchIndex}, which the browser's equals) on the demo site, scored on
 * the hand-graded relevance set: mean nDCG@10 may not fall more than 0.02 below the committed
 * baseline (src/test/resources/relevance/baseline.properties). Raise the baseline when ranking
 * improves, so a later change cannot quietly give the gain back.
 */
class RelevanceTest {
    static final Path BASELINE = Path.of("src/test/resources/relevance/baseline.properties");
    static final double TOLERANCE = 0.02;

    @Test
    void nDcgAt10StaysWithinToleranceOfTheBaseline() throws IOException {
        RelevanceSet set = RelevanceSet.load(RelevanceSet.FILE);
        assertTrue(set.entries().size() >= 60, "the set has " + set.entries().size() + " queries");
        SearchIndex index = new Build(TestSites.fylde(), TestSites.TODAY).check().searchIndex();
        double sum = 0;
        int first = 0;
        List<String> report = new ArrayList<>();
        for (RelevanceSet.Entry e : set.entries()) {
            List<String> urls = index.search(e.query(), Map.of(), 10).stream().map(SearchIndex.Hit::url).toList();
            double n = e.ndcg(urls);
            sum += n;
            if (e.idealFirst(urls)) first++;
            report.add(String.format("%.2f %s", n, e.query()));
        }
        double ndcg = sum / set.entries().size();
        double baseline = baseline();
        System.out.printf("relevance: nDCG@10 %.3f (baseline %.3f), ideal page first for %d of %d%n", ndcg, baseline, first, set.entries().size());
        assertTrue(ndcg >= baseline - TOLERANCE,
                String.format("nDCG@10 %.3f is more than %.2f below the baseline %.3f:%n%s", ndcg, TOLERANCE, baseline, String.join("\n", report)));
    }

    @Test
    void theMetricRewardsIdealOrderAndPunishesMisses() {
        RelevanceSet.Entry e = new RelevanceSet.Entry("q", "young", Map.of("/a/", 3, "/b/", 1));
        assertEquals(1.0, e.ndcg(List.of("/a/", "/b/")), 1e-9);
        assertTrue(e.ndcg(List.of("/b/", "/a/")) < 1.0);
        assertEquals(0.0, e.ndcg(List.of("/x/", "/y/")), 1e-9);
        assertTrue(e.idealFirst(List.of("/a/")));
        assertTrue(!e.idealFirst(List.of("/b/", "/a/")) && !e.idealFirst(List.of()));
    }

    static double baseline() throws IOException {
        for (String line : Files.readAllLines(BASELINE)) {
            if (line.startsWith("ndcg10=")) return Double.parseDouble(line.substring("ndcg10=".length()).trim());
        }
        throw new AssertionError("no ndcg10= line in " + BASELINE);
    }
}
