package org.signpost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;

/**
 * Corrections to the Porter stemmer for careers English, applied to the index and to queries
 * alike (the browser gets both maps in meta.json):
 * <ul>
 * <li>{@code words}: editors' overrides from {@value #FILE}, a word to the term it indexes as,
 *     before Porter: "mechanical => mechanical" keeps it apart from mechanic, which Porter joins;
 * <li>{@code terms}: the agent-noun rule, after Porter: a word ending in -er whose -ing form the
 *     site also uses is indexed as that form (welder as welding, plumber as plumbing, coder as
 *     coding). Found from the site's own words, so "letter" joins "letting" only on a site that
 *     says both; an override of either word stops it.
 * </ul>
 */
public record Stems(Map<String, String> words, Map<String, String> terms) {
    public static final String FILE = "data/search/stems.txt";

    public static Stems none() {
        return new Stems(Map.of(), Map.of());
    }

    /** The editors' overrides: "word, word => term" a line; # starts a comment. */
    public static Map<String, String> curated(Path siteDir, Problems problems) {
        return curated(SiteFolders.of(siteDir), problems);
    }

    /** The shared file's overrides and an area's, which win for the same word. */
    public static Map<String, String> curated(SiteFolders folders, Problems problems) {
        Map<String, String> out = new TreeMap<>();
        for (Path file : folders.each(FILE)) read(file, folders.display(file), out, problems);
        return out;
    }

    private static void read(Path file, String shown, Map<String, String> out, Problems problems) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int arrow = line.indexOf("=>");
                String term = arrow < 0 ? "" : line.substring(arrow + 2).strip().toLowerCase(java.util.Locale.ROOT);
                if (arrow < 0 || !term.matches("[a-z0-9]+")) {
                    problems.error(shown, new Position(n + 1, 1), "a stem override is 'word, word => term' (one lower-case term)");
                    continue;
                }
                for (String w : line.substring(0, arrow).split(",")) {
                    for (String word : SearchAnalyzers.tokens(SearchAnalyzers.words(), w)) out.put(word, term);
                }
            }
        } catch (IOException e) {
            problems.error(shown, Position.START, "cannot read stem overrides: " + e.getMessage());
        }
    }

    /** The overrides plus the agent-noun joins the site's words (unstemmed, as {@link SearchAnalyzers#words()} cuts them) call for. */
    public static Stems of(Map<String, String> curated, Collection<String> vocabulary) {
        TreeSet<String> vocab = new TreeSet<>(vocabulary);
        Map<String, String> terms = new TreeMap<>();
        for (String w : vocab) {
            if (w.length() < 5 || !w.endsWith("er") || curated.containsKey(w)) continue;
            String ing = w.substring(0, w.length() - 2) + "ing";
            if (!vocab.contains(ing) || curated.containsKey(ing)) continue;
            String from = porter(w), to = porter(ing);
            if (!from.equals(to)) terms.putIfAbsent(from, to);
        }
        // Follow chains (a -> b -> c becomes a -> c), so a term is rewritten once, as the browser does.
        terms.replaceAll((from, to) -> {
            for (int i = 0; i < 8 && terms.containsKey(to) && !terms.get(to).equals(from); i++) to = terms.get(to);
            return to;
        });
        return new Stems(Map.copyOf(curated), terms);
    }

    private static String porter(String word) {
        return SearchAnalyzers.tokens(SearchAnalyzers.index(), word).get(0);
    }

    /** The word overrides as Lucene's filter takes them (null when there are none). */
    StemmerOverrideFilter.StemmerOverrideMap wordMap() {
        if (words.isEmpty()) return null;
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        words.forEach(b::add);
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The term joins, applied after the stemmer. */
    TokenStream joinTerms(TokenStream in) {
        if (terms.isEmpty()) return in;
        // Looked up in the term's own characters, not a String made for every token indexed.
        CharArrayMap<String> joins = new CharArrayMap<>(terms, false);
        return new TokenFilter(in) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) return false;
                String to = joins.get(term.buffer(), 0, term.length());
                if (to != null) term.setEmpty().append(to);
                return true;
            }
        };
    }

    /** Both maps for the browser's meta.json. */
    Map<String, Object> export() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("words", new TreeMap<>(words));
        out.put("terms", terms);
        return out;
    }
}
