package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.signpost.TestSites;
import org.signpost.report.FixtureEvents;
import org.signpost.report.NdjsonEvents;
import org.signpost.report.ReportRun;

/**
 * The impact report from 20,000 fixture events on the demo site, in headless Chromium: axe-core
 * at WCAG 2.2 AA, no sideways scrolling of the page at 375 px (wide tables scroll in their own
 * focusable region), every chart with its sentence and table, and full-page screenshots in
 * target/screenshots/.
 */
class ReportBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void theReportIsAccessibleAtPhoneAndDesktopWidths() throws Exception {
        Path root = TestSites.root(), events = tmp.resolve("events.ndjson"), report = tmp.resolve("report");
        new FixtureEvents(2026, TestSites.fylde()).write(20_000, events); // the demo's Fylde Coast area: its schools, holidays and pages
        ReportRun.run(new NdjsonEvents(events, "events.ndjson"), TestSites.fylde(), LocalDate.of(2026, 12, 2), null, report, false);
        Path shots = Files.createDirectories(root.resolve("target/screenshots"));
        try (Browser browser = Browser.open(report, tmp.resolve("profile"))) {
            List<String> problems = new ArrayList<>();
            for (int width : new int[] {1280, 375}) {
                browser.resize(width, 900);
                browser.driver.get(browser.url("/index.html"));
                browser.axeViolations().forEach(v -> problems.add(width + " px: " + v));
                long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
                if (scroll > width) problems.add(width + " px: the page scrolls sideways (" + scroll + " px wide)");
                long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
                browser.resize(width, (int) Math.min(height + 140, 16_000));
                Files.write(shots.resolve("report-" + width + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            }
            assertEquals(List.of(), problems);
            int charts = browser.driver.findElements(By.cssSelector("svg.chart-svg[role=img]")).size();
            int tables = browser.driver.findElements(By.cssSelector("main table caption")).size();
            assertEquals(8, charts, "every table but the searches has a chart");
            assertTrue(tables >= 10, "every chart has its table beside it");
            assertEquals("Impact report, school year 2025 to 2026", browser.driver.findElement(By.tagName("h1")).getText());
        }
    }
}
