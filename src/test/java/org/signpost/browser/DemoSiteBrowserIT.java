package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.signpost.TestSites;

/** The demo site in real headless Chromium: axe-core on every page, reflow, keyboard, the video facade, screenshots. */
class DemoSiteBrowserIT {
    /** One page of each type, for screenshots and reflow. */
    static final Map<String, String> ONE_OF_EACH = Map.ofEntries(
            Map.entry("home", "/"), Map.entry("career", "/careers/electrician/"), Map.entry("pathway", "/pathways/t-level-health/"),
            Map.entry("apprenticeship", "/apprenticeships/electrical-installation-level-3/"),
            Map.entry("employer", "/employers/promenade-power/"), Map.entry("video", "/videos/kayla-apprentice-electrician/"),
            Map.entry("routemap", "/routemaps/construction-routemap/"), Map.entry("sector", "/sectors/construction/"),
            Map.entry("guide", "/guides/t-levels-explained/"), Map.entry("page", "/privacy/"), Map.entry("list", "/apprenticeships/"),
            Map.entry("term", "/routes/digital/"), Map.entry("a-z", "/careers/a-z/"), Map.entry("404", "/404.html"),
            Map.entry("search", "/search/?q=electrician"));

    @TempDir
    static Path profile;
    static Browser browser;
    static String axe;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(DemoSite.output(), profile);
        Path axeFile = TestSites.root().resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(axeFile) && "true".equals(System.getenv("CI"))) fail("axe-core is missing: CI must run npm ci");
        axe = Files.exists(axeFile) ? Files.readString(axeFile) : null;
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    @Test
    void everyPageHasNoAxeViolationsAtWcag22AA() throws IOException {
        assumeTrue(axe != null, "Skipping axe: run npm ci to install axe-core");
        List<String> pages = DemoSite.pages();
        assertTrue(pages.size() > 200, "pages: " + pages.size());
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(browser.url(page));
            for (String v : browser.axeViolations(axe)) violations.add(page + ": " + v);
        }
        assertEquals(List.of(), violations);
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

    @Test
    void screenshotsOfOnePageOfEachTypeAtPhoneAndDesktopWidths() throws IOException {
        Path dir = TestSites.root().resolve("target/screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {375, 1280}) {
            browser.resize(width, 900);
            for (var e : ONE_OF_EACH.entrySet()) {
                browser.driver.get(browser.url(e.getValue()));
                long height = (Long) browser.driver.executeScript("return Math.min(document.documentElement.scrollHeight, 4000);");
                browser.resize(width, (int) height);
                Path shot = dir.resolve(e.getKey() + "-" + width + ".png");
                Files.write(shot, browser.driver.getScreenshotAs(OutputType.BYTES));
                assertTrue(Files.size(shot) > 5000, shot.toString());
                browser.resize(width, 900);
            }
        }
        browser.resize(1280, 900);
    }

    private static long thirdPartyRequests() {
        return (Long) browser.driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).hostname !== location.hostname).length;");
    }
}
