package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's second area, Stoke-on-Trent and Staffordshire, in real headless Chromium: axe-core
 * at WCAG 2.2 AA on every page, and not one request to another host. (LinkCrawlIT crawls its links.)
 */
class SecondAreaBrowserIT {
    @TempDir
    static Path profile;
    static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(DemoSite.stoke(), profile);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        browser = null;
    }

    @Test
    void everyPageHasNoAxeViolationsAndAsksNoOtherHost() throws IOException {
        List<String> pages = DemoSite.pages(DemoSite.stoke());
        assertTrue(pages.contains("/careers/electrician/") && pages.contains("/employers/") && pages.contains("/routemaps/"), "the area's pages were built");
        List<String> violations = new ArrayList<>(), otherHosts = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(browser.url(page));
            for (String v : browser.axeViolations()) violations.add(page + ": " + v);
            Object asked = browser.driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(e => e.name).filter(n => new URL(n).hostname !== location.hostname);");
            if (asked instanceof List<?> hosts && !hosts.isEmpty()) otherHosts.add(page + ": " + hosts);
        }
        assertEquals(List.of(), violations);
        assertEquals(List.of(), otherHosts);
    }
}
