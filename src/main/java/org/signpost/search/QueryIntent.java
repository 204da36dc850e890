package org.signpost.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query means beyond its words. Question and filler words ("how do i", "what is",
 * "i want to") say nothing about which page is wanted alone, so they are left out of the parts
 * that score unless the query has nothing else; they still count in the order typed, as pairs
 * with their neighbours ({@link SearchAnalyzers#pairs}), which {@link SearchIndex#search} adds. "jobs …" and "courses …" ask for a type of page rather than for
 * the word: they boost careers or pathways instead of matching text. The browser gets these
 * lists in meta.json ({@link #export}), so it reads queries the same way.
 *
 * @param parts the parts that score
 * @param type the content type the query asks for, or null
 */
public record QueryIntent(List<QueryPlan.Part> parts, String type) {
    /** Words that only frame a question or a wish; {@link #STOP} holds their stems. */
    static final String STOP_WORDS = "a an the and or of to in on at for with by from about into i i'm im me my we our us you "
            + "your he she they their them is are am be was were been do does did can could should would will how what which who "
            + "where when why want wants like need needs get become there this that some any as so if not no aren't isn't don't doesn't";
    /** The stop words' stems, as the analyzer makes them (Porter makes "does" "doe"). */
    public static final Set<String> STOP = Set.copyOf(SearchAnalyzers.tokens(SearchAnalyzers.index(), STOP_WORDS));
    /** Words that name a type of page: the stem and the type it asks for. */
    public static final Map<String, String> TYPES = Map.of("job", "career", "cours", "pathway");
    /**
     * Words that name a type and are also what the page is about: "welding apprenticeship" asks
     * for apprenticeships and still matches the word. They ask only beside another word, so
     * "what is an apprenticeship" finds the guide.
     */
    public static final Map<String, String> KEPT = Map.of("apprenticeship", "apprenticeship");
    /** How much a page of the asked-for type counts above others. */
    public static final float TYPE_BOOST = 2f;

    public static QueryIntent of(QueryPlan plan) {
        List<QueryPlan.Part> content = new ArrayList<>();
        String type = null, kept = null;
        for (QueryPlan.Part p : plan.parts()) {
            for (List<String> path : p.paths()) if (path.size() == 1 && KEPT.containsKey(path.get(0))) kept = KEPT.get(path.get(0));
            if (p.plain() && STOP.contains(p.term())) continue;
            if (p.plain() && TYPES.containsKey(p.term())) {
                type = TYPES.get(p.term());
                continue;
            }
            content.add(p);
        }
        if (type == null && content.size() > 1) type = kept;
        if (!content.isEmpty()) return new QueryIntent(content, type);
        // "jobs" alone, or only question words: nothing else to go on, so the words score as typed.
        List<QueryPlan.Part> unstopped = plan.parts().stream().filter(p -> !(p.plain() && STOP.contains(p.term()))).toList();
        return new QueryIntent(unstopped.isEmpty() ? plan.parts() : unstopped, null);
    }

    /** The lists for the browser's meta.json. */
    public static Map<String, Object> export() {
        Map<String, Object> out = new java.util.LinkedHashMap<>(); // in a fixed order, so meta.json is the same from build to build
        out.put("stop", new java.util.TreeSet<>(STOP));
        out.put("types", new java.util.TreeMap<>(TYPES));
        out.put("kept", new java.util.TreeMap<>(KEPT));
        out.put("boost", TYPE_BOOST);
        out.put("pair", SearchAnalyzers.PAIR_MARK);
        return out;
    }
}
