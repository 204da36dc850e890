package org.signpost.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.content.Item;
import org.signpost.content.Suggestions;
import org.signpost.search.SearchIndex;
import org.signpost.search.Synonyms;

/**
 * What to do about a query that found nothing, using the site's own search: if today's search
 * finds a page, say which; else if its words are near words the site uses, a synonym rule; else
 * the page whose title is nearest, to pin; else say a page may be missing.
 */
final class Suggester {
    private final SearchIndex index;
    private final List<String> words;
    private final List<String> titles;
    private final Map<String, Item> byTitle = new java.util.HashMap<>();

    Suggester(SearchIndex index, List<Item> items) {
        this.index = index;
        this.words = index.words();
        this.titles = new ArrayList<>();
        for (Item i : items) {
            String t = i.title().toLowerCase(java.util.Locale.ROOT);
            if (byTitle.putIfAbsent(t, i) == null) titles.add(t);
        }
    }

    String suggest(String query) {
        List<SearchIndex.Hit> hits = index.search(query, Map.of(), 1);
        if (!hits.isEmpty()) return "Today's search finds " + hits.get(0).title() + " (" + hits.get(0).url() + ") first: check it answers the query, or pin a better page";
        List<String> fixed = new ArrayList<>();
        boolean changed = false;
        for (String w : query.split(" ")) {
            // A misspelling keeps its first letter and about its length, as the search's own typo rule does: "actor" is not "act".
            Optional<String> near = words.contains(w) ? Optional.of(w)
                    : Suggestions.closest(w, words).filter(n -> n.charAt(0) == w.charAt(0) && Math.abs(n.length() - w.length()) <= 1);
            changed |= near.isPresent() && !near.get().equals(w);
            fixed.add(near.orElse(w));
        }
        String corrected = String.join(" ", fixed);
        if (changed && !index.search(corrected, Map.of(), 1).isEmpty())
            return "Add a synonym to " + Synonyms.FILE + ": " + query + " => " + corrected;
        Optional<String> title = Suggestions.closest(query, titles);
        if (title.isPresent()) {
            Item page = byTitle.get(title.get());
            return "Pin a page in data/search/pins.yml: " + query + ": " + page.url() + " (" + page.title() + ")";
        }
        return "Nothing close on the site: a page may be missing";
    }
}
