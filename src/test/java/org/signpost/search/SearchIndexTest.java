package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.content.Problems;
import org.signpost.content.Site;

/** The Lucene reference search over the fixture site: analysis, synonyms, typos, filters. */
class SearchIndexTest {
    SearchIndex index;
    Synonyms synonyms;

    @BeforeEach
    void build() {
        TestSite fixture = TestSite.fixture();
        Site site = fixture.site();
        Problems problems = new Problems();
        synonyms = Synonyms.load(fixture.dir(), site, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        index = SearchIndex.build(site, TestSite.bodies(site), TestSites.TODAY, synonyms);
    }

    @Test
    void theChainFoldsPossessivesAccentsAndStems() {
        assertEquals(List.of("engin", "t", "level", "cafe"), SearchAnalyzers.tokens(SearchAnalyzers.index(), "Engineer's T-Levels Café"));
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
    void aTypoIsReadAsTheNearWordWithItsSynonymsAtHalfWeight() {
        // "electrican" is near both "electrician" and "electrical": each page scores its better one, at half weight.
        for (SearchIndex.Hit right : index.search("electrician", Map.of(), 10)) {
            assertTrue(hit("electrican", right.url()).score() >= right.score() * SearchIndex.TYPO_WEIGHT - 1e-4f, right.url());
        }
        assertEquals(hit("electrician", "/careers/electrician/").score() * SearchIndex.TYPO_WEIGHT, hit("electrican", "/careers/electrician/").score(), 1e-4f);
        assertEquals(first("sparky"), first("sparkyy"), "the alternative title's near spelling finds its career");
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
    void closedVacanciesAreDemotedNotSentToTheEndAndCanBeFilteredOut() {
        // It matches both words, so it leads despite being closed; the old rule put it last.
        List<SearchIndex.Hit> hits = index.search("plumbing apprentice", Map.of(), 10);
        assertEquals("/apprenticeships/old-vacancy/", hits.get(0).url(), hits.toString());
        float open = index.search("plumbing apprentice", Map.of("status", List.of("closed")), 10).get(0).score();
        assertEquals(open, hits.get(0).score(), 1e-4f);
        assertEquals(List.of("/apprenticeships/electrical-apprentice/"), urls("apprentice", Map.of("status", List.of("open"))));
    }

    @Test
    void aClosedPageCountsHalfItsScore() {
        SearchIndex.Hit closed = hit("plumbing", "/apprenticeships/old-vacancy/");
        float[] raw = {0};
        for (String term : List.of("plumb")) {
            SearchIndex.Postings p = index.termScores(term);
            for (int i = 0; i < p.docs().length; i++) if (p.docs()[i] == closed.doc()) raw[0] += p.scores()[i];
        }
        assertEquals(raw[0] * SearchIndex.CLOSED_WEIGHT, closed.score(), 1e-4f);
    }

    @Test
    void questionWordsDoNotScore() {
        assertEquals(index.search("electrician", Map.of(), 10), index.search("I want: electrician?", Map.of(), 10), "no page has \"i want\" or \"want electrician\"");
        assertTrue(!urls("what is it about", Map.of()).isEmpty(), "a query of only question words still searches them");
    }

    @Test
    void questionWordsInTheQuerysOrderAddTheirPhraseScore() {
        assertEquals(List.of("~what is", "~is a", "~a t"), SearchAnalyzers.tokens(SearchAnalyzers.pairs(Stems.none()), "What is a T Level?"));
        assertEquals(List.of(), SearchAnalyzers.tokens(SearchAnalyzers.pairs(Stems.none()), "T Level electrician"), "no question word, no pair");
        // The guide's heading is "What is a T Level?": the same content words, plus the three pairs' scores.
        SearchIndex.Hit plain = hit("t level", "/guides/t-levels/"), asked = hit("what is a t level", "/guides/t-levels/");
        float pairs = 0;
        for (String pair : List.of("~what is", "~is a", "~a t")) pairs += scoreOn(pair, asked.doc());
        assertTrue(pairs > 0, "the heading's pairs are indexed");
        assertEquals(plain.score() + pairs, asked.score(), 1e-3f);
        assertEquals("/guides/t-levels/", first("what is a t level"));
        // Pairs only add to pages the query's other words found: they find nothing by themselves.
        assertEquals(List.of(), urls("what is a qqqqxz", Map.of()));
    }

    private float scoreOn(String term, int doc) {
        SearchIndex.Postings p = index.termScores(term);
        for (int i = 0; i < p.docs().length; i++) if (p.docs()[i] == doc) return p.scores()[i];
        return 0;
    }

    @Test
    void jobsAsksForCareersRatherThanForTheWord() {
        SearchIndex.Hit plain = hit("electrician", "/careers/electrician/");
        SearchIndex.Hit asked = hit("electrician jobs", "/careers/electrician/");
        assertEquals(plain.score() * QueryIntent.TYPE_BOOST, asked.score(), 1e-4f);
        assertEquals(hit("electrician", "/videos/day-with-an-electrician/").score(), hit("electrician jobs", "/videos/day-with-an-electrician/").score(), 1e-4f);
        assertEquals("/careers/electrician/", first("electrician jobs"));
    }

    @Test
    void typeWordsAskForATypeAndApprenticeshipOnlyBesideAnotherWord() {
        assertEquals("career", intent("electrician jobs").type());
        assertEquals(1, intent("electrician jobs").parts().size(), "'jobs' is not matched as a word");
        assertEquals("pathway", intent("construction courses").type());
        assertEquals("apprenticeship", intent("electrician apprenticeship").type());
        assertEquals(2, intent("electrician apprenticeship").parts().size(), "'apprenticeship' still matches as a word");
        assertEquals(null, intent("what is an apprenticeship").type());
        assertEquals(1, intent("what is an apprenticeship").parts().size());
        assertEquals(null, intent("jobs").type(), "a type word alone is searched as a word");
        assertEquals(1, intent("jobs").parts().size());
    }

    private QueryIntent intent(String query) {
        return QueryIntent.of(QueryPlan.of(SearchAnalyzers.query(synonyms.map()), query));
    }

    @Test
    void pagesMatchingEveryWordComeBeforeBetterScoredPartialMatches() {
        // The career has "electrician" in its title and outscores the vacancy on it, but only the vacancy also says "earn".
        assertTrue(hit("electrician", "/careers/electrician/").score() > hit("earn electrician", "/apprenticeships/electrical-apprentice/").score());
        assertEquals("/apprenticeships/electrical-apprentice/", first("earn electrician"));
    }

    @Test
    void tagsAndTheFieldsAPageShowsAreSearched() {
        assertEquals("/careers/plumber/", first("water")); // only in its tags
    }

    @Test
    void aSynonymPhraseIsOnePartWithEveryAlternative() {
        QueryPlan plan = QueryPlan.of(SearchAnalyzers.query(synonyms.map()), "t-levels jobs");
        assertEquals(2, plan.parts().size(), plan.toString());
        assertTrue(plan.parts().get(0).paths().containsAll(List.of(List.of("t", "level"), List.of("tlevel"))), plan.toString());
        assertEquals(List.of(List.of("job")), plan.parts().get(1).paths());
        assertEquals(4, plan.parts().get(1).typed());
    }

    @Test
    void aSynonymPhraseIsAlsoIndexedAsOneJoinedWord() {
        assertEquals(List.of("a", "tlevel", "t", "level", "cours"), SearchAnalyzers.tokens(SearchAnalyzers.index(synonyms.phrases()), "A T Level course"));
        assertTrue(synonyms.rules().stream().anyMatch(r -> r.to().contains(List.of("tlevel")) && r.from().contains(List.of("t", "levels"))),
                "the joined word joins the rule, so queries look for it");
    }

    @Test
    void aOneWayRuleExpandsOnlyFromItsLeftSide() {
        var map = synonyms.map();
        assertEquals(List.of(List.of("it"), List.of("digit")), QueryPlan.of(SearchAnalyzers.query(map), "IT").parts().get(0).paths());
        assertEquals(List.of(List.of("digit")), QueryPlan.of(SearchAnalyzers.query(map), "digital").parts().get(0).paths());
    }

    private SearchIndex.Hit hit(String query, String url) {
        return index.search(query, Map.of(), 50).stream().filter(h -> h.url().equals(url)).findFirst().orElseThrow(() -> new AssertionError(url + " not found for " + query));
    }

    @Test
    void aRuleWrittenInCapitalsAppliesOnlyToTheWordTypedInCapitals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("data/search"));
        java.nio.file.Files.writeString(dir.resolve(Synonyms.FILE), "# everyday words\nIT => it, digital\nSEND => send, special educational needs\n");
        Problems problems = new Problems();
        Synonyms cased = Synonyms.load(dir, TestSite.fixture().site(), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        var analyzer = SearchAnalyzers.query(cased.map(), Stems.none(), cased.cased());
        assertEquals(List.of(List.of("it"), List.of("digit")), QueryPlan.of(analyzer, "IT jobs").parts().get(0).paths());
        assertEquals(List.of(List.of("it")), QueryPlan.of(analyzer, "is it hard").parts().get(1).paths());
        assertEquals(List.of(List.of("send")), QueryPlan.of(analyzer, "send a cv").parts().get(0).paths());
        assertTrue(QueryPlan.of(analyzer, "SEND support").parts().get(0).paths().contains(List.of("specialeducationalne")),
                QueryPlan.of(analyzer, "SEND support").toString());
    }

    private String first(String query) {
        return urls(query, Map.of()).get(0);
    }

    private List<String> urls(String query, Map<String, List<String>> filters) {
        return index.search(query, filters, 10).stream().map(SearchIndex.Hit::url).toList();
    }
}
