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

        /** The shared file's rules, then an area's: an area adds its own local words without copying the shared ones. */
        public synchronized Synonyms load(SiteFolders folders, Site site, Problems problems) {
            EditorsFiles files = EditorsFiles.read(folders, problems);
            java.util.Set<String> cased = new java.util.TreeSet<>();
            String all = cased(files.text(), cased) + '\n' + titleLines(site);
            Parsed parsed = all.equals(lastText) ? last : parse(all, files, java.util.Set.copyOf(cased), problems);
            if (parsed == null) return none();
            lastText = all;
            last = parsed;
            return new Synonyms(parsed.map(), parsed.phrases(), parsed.rules(), Stems.curated(folders, problems), Pins.load(folders, site, problems), parsed.cased());
        }
    }

    /** The editors' synonym files as one text, shared first, and where each of its lines came from, for problems. */
    private record EditorsFiles(String text, List<String> shown, List<Integer> lines) {
        static EditorsFiles read(SiteFolders folders, Problems problems) {
            StringBuilder text = new StringBuilder();
            List<String> shown = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Path file : folders.each(FILE)) {
                String name = folders.display(file);
                try {
                    String own = Files.readString(file);
                    if (!own.isEmpty() && !own.endsWith("\n")) own += "\n";
                    text.append(own);
                    shown.add(name);
                    lines.add((int) own.lines().count());
                } catch (IOException e) {
                    problems.error(name, Position.START, "cannot read synonyms: " + e.getMessage());
                }
            }
            if (shown.isEmpty()) {
                shown.add(folders.display(folders.find(FILE)));
                lines.add(0);
            }
            return new EditorsFiles(text.toString(), shown, lines);
        }

        /** Reports a problem at a line of the joined text, in the file it came from; lines past them all (the titles) at the last file's end. */
        void error(int line, String message, Problems problems) {
            for (int i = 0; i < shown.size(); i++) {
                if (line <= lines.get(i) || i == shown.size() - 1) {
                    problems.error(shown.get(i), new Position(Math.max(1, Math.min(line, lines.get(i) + 1)), 1), message);
                    return;
                }
                line -= lines.get(i);
            }
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
    private static Parsed parse(String all, EditorsFiles files, java.util.Set<String> cased, Problems problems) {
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
            files.error(lineOf(e), "cannot read this synonym rule: " + why, problems);
        } catch (IOException | IllegalArgumentException e) {
            files.error(1, "cannot read synonyms: " + e.getMessage(), problems);
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

    /** Lucene names the line in its message. */
    private static int lineOf(ParseException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : Math.max(1, e.getErrorOffset());
    }

    /** Synonym lines use commas and "=>": keep them out of titles. */
    private static String clean(String title) {
        return title.replace(",", " ").replace("=>", " ");
    }
}
