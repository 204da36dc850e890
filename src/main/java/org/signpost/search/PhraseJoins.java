package org.signpost.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The synonym phrases of several words, indexed also as one joined word where they occur: "A T
 * Level course" gives a, tlevel, t, level, course. At each word the longest phrase starting there
 * wins, and a matched phrase's words start no other. Lucene's synonym graph and flatten filters
 * did the same, but buffered every token of every page to do it (a twentieth of a 10,000-page
 * build); this filter looks ahead only from a word that starts a phrase.
 */
public final class PhraseJoins {
    private static final PhraseJoins NONE = new PhraseJoins(List.of());

    /** Phrases by first word, longest first. */
    private final Map<String, List<List<String>>> byFirst = new HashMap<>();

    /** @param phrases token lists as the unstemmed chain cuts them; those of one word are ignored */
    public PhraseJoins(List<List<String>> phrases) {
        for (List<String> p : new LinkedHashSet<>(phrases)) {
            if (p.size() > 1) byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(List.copyOf(p));
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> p) -> -p.size())));
    }

    public static PhraseJoins none() {
        return NONE;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The filter that adds the joined words to a token stream. */
    public TokenStream filter(TokenStream in) {
        return isEmpty() ? in : new JoinFilter(in, new CharArrayMap<>(byFirst, false));
    }

    private static final class JoinFilter extends TokenFilter {
        /** Looked up in the term's own characters, without a String per token. */
        private final CharArrayMap<List<List<String>>> byFirst;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        /** Tokens decided on, to hand out next. */
        private final ArrayDeque<State> ready = new ArrayDeque<>();
        /** Tokens read while looking ahead that matched nothing: each may still start a phrase. */
        private final ArrayDeque<State> unread = new ArrayDeque<>();

        JoinFilter(TokenStream in, CharArrayMap<List<List<String>>> byFirst) {
            super(in);
            this.byFirst = byFirst;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!ready.isEmpty()) {
                restoreState(ready.poll());
                return true;
            }
            if (!next()) return false;
            List<List<String>> candidates = byFirst.get(term.buffer(), 0, term.length());
            if (candidates == null) return true;
            List<State> window = new ArrayList<>();
            List<String> words = new ArrayList<>();
            window.add(captureState());
            words.add(term.toString());
            while (window.size() < candidates.get(0).size() && next()) {
                window.add(captureState());
                words.add(term.toString());
            }
            List<String> match = null;
            for (List<String> p : candidates) {
                if (p.size() <= words.size() && words.subList(0, p.size()).equals(p)) {
                    match = p;
                    break;
                }
            }
            int used = match == null ? 1 : match.size();
            for (int i = window.size() - 1; i >= used; i--) unread.addFirst(window.get(i));
            if (match == null) {
                restoreState(window.get(0));
                return true;
            }
            restoreState(window.get(0));
            increment.setPositionIncrement(0);
            ready.add(captureState());
            for (int i = 1; i < used; i++) ready.add(window.get(i));
            restoreState(window.get(used - 1));
            int end = offset.endOffset();
            restoreState(window.get(0));
            offset.setOffset(offset.startOffset(), end);
            term.setEmpty().append(String.join("", match));
            return true;
        }

        /** The next token into the attributes: one read ahead before, else the input's. */
        private boolean next() throws IOException {
            if (unread.isEmpty()) return input.incrementToken();
            restoreState(unread.poll());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            ready.clear();
            unread.clear();
        }
    }
}
