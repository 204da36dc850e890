package org.signpost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.signpost.content.CompactMap;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.markdown.HeldText;
import org.signpost.markdown.MarkdownResult;

/**
 * A Lucene index of the site's pages, built at build time: boosted text fields and facet
 * fields. Closed vacancies stay searchable but are marked (facet status=closed) and demoted. {@link #search} is the reference the browser's search is held to;
 * {@link #termScores} is what the browser gets, so it only has to add scores up.
 */
public final class SearchIndex {
    /** Text fields and their boosts: a match in a title counts most. */
    public static final Map<String, Float> FIELDS = fields();
    /** Facet fields: the item's type, its taxonomy values, and open/closed for vacancies. */
    public static final List<String> FACETS = List.of("type", "route", "level", "locality", "audience", "gatsby", "status");
    /** Every word of the pages unstemmed, in an index of its own: where typo tolerance finds near words. */
    static final String WORDS = "words";
    /** A field of the title, other titles, summary and headings as {@link SearchAnalyzers#pairs} cuts them: where a query's question words still count. */
    static final String PAIRS = "pairs";
    /** A near spelling counts half as much as the word itself, so exact matches rank first. */
    public static final float TYPO_WEIGHT = 0.5f;
    /** A closed vacancy, pathway or event still answers a query, but counts this much of its score. */
    public static final float CLOSED_WEIGHT = 0.5f;

    private final IndexSearcher searcher;
    /** One document holding every word (its terms are all that is read): the pages' index scores, this one only spells. */
    private final IndexReader words;
    /** The page number of each Lucene doc id: the index is left in the segments its threads wrote, not merged into one. */
    private final int[] pageOf;
    private final Analyzer queryAnalyzer;
    private final Analyzer pairAnalyzer;
    private final List<Doc> docs;
    private final Stems stems;
    private final Map<String, Integer> pins;

    /**
     * One indexed page: the item, its facet values and the plain text of its body, held until the
     * page's search file is written (deflated on a large site: 100 MB of text at 50,000 items).
     */
    public record Doc(Item item, Map<String, List<String>> facets, String headings, HeldText heldText, boolean closed) {
        public String text() {
            return heldText.text();
        }
    }

    /** One result: the page number, its URL, title and type, and Lucene's score. */
    public record Hit(int doc, String url, String title, String type, float score) {}

    /** A term and its score on each page it occurs on, pages in order. */
    public record Postings(String term, int[] docs, float[] scores) {}

    private SearchIndex(IndexSearcher searcher, IndexReader words, Analyzer queryAnalyzer, List<Doc> docs, Stems stems, Map<String, Integer> pins) {
        this.words = words;
        this.pairAnalyzer = SearchAnalyzers.pairs(stems);
        this.stems = stems;
        this.pins = pins;
        this.searcher = searcher;
        this.pageOf = pageNumbers(searcher.getIndexReader());
        this.queryAnalyzer = queryAnalyzer;
        this.docs = docs;
    }

    /** Indexes every item in URL order, so page numbers are stable from build to build. */
    public static SearchIndex build(Site site, Map<String, MarkdownResult> bodies, LocalDate today, Synonyms synonyms) {
        List<Item> items = new ArrayList<>(site.items());
        items.sort(Comparator.comparing(Item::url));
        boolean deflate = HeldText.deflates(items.size());
        List<Doc> docs = items.parallelStream().map(i -> doc(i, bodies.get(i.url()), today, deflate)).toList();
        java.util.Set<String> vocabulary = vocabulary(docs);
        Stems stems = Stems.of(synonyms.stems(), vocabulary);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
                SearchAnalyzers.index(synonyms.phrases(), stems), Map.of(PAIRS, SearchAnalyzers.pairs(stems)));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(64) // a few segments at 50,000 pages, merged below; 256 MB held too much beside the site
                .setIndexSort(new Sort(new SortField("page", SortField.Type.INT))); // pages in order within each segment
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(n -> {
                try {
                    writer.addDocument(document(docs.get(n), n));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // Not merged into one segment: scores are the same either way (their statistics are the
            // whole index's), and merging copied the whole index again on one thread.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
            Map<String, Integer> pinned = new java.util.TreeMap<>();
            synonyms.pins().pages().forEach((key, url) -> {
                for (int n = 0; n < docs.size(); n++) if (docs.get(n).item().url().equals(url)) pinned.put(key, n);
            });
            return new SearchIndex(searcher, wordIndex(vocabulary), SearchAnalyzers.query(synonyms.map(), stems, synonyms.cased()), docs, stems, pinned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word the pages use, unstemmed: what the agent-noun rule looks for -ing forms in, and near spellings are found among. */
    private static java.util.Set<String> vocabulary(List<Doc> docs) {
        Analyzer words = SearchAnalyzers.words();
        return docs.parallelStream().flatMap(d -> SearchAnalyzers.tokens(words, allText(d)).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The words as one document's terms. They were a field of every page's document, which
     * analysed and inverted all the text a second time, positions and all, for a term list.
     */
    private static IndexReader wordIndex(java.util.Set<String> vocabulary) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            for (String word : vocabulary) doc.add(new StringField(WORDS, word, Field.Store.NO));
            writer.addDocument(doc);
        }
        return DirectoryReader.open(dir);
    }

    /** All the text of a page that is searched, in one string. */
    private static String allText(Doc d) {
        Item item = d.item();
        List<String> parts = new ArrayList<>(List.of(item.title(), item.summary(), d.headings(), d.text(), PageFields.details(item), PageFields.keywords(item)));
        for (String field : item.type().roles().searchTitles()) item.list(field).forEach(t -> parts.add(String.valueOf(t)));
        return String.join("\n", parts);
    }

    /** The stem corrections the index was built with, for the browser. */
    public Stems stems() {
        return stems;
    }

    private static Doc doc(Item item, MarkdownResult body, LocalDate today, boolean deflate) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Object v = switch (facet) {
                case "type" -> item.type().name();
                case "status" -> item.closes() == null ? null : item.closedOn(today) ? "closed" : "open";
                default -> item.fields().get(facet);
            };
            Collection<?> values = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
            facets.put(facet, values.stream().map(String::valueOf).toList());
        }
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(body == null ? "" : body.html());
        StringBuilder headings = new StringBuilder();
        for (Element h : html.select("h2, h3, h4")) {
            headings.append(h.text()).append('\n');
            h.remove();
        }
        return new Doc(item, CompactMap.copyOf(facets), headings.toString(), HeldText.of(html.text(), deflate), item.closedOn(today));
    }

    private static Document document(Doc d, int page) {
        Item item = d.item();
        Document doc = new Document();
        doc.add(new NumericDocValuesField("page", page));
        doc.add(new TextField("title", item.title(), Field.Store.NO));
        List<String> otherTitles = new ArrayList<>();
        for (String field : item.type().roles().searchTitles()) item.list(field).forEach(t -> otherTitles.add(String.valueOf(t)));
        doc.add(new TextField("alt_titles", String.join("\n", otherTitles), Field.Store.NO));
        doc.add(new TextField("summary", item.summary(), Field.Store.NO));
        doc.add(new TextField("headings", d.headings(), Field.Store.NO));
        doc.add(new TextField("tags", PageFields.keywords(item), Field.Store.NO));
        doc.add(new TextField("details", PageFields.details(item), Field.Store.NO));
        // One value per line, so no pair spans the end of one heading and the start of the next.
        for (String framing : List.of(item.title(), String.join("\n", otherTitles), item.summary(), d.headings())) {
            framing.lines().forEach(line -> doc.add(new TextField(PAIRS, line, Field.Store.NO)));
        }
        doc.add(new TextField(item.type().roles().searchBodyAs(), d.text(), Field.Store.NO));
        d.facets().forEach((facet, values) -> values.forEach(v -> doc.add(new StringField(facet, v, Field.Store.NO))));
        doc.add(new NumericDocValuesField("closed", d.closed() ? 1 : 0));
        return doc;
    }

    public List<Doc> docs() {
        return docs;
    }

    /**
     * The top results for a query. The {@link QueryIntent} drops question words and reads
     * "jobs"/"courses" as a type; each remaining part of the {@link QueryPlan} is a Lucene query,
     * the best of its alternatives (a {@link DisjunctionMaxQuery}), each alternative needing all
     * its terms and scoring their mean, each term searched in every field with its boost. A plain
     * word the index lacks becomes its near spellings (edit distance 1 for 4 to 7 characters, 2
     * for longer; the first letter kept) at {@value #TYPO_WEIGHT} weight. Filters are OR within a
     * facet and AND across facets.
     *
     * <p>A page's score is the sum of its parts' scores, plus the score of each pair of the query's
     * neighbouring words with a question word in it ({@link SearchAnalyzers#pairs}: "what is a t
     * level" gives "what is", "is a" and "a t") that its title, summary or headings have, times {@link QueryIntent#TYPE_BOOST} if it
     * is the asked-for type and {@value #CLOSED_WEIGHT} if it is closed. Pages matching more parts
     * come first (coordination: "jobs without gcses" wants pages about both), then by score, then
     * by page number; an editor's pin ({@link Pins}) for the query comes before all. The browser's search.js combines the exported term scores the same way.
     */
    public List<Hit> search(String query, Map<String, List<String>> filters, int n) {
        QueryIntent intent = QueryIntent.of(QueryPlan.of(queryAnalyzer, query));
        Map<Integer, float[]> found = new java.util.HashMap<>(); // page -> {parts matched, summed score}
        try {
            for (QueryPlan.Part part : intent.parts()) {
                BooleanQuery.Builder q = new BooleanQuery.Builder().add(partQuery(part), Occur.MUST);
                filters.forEach((facet, values) -> q.add(new TermInSetQuery(facet, values.stream().map(BytesRef::new).toList()), Occur.FILTER));
                for (ScoreDoc sd : searcher.search(q.build(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                    float[] f = found.computeIfAbsent(pageOf[sd.doc], d -> new float[2]);
                    f[0]++;
                    f[1] += sd.score;
                }
            }
            // Question words in the query's order ("what is", "is a") add their score to pages found by its other words.
            for (String pair : SearchAnalyzers.tokens(pairAnalyzer, query)) {
                for (ScoreDoc sd : searcher.search(termQuery(pair), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                    float[] f = found.get(pageOf[sd.doc]);
                    if (f != null) f[1] += sd.score;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Integer pin = pins.get(Pins.key(query));
        if (pin != null && passes(docs.get(pin), filters)) found.computeIfAbsent(pin, d -> new float[2])[0] = Float.POSITIVE_INFINITY; // first, whatever it matched
        List<Hit> hits = new ArrayList<>();
        Map<Integer, Float> matched = new java.util.HashMap<>();
        found.forEach((doc, f) -> {
            Doc d = docs.get(doc);
            float score = f[1];
            if (d.item().type().name().equals(intent.type())) score *= QueryIntent.TYPE_BOOST;
            if (d.closed()) score *= CLOSED_WEIGHT;
            matched.put(doc, f[0]);
            hits.add(new Hit(doc, d.item().url(), d.item().title(), d.item().type().name(), score));
        });
        hits.sort(Comparator.comparing((Hit h) -> -matched.get(h.doc())).thenComparing(h -> -h.score()).thenComparing(Hit::doc));
        return List.copyOf(hits.subList(0, Math.min(n, hits.size())));
    }

    /** Whether a page passes the filters: a value in common for every filtered facet. */
    private static boolean passes(Doc d, Map<String, List<String>> filters) {
        return filters.entrySet().stream().allMatch(f -> d.facets().getOrDefault(f.getKey(), List.of()).stream().anyMatch(f.getValue()::contains));
    }

    /** Pinned pages by query key, for the browser. */
    public Map<String, Integer> pins() {
        return pins;
    }

    private Query partQuery(QueryPlan.Part part) {
        List<Query> alternatives = new ArrayList<>();
        if (part.plain() && !known(part.term()) && part.typed() >= 4) {
            // A near word is read as if typed, so it brings its synonyms and stem: "plumer" finds what "plumber" finds.
            for (String near : nearSpellings(part.word(), part.typed() <= 7 ? 1 : 2)) {
                for (QueryPlan.Part typo : QueryPlan.of(queryAnalyzer, near).parts()) alternatives.add(new BoostQuery(pathsQuery(typo), TYPO_WEIGHT));
            }
        }
        alternatives.add(pathsQuery(part));
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * The best of a part's one-word paths. A synonym phrase of several words ("education health
     * and care plan") matches only where the phrase is: through the joined word the index holds
     * for it, which is always among the paths too, never through its words scattered on a page.
     */
    private static Query pathsQuery(QueryPlan.Part part) {
        List<Query> alternatives = new ArrayList<>();
        for (List<String> path : part.paths()) if (path.size() == 1) alternatives.add(termQuery(path.get(0)));
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** One term in every text field, each with its boost: the unit whose scores are exported. */
    private static Query termQuery(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        FIELDS.forEach((field, boost) -> fields.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
        return fields.build();
    }

    /** The site's words (unstemmed) within {@code edits} of a word, keeping its first letter. */
    private List<String> nearSpellings(String word, int edits) {
        return termsOf(words, List.of(WORDS), terms -> new FuzzyTermsEnum(terms, new Term("", word), edits, 1, true));
    }

    /** Every word of the pages, unstemmed, in order: what near spellings are looked for in. */
    public List<String> words() {
        return termsOf(words, List.of(WORDS), Terms::iterator);
    }

    private boolean known(String term) {
        try {
            for (String field : FIELDS.keySet()) if (searcher.getIndexReader().docFreq(new Term(field, term)) > 0) return true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term of the text fields, in order. */
    public List<String> terms() {
        return termsOfEveryField(Terms::iterator);
    }

    private interface TermsOf {
        TermsEnum of(Terms terms) throws IOException;
    }

    /** The terms an enumeration gives over each text field, merged and in order. */
    private List<String> termsOfEveryField(TermsOf enumeration) {
        return termsOf(searcher.getIndexReader(), FIELDS.keySet(), enumeration);
    }

    private static List<String> termsOf(IndexReader reader, Collection<String> fields, TermsOf enumeration) {
        TreeSet<String> all = new TreeSet<>();
        try {
            for (String field : fields) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) continue;
                TermsEnum e = enumeration.of(terms);
                for (BytesRef b = e.next(); b != null; b = e.next()) all.add(b.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(all);
    }

    /** Lucene's own BM25 score of {@link #termQuery} on every page the term occurs on. */
    public Postings termScores(String term) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(termQuery(term)), ScoreMode.COMPLETE, 1f);
            // Page and score packed in a long, page in the high half, so sorting puts pages in order
            // (segments each hold pages in order, but not one after another); no boxing per posting.
            long[] found = new long[16];
            int n = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (n == found.length) found = java.util.Arrays.copyOf(found, n * 2);
                    found[n++] = (long) pageOf[leaf.docBase + d] << 32 | Integer.toUnsignedLong(Float.floatToRawIntBits(scorer.score()));
                }
            }
            java.util.Arrays.sort(found, 0, n);
            int[] pages = new int[n];
            float[] s = new float[n];
            for (int i = 0; i < n; i++) {
                pages[i] = (int) (found[i] >>> 32);
                s[i] = Float.intBitsToFloat((int) found[i]);
            }
            return new Postings(term, pages, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each doc id's page number, from the "page" value every document carries. */
    private static int[] pageNumbers(IndexReader reader) {
        int[] pages = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), "page");
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) pages[leaf.docBase + d] = (int) values.longValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static Map<String, Float> fields() {
        Map<String, Float> f = new LinkedHashMap<>();
        f.put("title", 5f);
        f.put("alt_titles", 4f);
        f.put("summary", 2f);
        f.put("headings", 2f);
        f.put("tags", 2f); // keywords: the editors' tags and the fields types.yml's search.keywords names
        f.put("details", 1f); // the fields types.yml's search.details names: routes in, skills, entry requirements, wage, provider...
        f.put("body", 1f);
        f.put("transcript", 1f);
        f.put(PAIRS, 1f); // the query's question words in its order, in a title, summary or heading
        return f;
    }
}
