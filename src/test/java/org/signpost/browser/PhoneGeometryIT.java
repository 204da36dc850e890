package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.signpost.TestSites;

/**
 * What a reader on a phone sees, measured in Chromium: every route map keeps each step inside
 * its own level's band at desktop and phone widths (from the drawn SVG, not the markup), no page
 * scrolls sideways at 320 px, and no text, chart and map text included, is drawn under 12 CSS px.
 */
class PhoneGeometryIT extends DemoSiteInChromium {
    static final int SMALLEST_TEXT = 12;

    static List<String> routeMaps() throws IOException {
        return DemoSite.pages().stream().filter(p -> p.matches("/routemaps/[a-z0-9-]+/") && !p.startsWith("/routemaps/page/")).toList();
    }

    @Test
    void everyRouteMapKeepsEachStepInsideItsOwnLevelsBandAtDesktopAndPhoneWidths() throws IOException {
        List<String> maps = routeMaps();
        assertTrue(maps.size() >= 8, "the demo's route maps: " + maps);
        assertEquals("", String.join("\n", atEachWidth(new int[] {1280, 375}, maps, () -> strings(browser.driver.executeScript(LEVELS)))));
    }

    @Test
    void theLevelCheckFindsAStepDrawnOutsideItsBand() {
        // Two overlapping bands and a level 3 step drawn in the entry band, as the old layout did.
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><title>t</title><svg class='routemap-svg' width='300' height='300'>"
                + "<rect class='band' data-level='entry' x='0' y='150' width='300' height='150'/><rect class='band' data-level='3' x='0' y='0' width='300' height='160'/>"
                + "<g class='node' data-level='3'><rect x='10' y='200' width='50' height='40'/></g></svg>");
        List<String> found = strings(browser.driver.executeScript(LEVELS));
        assertEquals(2, found.size(), String.valueOf(found));
        assertTrue(found.get(0).startsWith("bands entry and 3 overlap"), found.get(0));
        assertTrue(found.get(1).startsWith("a step at level 3"), found.get(1));
    }

    @Test
    void noPageScrollsSidewaysAt320PxAndNoTextIsDrawnUnder12CssPx() throws IOException {
        List<String> pages = new ArrayList<>(routeMaps());
        pages.addAll(List.of("/sectors/catering-hospitality/", "/routemaps/"));
        // and one page of every kind the site makes, as the screenshot review does
        DemoSiteBrowserIT.ONE_OF_EACH.values().stream().filter(p -> !pages.contains(p)).sorted().forEach(pages::add);
        assertEquals("", String.join("\n", atEachWidth(new int[] {320, 375}, pages, () -> {
            List<String> found = new ArrayList<>();
            Long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
            Long client = (Long) browser.driver.executeScript("return document.documentElement.clientWidth;");
            if (scroll > client) found.add("scrolls sideways (" + scroll + "px in " + client + "px)");
            found.addAll(strings(browser.driver.executeScript(SMALL_TEXT, SMALLEST_TEXT)));
            return found;
        })));
    }

    /** Opens each page at each width and runs the check there; what it finds, each line naming the page and width. */
    private static List<String> atEachWidth(int[] widths, List<String> pages, Supplier<List<String>> check) {
        List<String> problems = new ArrayList<>();
        try {
            for (int width : widths) {
                browser.resize(width, 900);
                for (String page : pages) {
                    browser.driver.get(browser.url(page));
                    for (String p : check.get()) problems.add(page + " at " + width + "px: " + p);
                }
            }
        } finally {
            browser.resize(1280, 900);
        }
        return problems;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @Test
    void theTextSizeCheckFindsSmallTextAndShrunkenSvgText() {
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><title>t</title><p style='font-size:16px'>Fine</p>"
                + "<p style='font-size:10px'>Tiny words</p><svg viewBox='0 0 1000 100' width='200'><text x='0' y='50' style='font-size:14px'>Shrunk</text></svg>");
        List<String> found = strings(browser.driver.executeScript(SMALL_TEXT, SMALLEST_TEXT));
        assertEquals(List.of("'Tiny words' is drawn at 10px", "'Shrunk' is drawn at 2.8px"), found);
    }

    /** Screenshots of the public-services map and a sector's charts, at phone and desktop widths, for review. */
    @Test
    void routeMapAndChartScreenshotsAreTakenAtPhoneAndDesktopWidths() throws IOException {
        Path dir = TestSites.root().resolve("target/screenshots");
        Files.createDirectories(dir);
        try {
            for (int width : new int[] {375, 1280}) {
                for (var shot : Map.of("routemap-public-services", List.of("/routemaps/public-services-land-routemap/", ".routemap-figure"),
                        "chart-catering-hospitality", List.of("/sectors/catering-hospitality/", "figure.chart")).entrySet()) {
                    browser.resize(width, 900);
                    browser.driver.get(browser.url(shot.getValue().get(0)));
                    // A window as tall as the page, so the element is drawn whole wherever it is.
                    browser.resize(width, (int) Math.min((Long) browser.driver.executeScript("return document.documentElement.scrollHeight;"), 4000));
                    var element = browser.driver.findElement(By.cssSelector(shot.getValue().get(1)));
                    byte[] png = element.getScreenshotAs(OutputType.BYTES);
                    Files.write(dir.resolve(shot.getKey() + "-" + width + ".png"), png);
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                    assertEquals(element.getSize().getHeight(), image.getHeight(), 2, shot.getKey() + " at " + width + "px is drawn whole");
                }
            }
        } finally {
            browser.resize(1280, 900);
        }
    }

    /**
     * The level geometry of every route map on the page, as drawn: bands (rect.band[data-level])
     * must not overlap, each level has one, and each step's box lies inside its own level's band.
     */
    static final String LEVELS = """
            const problems = [], slack = 0.5;
            const svgs = document.querySelectorAll('svg.routemap-svg');
            if (svgs.length === 0) problems.push('no route map drawn');
            for (const svg of svgs) {
              const bands = new Map();
              for (const band of svg.querySelectorAll('rect.band[data-level]')) {
                const r = band.getBoundingClientRect(), level = band.dataset.level;
                if (r.height <= 0 || r.width <= 0) problems.push('band ' + level + ' is not drawn');
                for (const [other, o] of bands) {
                  if (r.top < o.bottom - slack && o.top < r.bottom - slack)
                    problems.push('bands ' + other + ' and ' + level + ' overlap: ' + o.top + '..' + o.bottom + ' and ' + r.top + '..' + r.bottom);
                }
                if (bands.has(level)) problems.push('two bands for level ' + level);
                bands.set(level, r);
              }
              const steps = svg.querySelectorAll('.node[data-level]');
              if (steps.length === 0) problems.push('no steps drawn');
              for (const step of steps) {
                const s = step.querySelector('rect').getBoundingClientRect(), b = bands.get(step.dataset.level);
                const name = 'a step at level ' + step.dataset.level + ' (' + step.textContent.trim() + ')';
                if (!b) problems.push(name + ' has no band');
                else if (s.top < b.top - slack || s.bottom > b.bottom + slack || s.left < b.left - slack || s.right > b.right + slack)
                  problems.push(name + ' at y ' + s.top + '..' + s.bottom + ' is outside its band, y ' + b.top + '..' + b.bottom);
              }
            }
            return problems;
            """;

    /**
     * Every piece of drawn text and the size it is drawn at in CSS px: its computed font size,
     * times the scale of the SVG it is in (a viewBox shrinks text with the drawing).
     */
    static final String SMALL_TEXT = """
            const least = arguments[0], problems = [], seen = new Set();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent.trim(), el = node.parentElement;
              if (!text || !el || el.closest('script, style, title, desc, noscript, template')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
              if (rects.length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              if (el instanceof SVGElement && el.getScreenCTM) {
                const m = el.getScreenCTM();
                if (m) size *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
              }
              size = Math.round(size * 10) / 10;
              const line = "'" + text.slice(0, 40) + "' is drawn at " + size + 'px';
              if (size < least && !seen.has(line)) { seen.add(line); problems.push(line); }
            }
            return problems;
            """;
}
