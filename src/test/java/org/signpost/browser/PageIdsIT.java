package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        check(DemoSite.output(), DemoSiteBrowserIT.ONE_OF_EACH.values().stream().map(p -> p.replaceFirst("\\?.*", ""))
                .map(p -> p.endsWith("/") ? p.substring(1) + "index.html" : p.substring(1)).toList());
    }

    @Test
    void noFixturePageRepeatsAnIdOrLabelsByAMissingOne() throws IOException {
        check(TestSites.sites().resolve("fixture/expected"), List.of("index.html", "404.html", "careers/electrician/index.html",
                "routemaps/construction-map/index.html", "videos/day-with-an-electrician/index.html", "search/index.html"));
    }

    /** Checks every page under {@code out}, which must include {@code required} (one of each type, so none is missed). */
    private static void check(Path out, List<String> required) throws IOException {
        Map<String, byte[]> files = TestSites.files(out);
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            pages.add(f.getKey());
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
        assertEquals(List.of(), required.stream().filter(p -> !pages.contains(p)).toList(), "pages not found");
        assertEquals("", String.join("\n", problems));
    }
}
