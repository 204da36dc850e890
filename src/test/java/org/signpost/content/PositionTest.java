package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PositionTest {
    /** The definition both lookups must agree with: count newlines and columns one character at a time. */
    private static Position counted(String text, int offset, int firstLine) {
        int line = firstLine, col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new Position(line, col);
    }

    @Test
    void offsetsInPlainAndWideTextAreCountedAsCharacters() {
        String text = "one\ntwo – three\r\n\n‘four’ £5\n";
        assertEquals(new Position(1, 1), Position.ofOffset(text, 0, 1));
        assertEquals(new Position(2, 5), Position.ofOffset(text, text.indexOf('–'), 1));
        assertEquals(new Position(3, 1), Position.ofOffset(text, text.indexOf("\n\n") + 1, 1));
        assertEquals(new Position(5, 8), new Position.Index(text, 2).of(text.indexOf('£')));
        assertEquals(new Position(5, 1), Position.ofOffset(text, text.length(), 1));
    }

    @Test
    void offsetsPastEitherEndStopAtIt() {
        assertEquals(new Position(3, 4), Position.ofOffset("a\nb\ncde", 99, 1));
        assertEquals(new Position(7, 1), Position.ofOffset("a\nb", -5, 7));
        assertEquals(new Position(1, 1), new Position.Index("", 1).of(0));
    }

    @Test
    void bothLookupsAgreeWithCountingOnRandomTexts() {
        Random random = new Random(15);
        char[] alphabet = {'a', ' ', '\n', '\r', '–', '£', '[', '\n'};
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            int firstLine = 1 + random.nextInt(40);
            Position.Index index = new Position.Index(text, firstLine);
            for (int offset = 0; offset <= text.length(); offset++) {
                Position expected = counted(text, offset, firstLine);
                assertEquals(expected, Position.ofOffset(text, offset, firstLine), "ofOffset at " + offset + " of " + text);
                assertEquals(expected, index.of(offset), "Index at " + offset + " of " + text);
            }
        }
    }
}
