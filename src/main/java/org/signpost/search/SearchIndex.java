package org.signpost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.markdown.MarkdownResult;

/**
 * A Lucene index of the site's pages, built at build time: boosted text fields and facet
 * fields. Closed vacancies are left out, so search shows only what can still be applied for.
 * It is the reference the browser's search is measured against.
 */
public final class SearchIndex {
    /** Text fields and their boosts: a match in a title counts most. */
    public static final Map<String, Float> FIELDS = fields();
    /** Facet fields, read from the item's taxonomy values. */
    public static final List<String> FACETS = List.of("type", "route", "level", "locality", "audience", "gatsby");

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;

    private SearchIndex(IndexSearcher searcher, Analyzer queryAnalyzer) {
        this.searcher = searcher;
        this.queryAnalyzer = queryAnalyzer;
    }

    /** One result: the page, its title and type, and Lucene's score. */
    public record Hit(String url, String title, String type, float score) {}

    public static SearchIndex build(Site site, Map<String, MarkdownResult> bodies, LocalDate today, Analyzer queryAnalyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.index()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Item item : site.items()) {
                if (item.closedOn(today)) continue;
                writer.addDocument(document(item, bodies.get(item.url())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
            return new SearchIndex(searcher, queryAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Item item, MarkdownResult body) {
        Document doc = new Document();
        doc.add(new StringField("url", item.url(), Field.Store.YES));
        doc.add(new StringField("title_stored", item.title(), Field.Store.YES));
        doc.add(new TextField("title", item.title(), Field.Store.NO));
        doc.add(new TextField("alt_titles", String.join(" ", item.list("alt_titles").stream().map(String::valueOf).toList()), Field.Store.NO));
        doc.add(new TextField("summary", item.summary(), Field.Store.NO));
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(body == null ? "" : body.html());
        StringBuilder headings = new StringBuilder();
        for (Element h : html.select("h2, h3, h4")) {
            headings.append(h.text()).append('\n');
            h.remove();
        }
        doc.add(new TextField("headings", headings.toString(), Field.Store.NO));
        boolean video = item.type().name().equals("video");
        doc.add(new TextField(video ? "transcript" : "body", html.text(), Field.Store.NO));
        doc.add(new StringField("type", item.type().name(), Field.Store.YES));
        for (String facet : FACETS) {
            if (facet.equals("type")) continue;
            Object v = item.fields().get(facet);
            Collection<?> values = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
            for (Object value : values) doc.add(new StringField(facet, String.valueOf(value), Field.Store.NO));
        }
        return doc;
    }

    /**
     * The top results for a query: every field searched with its boost, synonyms and stems from
     * the query analyzer, and for words the index lacks, near spellings (edit distance 1 for 4 to
     * 7 letters, 2 for longer) at a lower weight, so exact matches rank first. Filters are OR
     * within a facet and AND across facets.
     */
    public List<Hit> search(String query, Map<String, List<String>> filters, int n) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        FIELDS.forEach((field, boost) -> {
            Query q = builder.createBooleanQuery(field, query, BooleanClause.Occur.SHOULD);
            if (q != null) words.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        });
        for (String word : words(query)) {
            if (word.length() < 4 || known(word)) continue;
            int edits = word.length() <= 7 ? 1 : 2;
            FIELDS.forEach((field, boost) -> words.add(new BoostQuery(new FuzzyQuery(new Term(field, word), edits), boost * 0.5f), BooleanClause.Occur.SHOULD));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
        filters.forEach((facet, values) -> all.add(new TermInSetQuery(facet, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(all.build(), n).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(d.get("url"), d.get("title_stored"), d.get("type"), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's words after analysis without synonyms (lower case, folded, stemmed). */
    private List<String> words(String query) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = SearchAnalyzers.index().tokenStream("body", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private boolean known(String word) {
        try {
            for (String field : FIELDS.keySet()) if (searcher.getIndexReader().docFreq(new Term(field, word)) > 0) return true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Float> fields() {
        Map<String, Float> f = new LinkedHashMap<>();
        f.put("title", 5f);
        f.put("alt_titles", 4f);
        f.put("summary", 2f);
        f.put("headings", 2f);
        f.put("body", 1f);
        f.put("transcript", 1f);
        return f;
    }
}
