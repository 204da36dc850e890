package org.signpost.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.Site;

/**
 * The English analysis chain, built from Lucene's own parts: standard tokenizer, possessives,
 * lower case, ASCII folding, then (for queries) the careers synonym graph, then the Porter
 * stemmer. Synonyms apply at query time, so editing the synonym file needs no re-index.
 */
public final class SearchAnalyzers {
    public static final String SYNONYMS = "data/search/synonyms.txt";

    private SearchAnalyzers() {}

    /** The analyzer for indexing: no synonyms. */
    public static Analyzer index() {
        return chain(null);
    }

    /** The analyzer for queries: with the synonym graph. */
    public static Analyzer query(SynonymMap synonyms) {
        return chain(synonyms);
    }

    private static Analyzer chain(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                if (synonyms != null && synonyms.fst != null) s = new SynonymGraphFilter(s, synonyms, true);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /**
     * The synonym map: the editors' file (Solr format), plus each career's alternative titles as
     * synonyms of its title. A malformed line is a problem at its line.
     */
    public static SynonymMap synonyms(Path siteDir, Site site, Problems problems) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET));
        Path file = siteDir.resolve(SYNONYMS);
        StringBuilder groups = new StringBuilder();
        try {
            if (Files.exists(file)) groups.append(Files.readString(file)).append('\n');
            for (Item career : site.ofType("career")) {
                if (career.list("alt_titles").isEmpty()) continue;
                groups.append(clean(career.title()));
                for (Object alt : career.list("alt_titles")) groups.append(", ").append(clean(String.valueOf(alt)));
                groups.append('\n');
            }
            parser.parse(new StringReader(groups.toString()));
            return parser.build();
        } catch (ParseException e) {
            problems.error(SYNONYMS, new Position(Math.max(1, e.getErrorOffset()), 1), "cannot read synonyms: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            problems.error(SYNONYMS, Position.START, "cannot read synonyms: " + e.getMessage());
        }
        try {
            return new SynonymMap.Builder().build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Synonym lines use commas and "=>": keep them out of titles. */
    private static String clean(String title) {
        return title.replace(",", " ").replace("=>", " ");
    }
}
