package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

/**
 * No page of the demo or the fixture has an id twice (a body heading "## Main" once took the skip
 * link's target), and every aria-labelledby names an id on its page. Needs no browser.
 */
class PageIdsIT {
    @Test
    void noDemoPageRepeatsAnIdOrLabelsByAMissingOne() throws IOException {
        check(DemoSite.output(), 200);
    }

    @Test
    void noFixturePageRepeatsAnIdOrLabelsByAMissingOne() throws IOException {
        check(TestSites.sites().resolve("fixture/expected"), 20);
    }

    private static void check(Path out, int atLeast) throws IOException {
        Map<String, byte[]> files = TestSites.files(out);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            pages++;
            Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            Map<String, Integer> ids = new HashMap<>();
            for (Element e : doc.select("[id]")) ids.merge(e.id(), 1, Integer::sum);
            ids.forEach((id, n) -> {
                if (n > 1) problems.add(f.getKey() + ": id '" + id + "' is used " + n + " times");
            });
            for (Element e : doc.select("[aria-labelledby]")) {
                for (String ref : e.attr("aria-labelledby").split("\\s+")) {
                    if (!ids.containsKey(ref)) problems.add(f.getKey() + ": aria-labelledby names missing id '" + ref + "'");
                }
            }
        }
        assertTrue(pages >= atLeast, "pages: " + pages);
        assertEquals("", String.join("\n", problems));
    }
}
