package org.signpost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.content.Position;
import org.signpost.content.Problems;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Problems problems = new Problems();

    private MarkdownResult render(String md) {
        return renderer.render(md, 10, "content/guides/x.md", problems);
    }

    @Test
    void headingsGetAnchorsAndAttributesWork() {
        MarkdownResult r = render("## How much will I earn?\n\n## Pay {#pay .wide}\n");
        assertTrue(r.html().contains("<h2 id=\"how-much-will-i-earn\">How much will I earn?</h2>"), r.html());
        assertTrue(r.html().contains("id=\"pay\""), r.html());
        assertTrue(r.html().contains("class=\"wide\""), r.html());
        assertEquals(List.of("how-much-will-i-earn", "pay"), List.copyOf(r.anchors()));
    }

    @Test
    void tablesAndFootnotesRender() {
        MarkdownResult r = render("| A | B |\n|---|---|\n| 1 | 2 |\n\nText.[^n]\n\n[^n]: A note.\n");
        assertTrue(r.html().contains("<table class=\"table\">"), r.html());
        assertTrue(r.html().contains("<td>1</td>"), r.html());
        assertTrue(r.html().contains("class=\"footnotes\""), r.html());
        assertTrue(r.anchors().contains("fn-1"));
    }

    @Test
    void blockSyntaxPlacesItemsAndRecordsWhere() {
        MarkdownResult r = render("Intro.\n\n::video[day-one]\n\n  ::routemap[construction]\n");
        assertEquals(List.of(new MarkdownResult.Placement("video", "day-one", new Position(12, 1)),
                new MarkdownResult.Placement("routemap", "construction", new Position(14, 3))), r.placements());
        assertTrue(r.html().contains("<signpost-embed kind=\"video\" slug=\"day-one\"></signpost-embed>"), r.html());
    }

    @Test
    void blockSyntaxInsideCodeIsJustText() {
        MarkdownResult r = render("```\n::video[day-one]\n```\n");
        assertTrue(r.placements().isEmpty());
        assertTrue(r.html().contains("::video[day-one]"));
    }

    @Test
    void rawHtmlIsCleanedAndReported() {
        MarkdownResult r = render("<script>alert(1)</script>\n\nA <a href=\"/x/\" onclick=\"steal()\">link</a> and <iframe src=\"https://evil.example\"></iframe>.\n");
        assertFalse(r.html().contains("<script"), r.html());
        assertFalse(r.html().contains("onclick"), r.html());
        assertFalse(r.html().contains("<iframe"), r.html());
        assertTrue(r.html().contains("<a href=\"/x/\">link</a>"), r.html());
        assertEquals(3, problems.warningCount(), problems.sorted().toString());
    }

    @Test
    void javascriptLinksAreRemoved() {
        MarkdownResult r = render("[click](javascript:alert(1))\n");
        assertFalse(r.html().contains("javascript:"), r.html());
    }

    @Test
    void linksAreRecordedWithTheirPositions() {
        MarkdownResult r = render("First line.\n\nSee [a](/careers/a/) and [b][ref].\n\n[ref]: /careers/b/#pay\n");
        assertEquals(List.of(new MarkdownResult.LinkUse("/careers/a/", new Position(12, 5)),
                new MarkdownResult.LinkUse("/careers/b/#pay", new Position(12, 26))), r.links());
    }
}
