package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Synonym phrases indexed also as one joined word, where they occur and nowhere else. */
class PhraseJoinsTest {
    private static final PhraseJoins JOINS = new PhraseJoins(List.of(
            List.of("a", "level"), List.of("level", "three"), List.of("sixth", "form"), List.of("sixth", "form", "college"), List.of("nurse")));

    /** Each token as term/position increment/start-end. */
    private static List<String> tokens(String text) throws IOException {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream s = JOINS.filter(source)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) out.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            s.end();
        }
        return out;
    }

    @Test
    void theJoinedWordComesFirstAtThePhrasesPlaceAndSpansIt() throws IOException {
        assertEquals(List.of("my/1/0-2", "alevel/1/3-10", "a/0/3-4", "level/1/5-10", "course/1/11-17"), tokens("my a level course"));
    }

    @Test
    void theLongestPhraseWinsAndAShorterOneStillMatchesWhereTheLongerStops() throws IOException {
        assertEquals(List.of("sixthformcollege/1/0-18", "sixth/0/0-5", "form/1/6-10", "college/1/11-18"), tokens("sixth form college"));
        assertEquals(List.of("sixthform/1/0-10", "sixth/0/0-5", "form/1/6-10", "centre/1/11-17"), tokens("sixth form centre"));
    }

    @Test
    void aMatchedPhrasesWordsStartNoOtherButAWordReadAheadInVainStillCan() throws IOException {
        assertEquals(List.of("alevel/1/0-7", "a/0/0-1", "level/1/2-7", "three/1/8-13"), tokens("a level three"));
        assertEquals(List.of("a/1/0-1", "alevel/1/2-9", "a/0/2-3", "level/1/4-9"), tokens("a a level"));
        assertEquals(List.of("level/1/0-5", "a/1/6-7"), tokens("level a"), "a phrase cut short by the end of the text");
    }

    @Test
    void oneWordPhrasesAndAnEmptySetChangeNothing() throws IOException {
        assertEquals(List.of("nurse/1/0-5"), tokens("nurse"));
        assertEquals(true, PhraseJoins.none().isEmpty());
    }
}
