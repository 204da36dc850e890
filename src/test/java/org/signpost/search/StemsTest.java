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
                SearchAnalyzers.tokens(SearchAnalyzers.index(PhraseJoins.none(), stems), "Welders welder welding plumbers plumbing"));
    }

    @Test
    void anOverrideKeepsWordsPorterWouldJoinApartAndStopsTheRule() {
        Stems stems = Stems.of(Map.of("mechanical", "mechanical", "welder", "welder"), VOCAB);
        assertEquals(List.of("mechan", "mechanical", "welder", "weld"),
                SearchAnalyzers.tokens(SearchAnalyzers.index(PhraseJoins.none(), stems), "mechanic mechanical welder welding"));
        assertEquals(List.of("mechan", "mechan"), SearchAnalyzers.tokens(SearchAnalyzers.index(), "mechanic mechanical"), "what Porter alone does");
    }

    @Test
    void theDemoOverridesAreReadAndAMalformedLineIsAnErrorAtItsLine(@TempDir Path site) throws IOException {
        Problems ok = new Problems();
        Map<String, String> demo = Stems.curated(TestSites.fylde(), ok);
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

    /** Every word of the demo under the term it is indexed as, for terms that join two words or more: reviewed by hand. */
    static final Path DEMO_JOINS = Path.of("src/test/resources/search/demo-stem-joins.txt");

    @Test
    void onEveryTermOfTheDemoAgentNounsJoinAndOverridesHold() throws IOException {
        SearchIndex demo = new org.signpost.build.Build(TestSites.fylde(), TestSites.TODAY).check().searchIndex();
        var analyzer = SearchAnalyzers.index(PhraseJoins.none(), demo.stems());
        java.util.function.Function<String, String> term = w -> SearchAnalyzers.tokens(analyzer, w).get(0);
        for (String[] same : new String[][] {{"welder", "welding"}, {"plumber", "plumbing"}, {"coder", "coding"}, {"welders", "weld"}, {"joinery", "joiner"},
                {"teacher", "teaching"}, {"nurse", "nursing"}, {"apprenticeships", "apprenticeship"}, {"studies", "studying"}, {"engineer", "engineering"}}) {
            assertEquals(term.apply(same[1]), term.apply(same[0]), same[0] + " and " + same[1]);
        }
        for (String[] apart : new String[][] {{"mechanic", "mechanical"}, {"marketer", "market"}, {"hospital", "hospitality"}, {"intern", "international"},
                {"university", "universal"}, {"information", "informal"}, {"business", "busy"}, {"officer", "office"}, {"accountant", "account"},
                {"doctor", "doctorate"}, {"engineer", "engine"}, {"community", "communication"}, {"fitter", "fitness"}, {"access", "accessible"}}) {
            assertFalse(term.apply(apart[0]).equals(term.apply(apart[1])), apart[0] + " and " + apart[1]);
        }
        // Every word the demo uses, grouped by the term it indexes as: a change to the stemmer, the
        // overrides or the agent-noun rule shows here as a diff to review (update: -Dsignpost.updateGolden=true).
        java.util.TreeMap<String, java.util.TreeSet<String>> joins = new java.util.TreeMap<>();
        for (String w : demo.words()) for (String t : SearchAnalyzers.tokens(analyzer, w)) joins.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(w);
        StringBuilder actual = new StringBuilder("# term: the demo's words indexed as it (StemsTest; terms of one word left out)\n");
        joins.forEach((t, words) -> { if (words.size() > 1) actual.append(t).append(": ").append(String.join(" ", words)).append('\n'); });
        assertTrue(joins.size() > 2000, "the demo has " + joins.size() + " terms");
        if (TestSites.updateGolden()) Files.writeString(DEMO_JOINS, actual);
        assertEquals(Files.readString(DEMO_JOINS), actual.toString(), "the demo's stem joins changed: review them, then update " + DEMO_JOINS);
        // Every term the demo indexes is a fixed point: a join never points at a term it also rewrites.
        for (String t : demo.terms()) {
            String to = demo.stems().terms().get(t);
            assertTrue(to == null || !demo.stems().terms().containsKey(to), t + " -> " + to + " is rewritten again");
        }
    }
}
