package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSite;
import org.signpost.content.Item;
import org.signpost.content.ItemParser;
import org.signpost.content.Problems;
import org.signpost.content.Schema;
import org.signpost.content.Site;

/** What search indexes of a page's fields follows its type's search role in types.yml. */
class PageFieldsTest {
    final Site fixture = TestSite.fixture().site();

    private Item item(String url) {
        return fixture.items().stream().filter(i -> i.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void detailsAreTheFieldsTheRoleNamesAndNothingElse() {
        // video: search.details [job_role]; its file paths (src, captions) are not words anyone searches for.
        assertEquals("Electrician", PageFields.details(item("/videos/day-with-an-electrician/")));
        String career = PageFields.details(item("/careers/electrician/"));
        assertTrue(career.contains("A T Level in Building Services Engineering.") && career.contains("safety"), career);
        assertTrue(!career.contains("sparky"), "alt_titles are titles, not details: " + career);
    }

    @Test
    void keywordsAreTheTagsAndTheFieldsTheRoleAdds(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("types.yml"), """
                types:
                  podcast:
                    folder: podcasts
                    label: Podcast
                    plural: Podcasts
                    search: {keywords: [topics]}
                    fields:
                      topics:  {kind: list, of: {kind: string}}
                      guest:   {kind: string}
                      notes:   {kind: object, fields: {before: {kind: text}, code: {kind: string, pattern: "P[0-9]+"}}}
                      minutes: {kind: int}
                """);
        Item podcast = podcast(site, """
                ---
                title: Welding stories
                summary: Welders talk.
                audience: [young-people]
                tags: [metal]
                topics: [welding, fabrication]
                guest: Sam Jones
                notes: {before: "Listen first.", code: P12}
                minutes: 20
                ---
                """);
        assertEquals("metal\nwelding\nfabrication", PageFields.keywords(podcast));
        // No details named: every plain-text field no other role takes, codes and numbers left out.
        assertEquals("Sam Jones\nListen first.", PageFields.details(podcast));
    }

    private static Item podcast(Path site, String text) {
        Problems problems = new Problems();
        Schema schema = Schema.load(site, Map.of(), problems);
        Item item = new ItemParser(schema, "~~~~~~").parse(text, "content/podcasts/welding.md", "podcasts", "welding", problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return item;
    }
}
