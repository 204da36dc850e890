package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

/** build --drafts and --base-url: a preview publishes drafts, marked, at another address; a plain build does neither. */
class PreviewOptionsTest extends CommandTest {
    private Path siteWithADraft() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Files.writeString(site.resolve("content/guides/choosing.md"), """
                ---
                title: "Choosing your options"
                summary: "How to weigh up courses and jobs."
                audience: [young-people]
                topic: t-levels
                date: 2026-11-01
                status: draft
                ---
                ## What should I think about?

                Think about what you enjoy.
                """);
        return site;
    }

    @Test
    void aPreviewPublishesDraftsMarkedAndLinksToItsOwnAddress() throws Exception {
        Path site = siteWithADraft(), out = tmp.resolve("preview");
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22", "-o", out.toString(),
                "--drafts", "--base-url", "https://preview-42.example.net/"), err.toString());
        String draft = Files.readString(out.resolve("guides/choosing/index.html"));
        assertTrue(draft.contains("<strong>Draft:</strong> this page is not published yet"), draft);
        assertTrue(draft.contains("https://preview-42.example.net/guides/choosing/"), "canonical and structured data use the preview's address");
        assertFalse(Files.readString(out.resolve("guides/t-levels/index.html")).contains("Draft:"), "a published page is not marked");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("https://preview-42.example.net/careers/electrician/"), sitemap);
        assertFalse(sitemap.contains("https://fixture.example/"), sitemap);
    }

    @Test
    void aPlainBuildLeavesDraftsOutAndABadAddressIsOneLine() throws Exception {
        Path site = siteWithADraft(), out = tmp.resolve("out");
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-22", "-o", out.toString()), err.toString());
        assertFalse(Files.exists(out.resolve("guides/choosing/index.html")));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("https://fixture.example/"));
        assertEquals(2, run("build", "--site", site.toString(), "--today", "2026-11-22", "-o", out.toString(), "--base-url", "//evil.example"));
        assertTrue(err.toString().contains("signpost: '--base-url' cannot be '//evil.example'"), err.toString());
    }
}
