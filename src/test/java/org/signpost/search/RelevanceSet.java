package org.signpost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hand-graded relevance set (src/test/resources/relevance/queries.yml) and its metrics, the
 * same as bench/relevance.d/queries.mjs computes for the browser: nDCG@10 with gain 2^grade - 1,
 * and whether the first result is an ideal page (the query's highest grade).
 */
record RelevanceSet(List<Entry> entries) {
    static final Path FILE = Path.of("src/test/resources/relevance/queries.yml");

    /** One query and its graded pages (URL to 1..3; any other page is 0). */
    record Entry(String query, String who, Map<String, Integer> grades) {
        double ndcg(List<String> urls) {
            List<Integer> got = urls.stream().limit(10).map(u -> grades.getOrDefault(u, 0)).toList();
            List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
            return dcg(got) / dcg(ideal);
        }

        boolean idealFirst(List<String> urls) {
            int best = grades.values().stream().max(Integer::compare).orElse(0);
            return !urls.isEmpty() && grades.getOrDefault(urls.get(0), 0) == best;
        }
    }

    static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(10, grades.size()); i++) sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        return sum;
    }

    @SuppressWarnings("unchecked")
    static RelevanceSet load(Path file) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (Object o : (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file))) {
                Map<String, Object> m = (Map<String, Object>) o;
                Map<String, Integer> grades = new LinkedHashMap<>();
                ((Map<String, Object>) m.get("grades")).forEach((url, g) -> grades.put(url, ((Number) g).intValue()));
                entries.add(new Entry(String.valueOf(m.get("query")), String.valueOf(m.get("who")), grades));
            }
            return new RelevanceSet(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
