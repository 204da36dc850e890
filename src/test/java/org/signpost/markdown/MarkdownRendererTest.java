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

    @Test
    void aCommentBlockCannotCarryAScriptPastTheCleanerAnywhere() {
        String payload = "<!-- x --><script>alert(1)</script>";
        for (String md : List.of(payload + "\n", "> " + payload + "\n", "- " + payload + "\n", "1. a\n\n   " + payload + "\n",
                "| a |\n|---|\n| " + payload + " |\n", "Text " + payload + "\n", "<!-- x -->\n<img src=x onerror=alert(1)>\n")) {
            MarkdownResult r = render(md);
            assertFalse(r.html().contains("<script") || r.html().contains("onerror") || r.html().contains("alert"), md + " gave " + r.html());
        }
    }

    @Test
    void thousandsOfLinksInOneParagraphAreRefusedAtOnce() {
        long start = System.nanoTime();
        MarkdownResult r = render("Intro.\n\n" + "[a](/careers/a/) ".repeat(8000) + "\n");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals("", r.html());
        assertEquals(List.of("content/guides/x.md:12:1: error: paragraph has more than 1000 links or brackets; the limit is 1000 in one paragraph, so split it up"),
                problems.sorted().stream().map(Object::toString).toList());
        problems.sorted().clear();
        assertEquals(1000, render("[a](/b/) ".repeat(500) + "\n\n" + "[a](/b/) ".repeat(500) + "\n").links().size(), "the limit is per paragraph");
    }

    @Test
    void deepNestingIsRefusedWithTheLineAndTheLimit() {
        long start = System.nanoTime();
        render("Fine.\n\n" + ">".repeat(20_000) + " x\n");
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 40; i++) lists.append("  ".repeat(i)).append("- x\n");
        render(lists.toString());
        render("> ".repeat(32) + "thirty-two is fine\n");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals(List.of("content/guides/x.md:12:1: error: block quotes or lists are nested 20000 deep; the limit is 32",
                "content/guides/x.md:42:1: error: block quotes or lists are nested 33 deep; the limit is 32"),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void whatStillOverflowsTheStackBecomesAProblemNotACrash() {
        MarkdownResult r = render("*".repeat(20_000) + "a" + "*".repeat(20_000) + "\n");
        assertEquals("", r.html());
        assertEquals(1, problems.errorCount(), problems.sorted().toString());
    }

    @Test
    void headingsThatClashWithTheTemplatesIdsOrEachOtherGetASuffix() {
        MarkdownResult r = renderer.render("## Main\n\n## Skills\n\n## How much will I earn?\n\n<p id=\"skills\">x</p>\n", 10, "content/careers/x.md",
                java.util.Set.of("main", "skills"), problems);
        assertEquals(List.of("main-1", "skills-1", "how-much-will-i-earn", "skills-2"), List.copyOf(r.anchors()));
        assertTrue(r.html().contains("<h2 id=\"main-1\">Main</h2>"), r.html());
        assertEquals(List.of(
                "content/careers/x.md:10:1: warning: id 'main' is also used by the page template, so here it becomes 'main-1'; link to #main-1 or give the heading another name",
                "content/careers/x.md:12:1: warning: id 'skills' is also used by the page template, so here it becomes 'skills-1'; link to #skills-1 or give the heading another name",
                "content/careers/x.md:16:1: warning: id 'skills' is also used by the page template, so here it becomes 'skills-2'; link to #skills-2 or give the heading another name"),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void mediaFromAnotherHostIsRecordedAndStrippedUnlessItsHostIsListed() {
        MarkdownRenderer listed = new MarkdownRenderer(new org.signpost.html.HtmlSanitizer(java.util.Set.of("media.example")), type -> java.util.Set.of());
        String md = "![a](https://tracker.example/p.gif) ![b](//tracker.example/q.gif) ![c](https://media.example/ok.png) ![d](/media/own.png)\n";
        MarkdownResult r = listed.render(md, 1, "x.md", problems);
        assertEquals(List.of(true, true, true, true), r.links().stream().map(MarkdownResult.LinkUse::media).toList());
        assertFalse(r.html().contains("tracker.example"), r.html());
        assertTrue(r.html().contains("src=\"https://media.example/ok.png\"") && r.html().contains("src=\"/media/own.png\""), r.html());
    }
}
