package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Problems;

/** The Lucene reference search over the fixture site: analysis, synonyms, typos, filters. */
class SearchIndexTest {
    @TempDir
    Path tmp;
    SearchIndex index;

    @BeforeEach
    void build() {
        Path site = TestSites.fixtureCopy(tmp);
        Build build = new Build(site, TestSites.TODAY).check();
        Problems problems = new Problems();
        var synonyms = SearchAnalyzers.synonyms(TestSites.root(), build.site(), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        index = SearchIndex.build(build.site(), build.bodies(), TestSites.TODAY, SearchAnalyzers.query(synonyms));
    }

    @Test
    void theChainFoldsPossessivesAccentsAndStems() throws IOException {
        assertEquals(List.of("engin", "t", "level", "cafe"), tokens(SearchAnalyzers.index(), "Engineer's T-Levels Café"));
    }

    @Test
    void synonymsFromTheFileMatchTheOtherSpellings() {
        assertEquals("/guides/t-levels/", first("tlevels"));
        assertEquals("/guides/t-levels/", first("t-level"));
    }

    @Test
    void alternativeTitlesFindTheirCareer() {
        assertEquals("/careers/electrician/", first("sparky"));
    }

    @Test
    void aTypoFindsTheWordTheSiteHas() {
        assertEquals("/careers/electrician/", first("electrican"));
    }

    @Test
    void inflectionsTheSiteLacksStillMatch() {
        assertEquals("/careers/plumber/", first("plumbers"));
    }

    @Test
    void filtersAreOrWithinAFacetAndAcrossFacetsAnd() {
        assertEquals(List.of("/pathways/t-level-construction/"), urls("construction", Map.of("level", List.of("3"), "type", List.of("pathway"))));
        assertEquals(List.of(), urls("construction", Map.of("level", List.of("2"), "type", List.of("pathway"))));
        List<String> either = urls("apprentice", Map.of("type", List.of("apprenticeship", "pathway")));
        assertTrue(either.stream().allMatch(u -> u.startsWith("/apprenticeships/") || u.startsWith("/pathways/")), either.toString());
    }

    @Test
    void closedVacanciesAreLeftOut() {
        assertTrue(urls("plumbing apprentice", Map.of()).stream().noneMatch(u -> u.contains("old-vacancy")));
    }

    private String first(String query) {
        return urls(query, Map.of()).get(0);
    }

    private List<String> urls(String query, Map<String, List<String>> filters) {
        return index.search(query, filters, 10).stream().map(SearchIndex.Hit::url).toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
