package org.signpost.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.signpost.content.ContentType;
import org.signpost.content.Item;
import org.signpost.content.Schema;
import org.signpost.content.Taxonomy;

/**
 * Writes the browser's search index under {@value #DIR}/, so a query fetches only what it needs:
 * <ul>
 * <li>{@code meta.json}: the first term of each chunk, facet and value labels, synonym rules;
 * <li>{@code c/N.json}: terms in order, cut into chunks; each term maps to its pages and the
 *     score Lucene gives it there, as [page gap, log score, page gap, log score, ...];
 * <li>{@code d/X.json}: the site's words (unstemmed) starting with X, for near spellings of words the index lacks;
 * <li>{@code facets.json}: for each facet value, the pages that have it, as page gaps;
 * <li>{@code p/N.json}: what a result shows of page N: URL, title, labels, summary, facts, text, and
 *     whether it is a closed vacancy or sample content.
 * </ul>
 * Scores are stored as round(ln(score) × {@value #SCALE}), within 0.03% of Lucene's.
 */
public final class SearchExport {
    public static final String DIR = "search";
    public static final int SCALE = 2000;
    /** About 1.5 KB gzipped: a query word and its synonyms cost a few small fetches (bench/search chose it). */
    static final int CHUNK_CHARS = 4_000;
    /** Terms whose postings are read together, in parallel, before they are written. */
    private static final int TERMS_AT_ONCE = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchIndex index;
    private final Schema schema;
    private final Synonyms synonyms;

    public SearchExport(SearchIndex index, Schema schema, Synonyms synonyms) {
        this.index = index;
        this.schema = schema;
        this.synonyms = synonyms;
    }

    /** What was written: pages and terms, for the build's summary. */
    public record Summary(int pages, int terms) {}

    /** Writes every file through {@code out} (path under the output folder, bytes), which must take calls from many threads. */
    public Summary write(BiConsumer<String, byte[]> out) {
        List<String> terms = index.terms();
        List<String> firsts = new ArrayList<>();
        Map<String, int[]> chunk = new LinkedHashMap<>();
        int chars = 0;
        // A batch of terms' postings at a time: all of them at once were 120 MB at 50,000 pages, the build's peak.
        for (int from = 0; from < terms.size(); from += TERMS_AT_ONCE) {
            for (SearchIndex.Postings p : terms.subList(from, Math.min(terms.size(), from + TERMS_AT_ONCE)).parallelStream().map(index::termScores).toList()) {
                if (chunk.isEmpty()) firsts.add(p.term());
                int[] encoded = encode(p);
                chunk.put(p.term(), encoded);
                chars += p.term().length() + 4 + encoded.length * 4;
                if (chars >= CHUNK_CHARS) {
                    out.accept(DIR + "/c/" + (firsts.size() - 1) + ".json", json(chunk));
                    chunk = new LinkedHashMap<>();
                    chars = 0;
                }
            }
        }
        if (!chunk.isEmpty()) out.accept(DIR + "/c/" + (firsts.size() - 1) + ".json", json(chunk));

        Map<String, List<String>> byLetter = new TreeMap<>(); // the site's words, unstemmed: typos are corrected to words, then read as typed
        for (String w : index.words()) byLetter.computeIfAbsent(letter(w), k -> new ArrayList<>()).add(w);
        byLetter.forEach((k, list) -> out.accept(DIR + "/d/" + k + ".json", json(list)));

        out.accept(DIR + "/facets.json", json(facetSets()));
        List<SearchIndex.Doc> docs = index.docs();
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(n -> out.accept(DIR + "/p/" + n + ".json", json(page(docs.get(n)))));

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("pages", docs.size());
        meta.put("scale", SCALE);
        meta.put("chunks", firsts);
        meta.put("letters", List.copyOf(byLetter.keySet()));
        meta.put("facets", facetLabels());
        meta.put("synonyms", synonyms.rules().stream().map(r -> r.to().equals(r.from()) ? List.of(r.from()) : List.of(r.from(), r.to())).toList());
        Map<String, Object> reading = new LinkedHashMap<>(QueryIntent.export());
        reading.put("closed", SearchIndex.CLOSED_WEIGHT);
        reading.put("stems", index.stems().export());
        reading.put("pins", index.pins());
        Map<String, Object> cased = new LinkedHashMap<>();
        cased.put("mark", Synonyms.CASED);
        cased.put("words", new java.util.TreeSet<>(synonyms.cased()));
        reading.put("cased", cased);
        meta.put("query", reading); // how queries are read and ranked: search.js takes these, not its own copies
        out.accept(DIR + "/meta.json", json(meta));
        return new Summary(docs.size(), terms.size());
    }

    /** Where the engine's client scripts are in its sources: engine code, apart from any site's files. */
    public static final String CLIENT_SOURCE = "/org/signpost/client/js/";
    /** Where every build publishes them: a namespace no site file is expected to use. */
    public static final String CLIENT_DIR = "_signpost/js/";

    /**
     * The client scripts the engine ships (output path to bytes): search, the embed scripts and analytics;
     * every site gets them, whatever its assets hold. embed.js is at /js/embed.js, not under
     * _signpost/, because schools paste that address once and it must never change.
     */
    public static Map<String, byte[]> client() {
        return Client.FILES;
    }

    /** Read from the jar once: they cannot change while Signpost runs, and serve asks on every edit (and per file it deletes). */
    private static final class Client {
        static final Map<String, byte[]> FILES = java.util.Collections.unmodifiableMap(read());
    }

    private static Map<String, byte[]> read() {
        Map<String, String> published = new LinkedHashMap<>();
        for (String name : List.of("search.js", "search-page.js", "embed-frame.js", "embed-this.js", "analytics.js", "analytics-providers.js")) published.put(name, CLIENT_DIR + name);
        published.put("embed.js", "js/embed.js");
        Map<String, byte[]> files = new LinkedHashMap<>();
        published.forEach((name, path) -> {
            try (var in = SearchExport.class.getResourceAsStream(CLIENT_SOURCE + name)) {
                if (in != null) files.put(path, in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files;
    }

    /** Which dictionary file a term is in: its first letter or digit, else "_". */
    static String letter(String term) {
        char c = term.charAt(0);
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : "_";
    }

    private static int[] encode(SearchIndex.Postings p) {
        int[] out = new int[p.docs().length * 2];
        int last = 0;
        for (int i = 0; i < p.docs().length; i++) {
            out[2 * i] = p.docs()[i] - last;
            out[2 * i + 1] = (int) Math.round(Math.log(p.scores()[i]) * SCALE);
            last = p.docs()[i];
        }
        return out;
    }

    private Map<String, Map<String, int[]>> facetSets() {
        Map<String, Map<String, List<Integer>>> sets = new LinkedHashMap<>();
        List<SearchIndex.Doc> docs = index.docs();
        for (int n = 0; n < docs.size(); n++) {
            for (var e : docs.get(n).facets().entrySet()) {
                for (String v : e.getValue()) sets.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).computeIfAbsent(v, k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, Map<String, int[]>> out = new LinkedHashMap<>();
        sets.forEach((facet, values) -> {
            Map<String, int[]> gaps = new LinkedHashMap<>();
            values.forEach((value, pages) -> {
                int[] g = new int[pages.size()];
                for (int i = 0, last = 0; i < g.length; last = pages.get(i), i++) g[i] = pages.get(i) - last;
                gaps.put(value, g);
            });
            out.put(facet, gaps);
        });
        return out;
    }

    /**
     * Each facet's label and its values' labels, the ones that matter most first: open or closed
     * (can I still apply?), type, then taxonomies with {@code filter: main}; the rest are marked
     * {@code more}, for the page to fold away so the filters stay short on a phone.
     */
    private List<Map<String, Object>> facetLabels() {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        status.put("open", "Open");
        status.put("closed", "Closed");
        out.add(facet("status", "Open or closed", status, false));
        Map<String, String> types = new LinkedHashMap<>();
        for (ContentType t : schema.types()) types.put(t.name(), t.plural());
        out.add(facet("type", "Type", types, false));
        for (Taxonomy t : schema.taxonomies()) if (t.mainFilter()) out.add(facet(t.field(), t.label(), schema.vocabulary(t.vocabulary()), false));
        for (Taxonomy t : schema.taxonomies()) if (!t.mainFilter()) out.add(facet(t.field(), t.label(), schema.vocabulary(t.vocabulary()), true));
        return out;
    }

    /** In a fixed key order, so the file is the same from build to build. */
    private static Map<String, Object> facet(String name, String label, Map<String, String> values, boolean more) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("label", label);
        f.put("values", values);
        if (more) f.put("more", true);
        return f;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** What one result shows: URL, title, type and level/sector labels, summary and body text. */
    private Map<String, Object> page(SearchIndex.Doc d) {
        Item item = d.item();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("u", item.url());
        p.put("t", item.title());
        p.put("y", item.type().label());
        List<String> labels = new ArrayList<>();
        for (Taxonomy t : schema.taxonomies()) {
            if (!t.name().equals("level") && !t.name().equals("route")) continue;
            for (String v : d.facets().getOrDefault(t.field(), List.of())) labels.add(labelled(t, v));
        }
        p.put("l", labels);
        p.put("s", item.summary());
        List<List<String>> facts = new ArrayList<>();
        item.type().roles().facts().forEach((field, label) -> {
            Object v = item.fields().get(field);
            if (v != null) facts.add(List.of(label, v instanceof java.time.LocalDate day ? day.format(DAY) : String.valueOf(v)));
        });
        if (!facts.isEmpty()) p.put("f", facts); // types.yml facts: a vacancy's closing date, wage and place
        p.put("x", d.text());
        if (d.closed()) p.put("c", 1);
        if (item.sample()) p.put("m", 1); // made-up local content: results say so, as pages do
        return p;
    }

    private String labelled(Taxonomy t, String value) {
        String label = schema.labelOf(t.vocabulary(), value);
        return t.name().equals("level") && label.equals(value) ? "Level " + value : label;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
