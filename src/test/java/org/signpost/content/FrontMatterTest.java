package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final FrontMatter frontMatter = new FrontMatter("~~~~~~");
    private final Problems problems = new Problems();

    @Test
    void yamlValuesKeepTheirPositionsAndTheBodyItsLine() {
        var parsed = frontMatter.parse("---\ntitle: \"Plumber\"\nlevels:\n  - 2\n  - 3\n---\nBody\n", "p.md", problems).orElseThrow();
        assertEquals("Plumber", parsed.header().map().get("title"));
        assertEquals(List.of(2L, 3L), parsed.header().map().get("levels"));
        assertEquals(new Position(2, 1), parsed.header().positions().get("title"));
        assertEquals(new Position(5, 5), parsed.header().positions().get("levels[1]"));
        assertEquals(7, parsed.bodyLine());
        assertEquals("Body\n", parsed.body());
    }

    @Test
    void datesStayTextForTheSchemaToRead() {
        var parsed = frontMatter.parse("---\ndate: 2026-11-22\n---\n", "p.md", problems).orElseThrow();
        assertEquals("2026-11-22", parsed.header().map().get("date"));
    }

    @Test
    void jbakeHeadersAreRead() {
        var parsed = frontMatter.parse("title=Plumber\ntags=water, heating\naudience=[\"young-people\"]\nstatus=published\n~~~~~~\n\n# Body\n", "p.md", problems).orElseThrow();
        assertEquals("Plumber", parsed.header().map().get("title"));
        assertEquals(List.of("water", "heating"), parsed.header().map().get("tags"));
        assertEquals(List.of("young-people"), parsed.header().map().get("audience"));
        assertEquals(new Position(4, 1), parsed.header().positions().get("status"));
        assertEquals(6, parsed.bodyLine());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aFileWithNoHeaderIsReported() {
        assertTrue(frontMatter.parse("# Just Markdown\n", "p.md", problems).isEmpty());
        assertEquals("p.md:1:1: error: no front matter: start the file with a '---' line, the fields, and another '---' line",
                problems.sorted().get(0).toString());
    }

    @Test
    void aTildeCodeFenceIsNotAJBakeHeader() {
        assertTrue(frontMatter.parse("Some text\n~~~~~~\ncode\n~~~~~~\n", "p.md", problems).isEmpty());
    }
}
