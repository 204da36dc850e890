package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.NodeJs;
import org.signpost.TestSites;
import org.signpost.build.Build;

/**
 * The browser's search and Lucene's agree: hundreds of queries drawn with a fixed seed from the
 * demo site's own words, plus hand-written ones, run through {@link SearchIndex#search} and
 * through the engine's search.js under Node on the built index. The top 10 must be the same pages
 * in the same order, except where Lucene's own scores tie within 0.1%.
 */
class SearchParityIT {
    static final int RANDOM_QUERIES = 360;
    /** Extra queries with one word misspelt, so typo tolerance is held to Lucene's too. */
    static final int TYPO_QUERIES = 120;
    static final List<String> WRITTEN = List.of(
            "electrician", "nursing apprenticeship", "tlevels", "T Levels", "t-level", "how much do plumbers earn",
            "engineers", "engineering apprenticeships", "uni", "university", "a level", "A-levels", "GCSE", "NHS jobs",
            "vet", "veterinary nurse", "IT", "digital", "sparky", "electrican", "plumer", "enginer", "hairdreser",
            "apprentice's pay", "café", "sixth form", "EHCP", "SEND support", "what is a t level", "careers adviser",
            "level 3", "construction", "health and social care", "software developer", "lorry driver", "nurse salary",
            "is it hard to get in", "send my cv", "it support", "jobs without gcses", "welding apprenticeship", "coding jobs",
            "how do i become a welder", "plumer apprenticeship", "joinery", "mechanical", "T-Levels", "hospitality courses",
            // question words kept for phrase matches (SearchAnalyzers.pairs)
            "What is a T Level?", "how do i become an electrician", "i want to work with kids", "what is an apprenticeship",
            "do i need a degree to be a nurse", "how to write a cv", "what can i do after year 11", "how is a t level different from an apprenticeship");
    static final List<String> FILTERS = List.of("level=3", "level=2,4", "type=career", "type=apprenticeship,pathway",
            "route=digital", "route=health-science", "audience=parents-carers", "status=open", "locality=blackpool");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Build build;
    static SearchIndex index;

    @BeforeAll
    static void buildDemo() throws Exception {
        build = new Build(TestSites.fylde(), TestSites.TODAY);
        assertTrue(build.build(tmp.resolve("output")), build.problems().sorted().toString());
        index = build.searchIndex();
    }

    record Query(String q, Map<String, List<String>> filters) {}

    @Test
    void theClientRanksLikeLucene() throws Exception {
        List<Query> queries = queries();
        List<JsonNode> client = runClient(queries);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < queries.size(); n++) {
            String failure = compare(queries.get(n), index.search(queries.get(n).q(), queries.get(n).filters(), 60), client.get(n));
            if (failure != null) failures.add(failure);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + queries.size() + " queries differ:\n" + String.join("\n", failures));
    }

    /** Null when the lists agree; else what differs. */
    static String compare(Query query, List<SearchIndex.Hit> reference, JsonNode client) {
        int expected = Math.min(10, reference.size());
        if (client.size() != expected) return query + ": Lucene has " + expected + " results, the client " + client.size() + " " + client;
        Map<String, Float> scores = new LinkedHashMap<>();
        reference.forEach(h -> scores.put(h.url(), h.score()));
        for (int i = 0; i < expected; i++) {
            String url = client.get(i).get(0).asText();
            double score = client.get(i).get(1).asDouble(), want = reference.get(i).score();
            if (Math.abs(score - want) > 0.001 * want) return query + ": at " + (i + 1) + " Lucene scores " + want + ", the client " + score;
            if (url.equals(reference.get(i).url())) continue;
            Float s = scores.get(url);
            if (s == null || Math.abs(s - want) > 0.001 * want) {
                return query + ": at " + (i + 1) + " Lucene has " + reference.get(i).url() + " (" + want + "), the client " + url + " (Lucene: " + s + ")";
            }
        }
        return null;
    }

    /** Queries of 1 to 3 of the site's words, a quarter of them filtered, plus the written ones. */
    static List<Query> queries() {
        TreeSet<String> vocabulary = new TreeSet<>();
        for (SearchIndex.Doc d : index.docs()) {
            String text = d.item().title() + "\n" + d.item().summary() + "\n" + d.headings() + "\n" + d.text();
            vocabulary.addAll(SearchAnalyzers.tokens(SearchAnalyzers.words(), text));
        }
        List<String> words = new ArrayList<>(vocabulary);
        Random random = new Random(20261122);
        List<Query> out = new ArrayList<>();
        for (String q : WRITTEN) out.add(new Query(q, Map.of()));
        for (int n = 0; n < RANDOM_QUERIES; n++) {
            StringBuilder q = new StringBuilder();
            for (int w = random.nextInt(3); w >= 0; w--) q.append(words.get(random.nextInt(words.size()))).append(' ');
            Map<String, List<String>> filters = new LinkedHashMap<>();
            if (n % 4 == 0) {
                String[] f = FILTERS.get(random.nextInt(FILTERS.size())).split("=");
                filters.put(f[0], List.of(f[1].split(",")));
            }
            out.add(new Query(q.toString().strip(), filters));
        }
        for (int n = 0; n < TYPO_QUERIES; n++) {
            String word = misspell(words.get(random.nextInt(words.size())), random);
            out.add(new Query(n % 2 == 0 ? word : word + " " + words.get(random.nextInt(words.size())), Map.of()));
        }
        return out;
    }

    /** One letter dropped, doubled, changed or swapped with the next, never the first. */
    static String misspell(String word, Random random) {
        if (word.length() < 3) return word;
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder w = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> w.deleteCharAt(at);
            case 1 -> w.insert(at, w.charAt(at));
            case 2 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
            default -> {
                w.setCharAt(at, word.charAt(at + 1));
                w.setCharAt(at + 1, word.charAt(at));
            }
        }
        return w.toString();
    }

    /** Runs every query through `node src/main/resources/org/signpost/client/js/search.js --batch` in one process. */
    static List<JsonNode> runClient(List<Query> queries) throws Exception {
        Path batch = tmp.resolve("queries.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Query q : queries) lines.append(JSON.writeValueAsString(Map.of("q", q.q(), "filters", q.filters()))).append('\n');
        Files.writeString(batch, lines);
        Process p = NodeJs.start(NodeJs.command("src/main/resources/org/signpost/client/js/search.js", "--site", tmp.resolve("output").toString(), "--batch", batch.toString())
                .redirectError(tmp.resolve("node-errors.txt").toFile()));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<JsonNode> out = new ArrayList<>();
        for (String line : output.split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
        assertTrue(p.exitValue() == 0 && out.size() == queries.size(), output + Files.readString(tmp.resolve("node-errors.txt")));
        return out;
    }
}
