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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.signpost.TestSites;

/** The demo site in real headless Chromium: axe-core on every page, reflow, keyboard, the video facade, screenshots. */
class DemoSiteBrowserIT extends DemoSiteInChromium {
    /** One page of each type, for screenshots and reflow. */
    static final Map<String, String> ONE_OF_EACH = Map.ofEntries(
            Map.entry("home", "/"), Map.entry("career", "/careers/electrician/"), Map.entry("pathway", "/pathways/t-level-health/"),
            Map.entry("apprenticeship", "/apprenticeships/electrical-installation-level-3/"),
            Map.entry("vacancy", "/apprenticeships/electrical-apprentice-promenade-power/"), Map.entry("start", "/guides/in-year-11/"),
            Map.entry("employer", "/employers/promenade-power/"), Map.entry("video", "/videos/kayla-apprentice-electrician/"),
            Map.entry("routemap", "/routemaps/construction-routemap/"), Map.entry("sector", "/sectors/construction/"),
            Map.entry("guide", "/guides/t-levels-explained/"), Map.entry("page", "/privacy/"), Map.entry("list", "/apprenticeships/"),
            Map.entry("term", "/routes/digital/"), Map.entry("a-z", "/careers/a-z/"), Map.entry("404", "/404.html"),
            Map.entry("search", "/search/?q=electrician"), Map.entry("event", "/events/fylde-coast-careers-fair/"),
            Map.entry("events", "/events/"));

    @Test
    void everyPageHasNoAxeViolationsAtWcag22AA() throws IOException {
        List<String> pages = DemoSite.pages();
        List<String> types = ONE_OF_EACH.values().stream().map(p -> p.replaceFirst("\\?.*", "")).filter(p -> !pages.contains(p)).toList();
        assertEquals(List.of(), types, "pages of each type are among those checked");
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(browser.url(page));
            for (String v : browser.axeViolations()) violations.add(page + ": " + v);
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void axeFindsTheViolationsOfABrokenPage() {
        // A page with no language, an image without a text alternative and a nameless link: axe must say so.
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><title>t</title><main><img src='data:,'><a href='/'></a></main>");
        List<String> rules = browser.axeViolations().stream().map(v -> v.substring(0, v.indexOf(' '))).sorted().toList();
        assertEquals(List.of("html-has-lang", "image-alt", "link-name"), rules);
    }

    @Test
    void pagesReflowAt320CssPixelsWithoutSidewaysScrolling() {
        browser.resize(320, 800);
        try {
            List<String> wide = new ArrayList<>();
            for (String page : ONE_OF_EACH.values()) {
                browser.driver.get(browser.url(page));
                Long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
                Long width = (Long) browser.driver.executeScript("return document.documentElement.clientWidth;");
                if (scroll > width) wide.add(page + " is " + scroll + "px wide in a " + width + "px window");
            }
            assertEquals(List.of(), wide);
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void theSkipLinkComesFirstAndIsVisibleWhenFocused() {
        browser.driver.get(browser.url("/careers/electrician/"));
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        assertTrue(focused.isDisplayed() && focused.getRect().getX() >= 0, "skip link is on screen when focused");
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.driver.getCurrentUrl().endsWith("#main"));
    }

    @Test
    void aYouTubeFacadeContactsNoThirdPartyUntilTheViewerPlays() {
        for (String page : List.of("/videos/fixture-youtube-video/", "/videos/fixture-vimeo-video/")) {
            browser.driver.get(browser.url(page));
            assertEquals(0L, browser.driver.executeScript("return document.querySelectorAll('iframe').length;"), page);
            assertEquals(0L, thirdPartyRequests(), page + ": requests to other hosts before play");
            WebElement play = browser.driver.findElement(By.cssSelector("[data-video-facade] button"));
            assertTrue(play.getText().startsWith("Play the video here"), play.getText());
            play.click();
            WebElement frame = browser.driver.findElement(By.cssSelector("[data-video-facade] iframe"));
            assertTrue(frame.getAttribute("src").startsWith(page.contains("youtube") ? "https://www.youtube-nocookie.com/embed/aBcDeFgHiJk" : "https://player.vimeo.com/video/76979871"),
                    frame.getAttribute("src"));
            assertTrue(frame.getAttribute("title").startsWith("Video: Fixture"), "the player has a title");
        }
    }

    @Test
    void routeMapStepsTakeKeyboardFocusVisibly() {
        browser.driver.get(browser.url("/routemaps/construction-routemap/"));
        WebElement first = browser.driver.findElement(By.cssSelector(".routemap-svg a.node"));
        String before = (String) browser.driver.executeScript("return getComputedStyle(arguments[0].querySelector('rect')).fill;", first);
        // Tab from the map's scroll box into the diagram, as a keyboard user would.
        browser.driver.executeScript("document.querySelector('.routemap-scroll').focus();");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertTrue(focused.getAttribute("class").contains("node"), "focus moved into the map: " + focused.getTagName());
        String after = (String) browser.driver.executeScript("return getComputedStyle(arguments[0].querySelector('rect')).fill;", focused);
        assertEquals("rgb(255, 221, 0)", after, "focused step is highlighted");
        assertEquals("rgb(255, 255, 255)", before, "steps are white until focused");
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.driver.getCurrentUrl().contains("/careers/"), browser.driver.getCurrentUrl());
    }

    @Test
    void selfHostedVideosHaveCaptionsAndDoNotAutoplay() {
        browser.driver.get(browser.url("/videos/kayla-apprentice-electrician/"));
        WebElement video = browser.driver.findElement(By.tagName("video"));
        assertEquals(null, video.getAttribute("autoplay"));
        assertEquals("captions", browser.driver.findElement(By.cssSelector("video track")).getAttribute("kind"));
        assertTrue(browser.driver.findElement(By.id("video-transcript")).getText().contains("Transcript"));
    }

    /**
     * One page of each type at phone and desktop widths: no sideways scrolling, the header, main
     * and footer landmarks drawn, the one main heading on the first screen and not covered, every
     * image decoded, and the heading's text painted in the screenshot saved to target/screenshots/.
     */
    @Test
    void onePageOfEachTypeDrawsItsLandmarksAndHeadingAtPhoneAndDesktopWidths() throws IOException {
        Path dir = TestSites.root().resolve("target/screenshots");
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        try {
            for (int width : new int[] {375, 1280}) {
                for (var e : ONE_OF_EACH.entrySet()) {
                    browser.resize(width, SCREEN);
                    browser.driver.get(browser.url(e.getValue()));
                    String page = e.getValue() + " at " + width + "px: ";
                    loadLazyImages();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seen = (Map<String, Object>) browser.driver.executeScript(DRAWN);
                    for (Object problem : (List<?>) seen.get("problems")) problems.add(page + problem);
                    long height = Math.min((Long) seen.get("height"), 4000);
                    browser.resize(width, (int) height);
                    byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
                    Files.write(dir.resolve(e.getKey() + "-" + width + ".png"), png);
                    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
                    if (shot.getWidth() != width) problems.add(page + "the screenshot is " + shot.getWidth() + "px wide");
                    @SuppressWarnings("unchecked")
                    Map<String, Long> h1 = (Map<String, Long>) seen.get("h1");
                    if (h1 != null && colours(shot, h1) < 2) problems.add(page + "no text is painted where the heading is " + h1);
                }
            }
        } finally {
            browser.resize(1280, SCREEN);
        }
        assertEquals("", String.join("\n", problems));
    }

    static final int SCREEN = 900;

    /**
     * Video stills load lazily, as a phone scrolls to them; load them all now, so that every
     * image on the page, not only those on the first screen, is checked to decode.
     */
    private static void loadLazyImages() {
        browser.driver.executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> (Boolean) browser.driver.executeScript("return [...document.images].every(i => i.complete);"));
    }

    /** What the page draws in its first screen; the problems found, the page height and the main heading's box. */
    static final String DRAWN = """
            const problems = [], de = document.documentElement;
            if (de.scrollWidth > de.clientWidth) problems.push('scrolls sideways: ' + de.scrollWidth + 'px in ' + de.clientWidth + 'px');
            for (const sel of ['header.site-header', 'main#main', 'footer.site-footer']) {
              const el = document.querySelector(sel), r = el && el.getBoundingClientRect();
              if (!r || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') problems.push(sel + ' is not drawn');
            }
            const h1s = [...document.querySelectorAll('h1')];
            let box = null;
            if (h1s.length !== 1) problems.push(h1s.length + ' h1 elements');
            else {
              const h1 = h1s[0], r = h1.getBoundingClientRect();
              if (!document.querySelector('main').contains(h1)) problems.push('the h1 is outside main');
              if (r.height === 0 || r.top < 0 || r.bottom > innerHeight) problems.push('the h1 is not within the first screen: ' + r.top + '..' + r.bottom);
              else {
                const hit = document.elementFromPoint(r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2);
                if (!hit || !h1.contains(hit)) problems.push('the h1 is covered by ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing'));
                box = {x: Math.floor(r.left), y: Math.floor(r.top), w: Math.ceil(r.width), h: Math.ceil(r.height)};
              }
            }
            for (const img of document.images) {
              if (!img.complete || img.naturalWidth === 0) problems.push('image not decoded: ' + img.currentSrc);
            }
            return {problems, height: de.scrollHeight, h1: box};
            """;

    /** Distinct colours in a box of the screenshot: text drawn on a background gives many, an empty box one. */
    private static int colours(BufferedImage shot, Map<String, Long> box) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int x0 = box.get("x").intValue(), y0 = box.get("y").intValue();
        for (int y = Math.max(0, y0); y < Math.min(shot.getHeight(), y0 + box.get("h")); y++) {
            for (int x = Math.max(0, x0); x < Math.min(shot.getWidth(), x0 + box.get("w")); x++) seen.add(shot.getRGB(x, y));
        }
        return seen.size();
    }

    private static long thirdPartyRequests() {
        return (Long) browser.driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).hostname !== location.hostname).length;");
    }
}
