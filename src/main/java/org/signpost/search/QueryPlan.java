package org.signpost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A query cut into parts that score on their own: a typed word, or a phrase the synonym graph
 * matched with every phrase it may become. A page's score is the sum over parts of its best
 * alternative, so the browser can add up precomputed term scores and get Lucene's answer.
 */
public record QueryPlan(List<Part> parts) {

    /**
     * One part of a query.
     *
     * @param paths the alternatives: each a list of stemmed terms that must all occur
     * @param typed how many characters the user typed for a plain word (typo tolerance uses it)
     * @param word the word as typed, folded but not stemmed, for a single word; else empty (typo tolerance looks for words near it)
     */
    public record Part(List<List<String>> paths, int typed, String word) {
        /** A single word that no synonym rule touched. */
        public boolean plain() {
            return paths.size() == 1 && paths.get(0).size() == 1;
        }

        public String term() {
            return paths.get(0).get(0);
        }
    }

    private record Token(String term, int from, int to, int start, int end) {}

    /** Runs the query analyzer and cuts its token graph where every path meets. */
    public static QueryPlan of(Analyzer queryAnalyzer, String query) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream("body", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), pos, pos + len.getPositionLength(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int from = tokens.get(start).from(), to = tokens.get(start).to(), end = start + 1;
            while (end < tokens.size() && tokens.get(end).from() < to) to = Math.max(to, tokens.get(end++).to());
            List<Token> segment = tokens.subList(start, end);
            Set<List<String>> paths = new LinkedHashSet<>();
            walk(segment, from, to, new ArrayList<>(), paths);
            Token only = segment.size() == 1 ? segment.get(0) : null;
            String word = only == null ? "" : String.join("", SearchAnalyzers.tokens(SearchAnalyzers.words(), query.substring(only.start(), only.end())));
            parts.add(new Part(List.copyOf(paths), only == null ? 0 : only.end() - only.start(), word));
            start = end;
        }
        return new QueryPlan(parts);
    }

    /** Every path through a segment's tokens from one position to another. */
    private static void walk(List<Token> segment, int at, int to, List<String> path, Set<List<String>> paths) {
        if (at == to) {
            paths.add(List.copyOf(path));
            return;
        }
        for (Token t : segment) {
            if (t.from() != at) continue;
            path.add(t.term());
            walk(segment, t.to(), to, path, paths);
            path.remove(path.size() - 1);
        }
    }
}
