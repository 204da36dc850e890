package org.signpost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeflatedTextTest {
    @Test
    void readsBackExactlyWhatItWasGivenIncludingTextBeyondLatin1() {
        for (String text : List.of("", "a", "<p>It’s £28,000 – “typical” pay.</p>", "emoji \uD83D\uDE80 and a lone surrogate \uD800 end",
                "line\r\nbreaks\n\ttabs\u0000nul", "a\uDC00", "?\uD800?", "\uD83D\uDE80", "é".repeat(70_000))) {
            DeflatedText packed = DeflatedText.of(text);
            assertEquals(text, packed.toString());
            assertEquals(text.length(), packed.length());
        }
    }

    @Test
    void holdsRepetitiveHtmlInAFractionOfItsSize() {
        String html = IntStream.range(0, 200).mapToObj(i -> "<li><a href=\"/careers/electrician-" + i + "/\">Electrician " + i + "</a></li>\n")
                .collect(Collectors.joining());
        DeflatedText packed = DeflatedText.of(html);
        assertEquals(html, packed.toString());
        assertTrue(packed.packedSize() * 4 < html.length(), packed.packedSize() + " of " + html.length());
    }

    @Test
    void theSameTextIsEqualAndDifferentTextIsNot() {
        assertEquals(DeflatedText.of("<p>One</p>"), DeflatedText.of("<p>One</p>"));
        assertEquals(DeflatedText.of("<p>One</p>").hashCode(), DeflatedText.of("<p>One</p>").hashCode());
        assertNotEquals(DeflatedText.of("<p>One</p>"), DeflatedText.of("<p>Two</p>"));
        assertNotEquals(DeflatedText.of(""), DeflatedText.of(" "));
    }

    @Test
    void readsBackTheSameFromManyThreadsAtOnce() {
        List<String> texts = IntStream.range(0, 2_000).mapToObj(i -> "<p>Body " + i + " – " + "x".repeat(i % 300) + "</p>").toList();
        List<DeflatedText> packed = texts.parallelStream().map(DeflatedText::of).toList();
        assertEquals(texts, packed.parallelStream().map(DeflatedText::toString).toList());
    }

    @Test
    void aLargeSiteHoldsItsTextsDeflatedAndASmallOneAsTheyAre() {
        assertFalse(HeldText.deflates(HeldText.DEFLATE_FROM_ITEMS - 1));
        assertTrue(HeldText.deflates(HeldText.DEFLATE_FROM_ITEMS));
        assertTrue(HeldText.of("<p>It’s</p>", true) instanceof DeflatedText);
        assertEquals(new HeldText.Plain("<p>It’s</p>"), HeldText.of("<p>It’s</p>", false));
        assertEquals("<p>It’s</p>", HeldText.of("<p>It’s</p>", true).text());
    }

    @Test
    void aDeflatedMarkdownResultGivesBackTheSameHtmlAndChecks() {
        MarkdownResult r = new MarkdownResult("<h2 id=\"pay\">Pay – £</h2>", Set.of("pay"), List.of(), List.of());
        MarkdownResult d = r.deflated();
        assertTrue(d.heldHtml() instanceof DeflatedText);
        assertEquals(r.html(), d.html());
        assertEquals(r.anchors(), d.anchors());
        assertSame(d, d.deflated());
    }

    @Test
    void aMarkdownResultGivesBackTheHtmlItWasMadeWith() {
        MarkdownResult r = new MarkdownResult("<h2 id=\"pay\">Pay – £</h2>", Set.of("pay"), List.of(), List.of());
        assertEquals("<h2 id=\"pay\">Pay – £</h2>", r.html());
        assertEquals(r, new MarkdownResult("<h2 id=\"pay\">Pay – £</h2>", Set.of("pay"), List.of(), List.of()));
    }
}
