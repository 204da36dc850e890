package org.signpost.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;
import org.signpost.content.Site;

/**
 * The careers synonyms: the editors' file in Solr format ({@value #FILE}) plus each career's
 * alternative titles as synonyms of its title. Lucene reads them into a {@link SynonymMap} for
 * the query analyzer; {@link #rules()} gives the same rules, already analysed, to the browser.
 *
 * <p>A phrase of several words is also indexed as one joined word where it occurs ("A levels"
 * as "alevels", "heating engineer" as "heatingengineer"), and the joined word joins its rule.
 * So a synonym phrase matches pages that have the phrase, not just its words anywhere.
 *
 * @param map the map Lucene's synonym graph filter applies to queries
 * @param phrases the map that adds joined words to indexed text
 * @param rules one rule a line: phrases that are replaced, phrases they become (each a token list)
 * @param stems the editors' stem overrides ({@link Stems#FILE}), read with the synonyms as the site's other search words
 * @param pins the editors' pinned results ({@link Pins#FILE}), read with them too
 * @param cased words whose one-way rule applies only when typed as written ("IT =>", "SEND =>"),
 *     so the everyday "it" and "send" stay themselves; the rule is kept under {@link #CASED} and the word
 */
public record Synonyms(SynonymMap map, PhraseJoins phrases, List<Rule> rules, java.util.Map<String, String> stems, Pins pins, java.util.Set<String> cased) {
    /** What a case-sensitive word becomes in a query, so only its rule matches it: letters, which the tokenizer keeps. */
    public static final String CASED = "qqcased";

    public static final String FILE = "data/search/synonyms.txt";

    /** "a, b, c" is one rule with from = to; "a, b => c" has from [a, b] and to [c]. */
    public record Rule(List<List<String>> from, List<List<String>> to) {}

    /** Reads the file and the site's alternative titles; a malformed line is a problem at its line. */
    public static Synonyms load(Path siteDir, Site site, Problems problems) {
        return new Cache().load(siteDir, site, problems);
    }

    /**
     * Loads the synonyms, parsing them again only when their text changed. Serve keeps one: it
     * loads the synonyms after every front-matter edit, few edits change a title, and parsing
     * thousands of rules was most of such an edit's time.
     */
    public static final class Cache {
        private String lastText;
        private Parsed last;

        /** One load at a time: serve loads these while it plans, and a run that failed may leave its load running into the next. */
        public synchronized Synonyms load(Path siteDir, Site site, Problems problems) {
            return load(SiteFolders.of(siteDir), site, problems);
        }

        /** An area's files, where it has them, instead of the shared ones. */
        public synchronized Synonyms load(SiteFolders folders, Site site, Problems problems) {
            Path file = folders.find(FILE);
            String shown = folders.display(file);
            String text;
            try {
                text = Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                problems.error(shown, Position.START, "cannot read synonyms: " + e.getMessage());
                text = "";
            }
            java.util.Set<String> cased = new java.util.TreeSet<>();
            String all = cased(text, cased) + '\n' + titleLines(site);
            Parsed parsed = all.equals(lastText) ? last : parse(all, text, java.util.Set.copyOf(cased), shown, problems);
            if (parsed == null) return none();
            lastText = all;
            last = parsed;
            return new Synonyms(parsed.map(), parsed.phrases(), parsed.rules(), Stems.curated(folders, problems), Pins.load(folders, site, problems), parsed.cased());
        }
    }

    /** What the rules' text gives, before the stems and pins read beside it. */
    private record Parsed(SynonymMap map, PhraseJoins phrases, List<Rule> rules, java.util.Set<String> cased) {}

    /** Other titles (types.yml search.titles, such as a career's alt_titles) are synonyms of the title: one line an item. */
    private static String titleLines(Site site) {
        StringBuilder lines = new StringBuilder();
        for (Item item : site.items()) {
            List<Object> others = new java.util.ArrayList<>();
            for (String field : item.type().roles().searchTitles()) others.addAll(item.list(field));
            if (others.isEmpty()) continue;
            lines.append(clean(item.title()));
            for (Object alt : others) lines.append(", ").append(clean(String.valueOf(alt)));
            lines.append('\n');
        }
        return lines.toString();
    }

    /** Parses the rules; null, with a problem at the editors' line, when one cannot be read. */
    private static Parsed parse(String all, String text, java.util.Set<String> cased, String shown, Problems problems) {
        try {
            new SolrSynonymParser(true, true, SearchAnalyzers.words()).parse(new StringReader(all)); // the editors' lines first, for their line numbers
            List<Rule> rules = new ArrayList<>(rules(all));
            String joined = joinedLines(rules); // rules are read line by line, so the added lines' rules follow the others'
            SolrSynonymParser parser = new SolrSynonymParser(true, true, SearchAnalyzers.words());
            parser.parse(new StringReader(all + joined));
            rules.addAll(rules(joined));
            return new Parsed(parser.build(), phraseMap(rules), rules, cased);
        } catch (ParseException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            problems.error(shown, new Position(lineOf(text, e), 1), "cannot read this synonym rule: " + why);
        } catch (IOException | IllegalArgumentException e) {
            problems.error(shown, Position.START, "cannot read synonyms: " + e.getMessage());
        }
        return null;
    }

    public static Synonyms none() {
        try {
            return new Synonyms(new SynonymMap.Builder().build(), PhraseJoins.none(), List.of(), java.util.Map.of(), Pins.none(), java.util.Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One-way rules whose left side is one word with a capital ("IT => it, digital") apply only to
     * that spelling: the word is rewritten as {@link #CASED} plus the word, as the query analyzer
     * rewrites it when typed so; the line keeps its number for error messages.
     */
    private static String cased(String text, java.util.Set<String> cased) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int arrow = line.indexOf("=>");
            String from = arrow < 0 ? "" : line.substring(0, arrow).strip();
            if (!line.strip().startsWith("#") && from.matches("\\p{Alnum}+") && !from.equals(from.toLowerCase(java.util.Locale.ROOT))) {
                cased.add(from);
                line = CASED + from.toLowerCase(java.util.Locale.ROOT) + " " + line.substring(arrow);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * Lines that add each rule's joined words: "a level, alevel" gets "alevel" for "a level" too,
     * which Lucene merges with the rule's own outputs.
     */
    private static String joinedLines(List<Rule> rules) {
        StringBuilder lines = new StringBuilder();
        for (Rule r : rules) {
            List<String> joined = r.to().stream().filter(p -> p.size() > 1).map(p -> String.join("", p)).distinct().toList();
            if (joined.isEmpty()) continue;
            String to = String.join(", ", joined.stream().map(Synonyms::escape).toList());
            String from = String.join(", ", r.from().stream().map(p -> escape(String.join(" ", p))).toList());
            lines.append(r.from().equals(r.to()) ? from + ", " + to : from + " => " + to).append('\n');
        }
        return lines.toString();
    }

    private static String escape(String phrase) {
        return phrase.replace("\\", "\\\\").replace(",", "\\,");
    }

    /** For indexing: each phrase of several words in a rule's result also gives its joined word, the words kept. */
    private static PhraseJoins phraseMap(List<Rule> rules) {
        List<List<String>> phrases = new ArrayList<>();
        for (Rule r : rules) phrases.addAll(r.to());
        return new PhraseJoins(phrases);
    }

    /** The same rules Lucene's parser reads, each phrase run through the unstemmed chain. */
    private static List<Rule> rules(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int arrow = line.indexOf("=>");
            List<List<String>> from = phrases(arrow < 0 ? line : line.substring(0, arrow));
            List<List<String>> to = arrow < 0 ? from : phrases(line.substring(arrow + 2));
            if (!from.isEmpty() && !to.isEmpty()) rules.add(new Rule(from, to));
        }
        return rules;
    }

    private static List<List<String>> phrases(String list) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : list.split(",")) {
            List<String> tokens = SearchAnalyzers.tokens(SearchAnalyzers.words(), phrase);
            if (!tokens.isEmpty() && !out.contains(tokens)) out.add(tokens);
        }
        return out;
    }

    /** Lucene names the line in its message; lines past the editors' file are titles, reported at its end. */
    private static int lineOf(String text, ParseException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+)").matcher(String.valueOf(e.getMessage()));
        int line = m.find() ? Integer.parseInt(m.group(1)) : Math.max(1, e.getErrorOffset());
        return Math.min(line, (int) text.lines().count() + 1);
    }

    /** Synonym lines use commas and "=>": keep them out of titles. */
    private static String clean(String title) {
        return title.replace(",", " ").replace("=>", " ");
    }
}
