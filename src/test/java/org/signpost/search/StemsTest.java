package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.content.Problems;

/** Stem corrections: the agent-noun rule from the site's words, and editors' overrides. */
class StemsTest {
    static final List<String> VOCAB = List.of("welder", "welding", "plumber", "plumbing", "coder", "coding", "letter", "teacher", "teaching", "mechanic", "mechanical");

    @Test
    void anAgentNounJoinsItsIngFormWhenTheSiteUsesBoth() {
        Stems stems = Stems.of(Map.of(), VOCAB);
        assertEquals("weld", stems.terms().get("welder"));
        assertEquals("plumb", stems.terms().get("plumber"));
        assertEquals("code", stems.terms().get("coder"));
        assertEquals("teach", stems.terms().get("teacher"));
        assertFalse(stems.terms().containsKey("letter"), "no 'letting' on the site, so 'letter' stays itself");
        assertEquals(List.of("weld", "weld", "weld", "plumb", "plumb"),
                SearchAnalyzers.tokens(SearchAnalyzers.index(null, stems), "Welders welder welding plumbers plumbing"));
    }

    @Test
    void anOverrideKeepsWordsPorterWouldJoinApartAndStopsTheRule() {
        Stems stems = Stems.of(Map.of("mechanical", "mechanical", "welder", "welder"), VOCAB);
        assertEquals(List.of("mechan", "mechanical", "welder", "weld"),
                SearchAnalyzers.tokens(SearchAnalyzers.index(null, stems), "mechanic mechanical welder welding"));
        assertEquals(List.of("mechan", "mechan"), SearchAnalyzers.tokens(SearchAnalyzers.index(), "mechanic mechanical"), "what Porter alone does");
    }

    @Test
    void theDemoOverridesAreReadAndAMalformedLineIsAnErrorAtItsLine(@TempDir Path site) throws IOException {
        Problems ok = new Problems();
        Map<String, String> demo = Stems.curated(TestSites.root(), ok);
        assertTrue(ok.isEmpty(), ok.sorted().toString());
        assertEquals("mechanical", demo.get("mechanical"));
        assertEquals("joiner", demo.get("joinery"));

        Files.createDirectories(site.resolve("data/search"));
        Files.writeString(site.resolve(Stems.FILE), "# comment\nwelder => weld\nno arrow here\n");
        Problems bad = new Problems();
        assertEquals(Map.of("welder", "weld"), Stems.curated(site, bad));
        assertEquals(1, bad.sorted().size(), bad.sorted().toString());
        assertTrue(bad.sorted().get(0).toString().contains("stems.txt:3:1"), bad.sorted().toString());
    }

    @Test
    void onEveryTermOfTheDemoAgentNounsJoinAndOverridesHold() {
        SearchIndex demo = new org.signpost.build.Build(TestSites.root(), TestSites.TODAY).check().searchIndex();
        var analyzer = SearchAnalyzers.index(null, demo.stems());
        java.util.function.Function<String, String> term = w -> SearchAnalyzers.tokens(analyzer, w).get(0);
        for (String[] same : new String[][] {{"welder", "welding"}, {"plumber", "plumbing"}, {"coder", "coding"}, {"welders", "weld"}, {"joinery", "joiner"}}) {
            assertEquals(term.apply(same[1]), term.apply(same[0]), same[0] + " and " + same[1]);
        }
        for (String[] apart : new String[][] {{"mechanic", "mechanical"}, {"marketer", "market"}, {"hospital", "hospitality"}}) {
            assertFalse(term.apply(apart[0]).equals(term.apply(apart[1])), apart[0] + " and " + apart[1]);
        }
        // Every term the demo indexes is a fixed point: a join never points at a term it also rewrites.
        for (String t : demo.terms()) {
            String to = demo.stems().terms().get(t);
            assertTrue(to == null || !demo.stems().terms().containsKey(to), t + " -> " + to + " is rewritten again");
        }
    }
}
