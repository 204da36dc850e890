package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signpost.TestSites;
import org.signpost.serve.JettyServer;
import org.signpost.serve.StaticFiles;

/**
 * A school's page, served from a second origin (another port), embeds a career with the snippets
 * the site's "Embed this" panel gives: once with embed.js and once as a plain iframe.
 */
class EmbedBrowserIT extends DemoSiteInChromium {
    @TempDir
    static Path schoolDir;
    static JettyServer school;
    static final Path SHOTS = TestSites.root().resolve("target/screenshots");

    @BeforeAll
    static void schoolSite() throws IOException {
        String career = new String(Files.readAllBytes(DemoSite.output().resolve("careers/electrician/index.html")));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(career);
        String site = browser.url("");
        UnaryOperator<String> fill = s -> s.replace("https://careers.example.org", site).replace("URN", "123456");
        write("script.html", fill.apply(page.getElementById("embed-this-script").text()));
        write("iframe.html", fill.apply(page.getElementById("embed-this-iframe").text()));
        write("wordpress.html", wordpress(site + "/embed/careers/electrician/"));
        for (var kind : KINDS.entrySet()) {
            write(kind.getKey() + ".html", "<div data-signpost=\"" + kind.getValue() + "\"><a href=\"" + site + kind.getValue() + "\">" + kind.getKey()
                    + "</a></div>\n<script src=\"" + site + "/js/embed.js\" async></script>");
        }
        school = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new StaticFiles(schoolDir, UnaryOperator.identity()), System.err::println);
        Files.createDirectories(SHOTS);
    }

    /** A plain school page around the snippet, with a listener that records every message it gets. */
    static void write(String name, String snippet) throws IOException {
        write(schoolDir, name, snippet);
    }

    static void write(Path dir, String name, String snippet) throws IOException {
        Files.writeString(dir.resolve(name), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Careers at Our School</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body style=\"margin:0 8px\"><h1>Careers at Our School</h1>\n"
                + snippet + "\n<p id=\"after\">Below the embed.</p></body></html>");
    }

    /**
     * What WordPress makes of the oEmbed response: a sandboxed iframe with a secret, and (standing
     * in for wp-embed.js) a listener that takes only messages with that secret from that frame,
     * clamps heights to 200 to 1,000 px and follows links to the frame's host.
     */
    static String wordpress(String src) {
        return "<blockquote class=\"wp-embedded-content\" data-secret=\"abcDEF1234\"><a href=\"" + src + "\">Electrician</a></blockquote>"
                + "<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\" title=\"Electrician\" width=\"600\" height=\"338\""
                + " src=\"" + src + "#?secret=abcDEF1234\" data-secret=\"abcDEF1234\"></iframe>\n<script>window.messages = [];"
                + "addEventListener('message', e => { const f = document.querySelector('iframe'), d = e.data;"
                + " if (!d || d.secret !== f.dataset.secret || e.source !== f.contentWindow) return; messages.push(d);"
                + " if (d.message === 'height') f.height = Math.min(Math.max(d.value, 200), 1000);"
                + " if (d.message === 'link' && new URL(d.value).host === new URL(f.src).host) top.location.href = d.value; });</script>";
    }

    /** One page of each kind a school embeds, besides a career: a route map, a video, search and a filtered list. */
    static final Map<String, String> KINDS = Map.of("routemap", "/routemaps/construction-routemap/", "video", "/videos/a-day-at-mirror-image-salons/",
            "search", "/search/", "list", "/levels/3/");

    @AfterAll
    static void stopSchool() {
        if (school != null) school.close();
    }

    String schoolUrl(String file) {
        return "http://127.0.0.1:" + school.port() + "/" + file;
    }

    @Test
    void embedJsSizesTheFrameToItsContentAtPhoneAndDesktopWidths() throws Exception {
        atPhoneAndDesktop(width -> {
            browser.driver.get(schoolUrl("script.html"));
            WebElement frame = waitFor(() -> browser.driver.findElements(By.cssSelector("[data-signpost] iframe")).stream().findFirst().orElse(null));
            assertEquals("Electrician, from 127.0.0.1:" + browser.url("").replaceAll(".*:", ""), frame.getAttribute("title"));
            assertEquals("lazy", frame.getAttribute("loading"));
            assertTrue(browser.driver.findElement(By.cssSelector("[data-signpost] > a")).isDisplayed(), "the link stays as the fallback");
            assertFitsContent(frame, width);
            Files.write(SHOTS.resolve("embed-school-script-" + width + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        });
    }

    /**
     * Where a school's CMS strips scripts, the iframe alone is 600 px tall and scrolls inside, until
     * the browser sizes it to its content from the CSS frame-sizing the snippet sets.
     */
    @Test
    void aPlainIframeIsAFixedHeightThatScrollsInsideOrFitsItsContent() throws Exception {
        atPhoneAndDesktop(width -> {
            browser.driver.get(schoolUrl("iframe.html"));
            WebElement frame = browser.driver.findElement(By.tagName("iframe"));
            // Debian's Chromium 156 parses frame-sizing but does not yet take the page's opt-in
            // (requestResize() says the meta tag is missing), so the frame keeps its 600 px.
            waitFor(() -> frame.getSize().getHeight() > 0 ? true : null);
            if (frame.getSize().getHeight() != 600) {
                assertFitsContent(frame, width);
                return;
            }
            browser.driver.switchTo().frame(frame);
            try {
                waitFor(() -> browser.driver.findElements(By.cssSelector(".embed-header")).isEmpty() ? null : true);
                assertTrue((Boolean) browser.driver.executeScript("const d = document.scrollingElement;"
                        + "d.scrollTop = d.scrollHeight; return d.scrollTop > 0 && d.scrollHeight > d.clientHeight;"), "the frame scrolls inside");
            } finally {
                browser.driver.switchTo().defaultContent();
            }
        });
    }

    @Test
    void theSchoolCodeIsKeptAndALinkOpensTheFullSiteInTheWholeWindow() {
        browser.driver.get(schoolUrl("script.html"));
        WebElement frame = waitFor(() -> browser.driver.findElements(By.cssSelector("[data-signpost] iframe")).stream().findFirst().orElse(null));
        assertTrue(frame.getAttribute("src").endsWith("/embed/careers/electrician/?school=123456"), frame.getAttribute("src"));
        browser.driver.switchTo().frame(frame);
        waitFor(() -> "123456".equals(browser.driver.executeScript("return document.documentElement.dataset.school")) ? true : null);
        WebElement full = browser.driver.findElement(By.cssSelector(".embed-full"));
        assertEquals(browser.url("/careers/electrician/?school=123456"), full.getAttribute("href"));
        full.click();
        browser.driver.switchTo().defaultContent();
        waitFor(() -> browser.driver.getCurrentUrl().equals(browser.url("/careers/electrician/?school=123456")) ? true : null);
        assertTrue(browser.driver.findElements(By.cssSelector(".site-header")).size() == 1, "the full site, not inside the frame");
    }

    @Test
    void insideWordPresssSandboxThePageReportsItsHeightAndOpensLinksThroughWordPress() {
        browser.driver.get(schoolUrl("wordpress.html"));
        WebElement frame = browser.driver.findElement(By.tagName("iframe"));
        waitFor(() -> "1000".equals(frame.getAttribute("height")) ? true : null); // the career is longer than WordPress's 1,000 px
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> got = (List<Map<String, Object>>) browser.driver.executeScript("return messages");
        assertEquals("height", got.get(0).get("message"));
        assertEquals("abcDEF1234", got.get(0).get("secret"));
        assertTrue(((Number) got.get(0).get("value")).intValue() > 1000, "the page's whole height: " + got.get(0));
        browser.driver.switchTo().frame(frame);
        browser.driver.findElement(By.cssSelector(".embed-full")).click();
        browser.driver.switchTo().defaultContent();
        waitFor(() -> browser.driver.getCurrentUrl().equals(browser.url("/careers/electrician/")) ? true : null);
    }

    @Test
    void aRouteMapAVideoSearchAndAListEachFitTheirFrame() throws Exception {
        atPhoneAndDesktop(width -> {
            for (String kind : KINDS.keySet()) {
                browser.driver.get(schoolUrl(kind + ".html"));
                WebElement frame = waitFor(() -> browser.driver.findElements(By.cssSelector("[data-signpost] iframe")).stream().findFirst().orElse(null));
                assertFitsContent(frame, width);
            }
        });
    }

    @Test
    void searchWorksInsideTheEmbedAndTheFrameGrowsWithTheResults() {
        browser.driver.get(schoolUrl("search.html"));
        WebElement frame = waitFor(() -> browser.driver.findElements(By.cssSelector("[data-signpost] iframe")).stream().findFirst().orElse(null));
        assertFitsContent(frame, 1280);
        long before = frame.getSize().getHeight();
        browser.driver.switchTo().frame(frame);
        try {
            browser.driver.findElement(By.id("search-q")).sendKeys("nurse");
            waitFor(() -> browser.driver.findElements(By.cssSelector(".search-results .card-title")).isEmpty() ? null : true);
        } finally {
            browser.driver.switchTo().defaultContent();
        }
        assertFitsContent(frame, 1280);
        assertTrue(frame.getSize().getHeight() > before, "the frame grew with the results: " + before + " to " + frame.getSize().getHeight());
    }

    /**
     * The site served as Cloudflare Pages would serve it with the _headers file the build writes:
     * a listed school may frame the embed pages and nothing else, and an unlisted one nothing.
     */
    @Test
    void theHostHeadersLetOnlyAListedSchoolFrameOnlyTheEmbedPages() throws Exception {
        String schoolOrigin = "http://127.0.0.1:" + school.port();
        JettyServer listed = headered(List.of(schoolOrigin)), unlisted = headered(List.of());
        try {
            String plain = browser.url("");
            String on = "http://127.0.0.1:" + listed.port(), off = "http://127.0.0.1:" + unlisted.port();
            List<String> srcs = List.of(on + "/embed/careers/electrician/", on + "/careers/electrician/", off + "/embed/careers/electrician/",
                    plain + "/careers/electrician/");
            StringBuilder frames = new StringBuilder();
            for (String src : srcs) frames.append("<iframe src=\"").append(src).append("\" title=\"t\" width=\"300\" height=\"200\"></iframe>");
            write("framed.html", frames.toString());
            browser.driver.get(schoolUrl("framed.html"));
            List<WebElement> iframes = browser.driver.findElements(By.tagName("iframe"));
            assertTrue(waitShows(iframes.get(0), ".embed-header"), "a listed school may frame an embed page");
            assertTrue(waitShows(iframes.get(3), ".site-header"), "without headers any site may frame any page (the control)");
            assertFalse(shows(iframes.get(1), ".site-header"), "a full page refuses every other site's frame");
            assertFalse(shows(iframes.get(2), ".embed-header"), "the default allows https sites only, not this http one");
        } finally {
            listed.close();
            unlisted.close();
        }
    }

    /** A live list on a school page, read across origins from /api/v1 (the headers allow it), with school-coded links. */
    @Test
    void aLiveListShowsTheOpenItemsThatMatch() throws Exception {
        JettyServer site = headered(List.of());
        try {
            String on = "http://127.0.0.1:" + site.port();
            write("list-live.html", "<div data-signpost-list=\"apprenticeships\" data-route=\"health-science\" data-limit=\"3\" data-school=\"123456\">"
                    + "<a href=\"" + on + "/apprenticeships/\">Apprenticeships</a></div><script src=\"" + on + "/js/embed.js\" async></script>");
            browser.driver.get(schoolUrl("list-live.html"));
            List<WebElement> links = waitFor(() -> {
                List<WebElement> found = browser.driver.findElements(By.cssSelector("[data-signpost-list] ul a"));
                return found.isEmpty() ? null : found;
            });
            assertTrue(links.size() <= 3, "limit");
            com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(DemoSite.output().resolve("api/v1/apprenticeships.json").toFile());
            List<String> expected = new java.util.ArrayList<>();
            for (var item : api.path("items")) {
                if (expected.size() < 3 && item.path("route").toString().contains("\"health-science\"")) expected.add(on + item.path("url").asText() + "?school=123456");
            }
            assertEquals(expected, links.stream().map(a -> a.getAttribute("href")).toList());
            assertTrue(browser.driver.findElement(By.cssSelector("[data-signpost-list] > a")).isDisplayed(), "the link stays");
        } finally {
            site.close();
        }
    }

    /** The demo site behind the headers HostHeaders writes for these allowed origins. */
    static JettyServer headered(List<String> origins) throws IOException {
        org.signpost.content.SiteConfig config = new org.signpost.content.SiteConfig("Site", "", "https://careers.example.org", "en-GB", "", Map.of(),
                "Site", 50, org.signpost.content.Analytics.NONE, origins, "~~~~~~", 50, List.of(), Map.of());
        org.signpost.HeadersFile rules = new org.signpost.HeadersFile(new org.signpost.render.HostHeaders(config).netlify());
        org.eclipse.jetty.server.Handler files = new StaticFiles(DemoSite.output(), UnaryOperator.identity());
        org.eclipse.jetty.server.Handler withHeaders = new org.eclipse.jetty.server.Handler.Wrapper(files) {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) throws Exception {
                rules.headersFor(org.eclipse.jetty.server.Request.getPathInContext(request)).forEach((k, v) -> response.getHeaders().add(k, v));
                return super.handle(request, response, callback);
            }
        };
        return JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), withHeaders, System.err::println);
    }

    private boolean waitShows(WebElement frame, String selector) {
        try {
            return waitFor(() -> shows(frame, selector) ? true : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private boolean shows(WebElement frame, String selector) {
        browser.driver.switchTo().frame(frame);
        try {
            return !browser.driver.findElements(By.cssSelector(selector)).isEmpty();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    @Test
    void aHeightMessageFromAnotherOriginOrWindowIsIgnored() {
        browser.driver.get(schoolUrl("script.html"));
        WebElement frame = waitFor(() -> browser.driver.findElements(By.cssSelector("[data-signpost] iframe")).stream().findFirst().orElse(null));
        waitFor(() -> frame.getAttribute("style").contains("height:") ? true : null);
        long before = frame.getSize().getHeight();
        // The school page (another origin) and the frame's own window pretending from the school page.
        browser.driver.executeScript("window.postMessage({type: 'signpost:height', height: 50}, '*');"
                + "arguments[0].contentWindow.postMessage({type: 'signpost:height', height: 60}, '*');", frame);
        browser.driver.executeScript("return new Promise(r => setTimeout(r, 300))");
        assertEquals(before, frame.getSize().getHeight(), "a message not from the site's origin and frame changed the height");
        assertTrue(before > 300, "the frame had been sized: " + before);
    }

    @Test
    void anEmbedPageAndTheEmbedThisPanelHaveNoAxeViolations() throws Exception {
        atPhoneAndDesktop(width -> {
            browser.driver.get(browser.url("/embed/careers/electrician/"));
            assertEquals(List.of(), browser.axeViolations(), "embed page at " + width);
            browser.resize(width, (int) Math.min(4000, (Long) browser.driver.executeScript("return document.documentElement.scrollHeight")));
            Files.write(SHOTS.resolve("embed-page-" + width + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            browser.resize(width, 900);
            browser.driver.get(browser.url("/careers/electrician/"));
            WebElement summary = browser.driver.findElement(By.cssSelector(".embed-this summary"));
            summary.sendKeys(Keys.ENTER);
            assertEquals("true", browser.driver.findElement(By.cssSelector(".embed-this")).getDomAttribute("open") == null ? "false" : "true");
            assertEquals(List.of(), browser.axeViolations(), "panel at " + width);
            browser.driver.executeScript("arguments[0].scrollIntoView()", summary);
            Files.write(SHOTS.resolve("embed-panel-" + width + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        });
    }

    @Test
    void theCopyButtonWorksByKeyboardAndSaysCopied() {
        browser.driver.setPermission("clipboard-write", "granted");
        browser.driver.get(browser.url("/careers/electrician/"));
        browser.driver.findElement(By.cssSelector(".embed-this summary")).sendKeys(Keys.ENTER);
        WebElement button = browser.driver.findElement(By.cssSelector("[data-copy=embed-this-iframe]"));
        assertTrue(button.isDisplayed(), "the copy button shows where the clipboard can be used");
        // Record what is written (reading the clipboard back needs a permission headless Chromium does not grant).
        browser.driver.executeScript("const c = navigator.clipboard, write = c.writeText.bind(c);"
                + "c.writeText = t => { window.copied = t; return write(t); };");
        button.sendKeys(Keys.ENTER);
        WebElement status = browser.driver.findElement(By.cssSelector(".embed-this [role=status]"));
        waitFor(() -> status.getText().isEmpty() ? null : true);
        assertEquals("Copied", status.getText());
        Object copied = browser.driver.executeScript("return window.copied");
        assertTrue(String.valueOf(copied).startsWith("<iframe src=\"https://careers.example.org/embed/careers/electrician/?school=URN\""), String.valueOf(copied));
    }

    interface AtWidth {
        void check(int width) throws Exception;
    }

    /** Runs a check with the window at a phone's width and then a desktop's, and leaves it at the desktop's. */
    private static void atPhoneAndDesktop(AtWidth check) throws Exception {
        try {
            for (int width : new int[] {375, 1280}) {
                browser.resize(width, 900);
                check.check(width);
            }
        } finally {
            browser.resize(1280, 900);
        }
    }

    /** The frame is as tall as the page inside it (to a pixel), and that page has no scrollbar of its own. */
    private void assertFitsContent(WebElement frame, int width) {
        String where = frame.getAttribute("src") + " at " + width + "px";
        browser.driver.switchTo().frame(frame);
        try {
            waitFor(() -> browser.driver.findElements(By.cssSelector(".embed-header")).isEmpty() ? null : true);
        } finally {
            browser.driver.switchTo().defaultContent();
        }
        try {
            waitFor(() -> {
                Map<String, Long> m = inner(frame);
                return Math.abs(m.get("content") - frame.getSize().getHeight()) <= 1 && m.get("scroll") <= m.get("client") ? true : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(where + ": frame " + frame.getSize().getHeight() + "px, inside " + inner(frame), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> inner(WebElement frame) {
        browser.driver.switchTo().frame(frame);
        try {
            return (Map<String, Long>) browser.driver.executeScript("const d = document.documentElement;"
                    + "return {content: Math.ceil(d.getBoundingClientRect().height), scroll: d.scrollHeight, client: d.clientHeight};");
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    private static <T> T waitFor(java.util.function.Supplier<T> found) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> found.get());
    }
}
