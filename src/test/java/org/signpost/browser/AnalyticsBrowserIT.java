package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signpost.analytics.Event;
import org.signpost.serve.StaticFiles;

/**
 * The page script on the demo site counting with provider signpost, in headless Chromium, with
 * {@code /collect} passed to a real collector (SQLite) that checks every beacon: each event fires
 * once with the right payload; a school's embed, by embed.js or WordPress's sandboxed frame on
 * another origin, brings its school code; nothing fires under Do Not Track, Global Privacy
 * Control or after the opt-out; no cookie or storage entry is left; no request leaves this machine.
 */
class AnalyticsBrowserIT {
    private static final String SCHOOL = "119234", CAMPAIGN = "year11-2027";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path profiles;

    private CollectorProxy collector;

    /** The demo site with analytics on, its /collect passed to a real collector storing in SQLite. */
    private Browser open(String name, Consumer<ChromeOptions> tweak) throws Exception {
        collector = new CollectorProxy(new StaticFiles(DemoSite.withAnalytics(), UnaryOperator.identity()), profiles.resolve(name + ".db"));
        Browser b = Browser.open(collector, profiles.resolve(name), options -> {
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            tweak.accept(options);
        });
        collector.start(b.port);
        return b;
    }

    @org.junit.jupiter.api.AfterEach
    void stopCollector() {
        if (collector != null) collector.close();
    }

    @Test
    void eachEventFiresOnceWithItsPayloadAndLeavesNothingBehind() throws Exception {
        try (Browser b = open("session", o -> {})) {
            List<String> requests = new ArrayList<>();

            Event view = only(step(b, requests, () -> b.driver.get(b.url("/careers/electrician/?school=" + SCHOOL + "&campaign=" + CAMPAIGN)), 1));
            WebElement main = b.driver.findElement(By.tagName("main"));
            assertEquals(Event.PAGEVIEW, view.type());
            assertEquals("/careers/electrician/", view.path());
            assertEquals(SCHOOL, view.school());
            assertEquals(CAMPAIGN, view.campaign());
            assertEquals("career", view.contentType());
            assertEquals(main.getAttribute("data-route"), view.route());
            assertEquals(Boolean.valueOf(main.getAttribute("data-sample")), view.sample());
            assertTrue(view.visit(), "no referrer: a visit");
            assertFalse(view.embed());

            // School and campaign reach the next page by the link clicked, and only in memory.
            Event search = only(step(b, requests, () -> b.driver.executeScript("document.querySelector('a[href=\"/search/\"]').click()"), 1));
            assertEquals("/search/", search.path());
            assertEquals(SCHOOL, search.school());
            assertEquals(CAMPAIGN, search.campaign());
            assertFalse(search.visit(), "from this site: not a visit");

            Event typed = only(step(b, requests, () -> {
                WebElement box = b.driver.findElement(By.id("search-q"));
                box.sendKeys("Electrician");
                box.sendKeys(Keys.ENTER);
            }, 1));
            assertEquals(Event.SEARCH, typed.type());
            assertEquals("electrician", typed.query());
            assertTrue(typed.results() > 0, "results: " + typed.results());
            assertNull(typed.filters());
            assertEquals(CAMPAIGN, typed.campaign());

            Event filtered = only(step(b, requests, () -> {
                b.driver.findElement(By.cssSelector(".search-filters summary")).click();
                b.driver.findElement(By.cssSelector("input[name=type][value=career]")).click();
            }, 1));
            assertEquals("electrician", filtered.query());
            assertEquals("type=career", filtered.filters());

            String firstResult = URI.create(b.driver.findElement(By.cssSelector(".search-results a")).getAttribute("href")).getPath();
            List<Event> clicked = step(b, requests, () -> b.driver.findElement(By.cssSelector(".search-results a")).click(), 2);
            Event click = one(clicked, Event.RESULT_CLICK);
            assertEquals(1, click.rank());
            assertEquals("electrician", click.query());
            assertEquals(firstResult, click.target());
            assertEquals(SCHOOL, one(clicked, Event.PAGEVIEW).school(), "the result link carried the school");

            // A played self-hosted video: each milestone once, and not again when played again.
            only(step(b, requests, () -> b.driver.get(b.url("/videos/kayla-apprentice-electrician/")), 1));
            List<Event> milestones = step(b, requests, () -> play(b), 5);
            assertEquals(Event.MILESTONES, reached(milestones));
            assertTrue(milestones.stream().allMatch(e -> e.video().equals("kayla-apprentice-electrician") && e.player().equals("self")), milestones.toString());
            assertTrue(milestones.stream().allMatch(e -> e.school() == null), "a page opened by its address has no school");
            step(b, requests, () -> play(b), 0);

            // A YouTube facade: video-facade.js turns the player's messages into signpost:video events
            // (its Node tests); here they are given as it gives them, since the player may not load in a test.
            only(step(b, requests, () -> b.driver.get(b.url("/videos/fixture-youtube-video/")), 1));
            List<Event> facade = step(b, requests, () -> b.driver.executeScript("const f = document.querySelector('[data-video-facade]');"
                    + "for (const d of [{time: 1, duration: 100}, {time: 30, duration: 100}, {time: 80, duration: 100}, {time: 90, duration: 100}, {ended: true}, {ended: true}])"
                    + "  f.dispatchEvent(new CustomEvent('signpost:video', {bubbles: true, detail: Object.assign({player: 'youtube'}, d)}));"), 5);
            assertEquals(Event.MILESTONES, reached(facade));
            assertTrue(facade.stream().allMatch(e -> e.video().equals("fixture-youtube-video") && e.player().equals("youtube")), facade.toString());

            // An apply link: counted as it leaves; the test keeps the browser here.
            only(step(b, requests, () -> b.driver.get(b.url("/pathways/a-levels-blackpool-sixth-form-centre/")), 1));
            WebElement apply = b.driver.findElement(By.cssSelector("a[data-outbound=apply]"));
            String href = apply.getAttribute("href");
            b.driver.executeScript("addEventListener('click', e => e.preventDefault(), true)");
            Event out = only(step(b, requests, apply::click, 1));
            assertEquals(Event.OUTBOUND, out.type());
            assertEquals("apply", out.kind());
            assertEquals(href.replaceAll("[?#].*", ""), out.target());

            // A route-map step, from the list of steps.
            only(step(b, requests, () -> b.driver.get(b.url("/routemaps/construction-routemap/")), 1));
            WebElement stepLink = b.driver.findElement(By.cssSelector(".routemap-steps a"));
            String stepSlug = URI.create(stepLink.getAttribute("href")).getPath().replaceAll(".*/([^/]+)/$", "$1");
            Event mapStep = one(step(b, requests, stepLink::click, 2), Event.ROUTEMAP_STEP);
            assertEquals(stepSlug, mapStep.step());
            assertEquals("/routemaps/construction-routemap/", mapStep.path());
            // And from the map itself: a step's box is an SVG link.
            only(step(b, requests, () -> b.driver.get(b.url("/routemaps/construction-routemap/")), 1));
            WebElement node = b.driver.findElement(By.cssSelector(".routemap-svg a"));
            String nodeSlug = node.getDomAttribute("href").replaceAll(".*/([^/]+)/$", "$1");
            Event svgStep = one(step(b, requests, () -> b.driver.executeScript(
                    "arguments[0].querySelector('rect').dispatchEvent(new MouseEvent('click', {bubbles: true}))", node), 2), Event.ROUTEMAP_STEP);
            assertEquals(nodeSlug, svgStep.step());

            // An embed page, as embed.js or the iframe snippet opens it: its view carries the school.
            List<Event> embed = step(b, requests, () -> b.driver.get(b.url("/embed/careers/electrician/?school=" + SCHOOL)), 2);
            assertEquals(SCHOOL, one(embed, Event.EMBED_VIEW).school());
            assertTrue(one(embed, Event.EMBED_VIEW).embed());
            assertEquals("/embed/careers/electrician/", one(embed, Event.PAGEVIEW).path());
            assertTrue(one(embed, Event.PAGEVIEW).embed());

            assertEquals(List.of(), collector.refused, "every beacon met the contract");
            assertTrue(collector.contentTypes.stream().allMatch(t -> t.startsWith("text/plain")), collector.contentTypes.toString());
            assertEquals(List.of(), leftBehind(b), "no cookie or storage entry after the session");
            assertEquals(List.of(), elsewhere(requests), "every request stayed on this machine");
        }
    }

    /**
     * A school's page on another origin embeds a career with the "Embed this" script snippet, and
     * once more as WordPress shows an oEmbed (a sandboxed frame, whose beacons carry Origin: null
     * and the site as Referer): both embed views reach the collector with the school's code.
     */
    @Test
    void aSchoolsEmbedOnAnotherOriginIsCountedWithItsSchoolCode(@TempDir Path schoolDir) throws Exception {
        try (Browser b = open("school", o -> {})) {
            String site = b.url("");
            String career = Files.readString(DemoSite.withAnalytics().resolve("careers/electrician/index.html"));
            String snippet = org.jsoup.Jsoup.parse(career).getElementById("embed-this-script").text()
                    .replace("https://careers.example.org", site).replace("URN", SCHOOL);
            EmbedBrowserIT.write(schoolDir, "script.html", snippet);
            EmbedBrowserIT.write(schoolDir, "wordpress.html", EmbedBrowserIT.wordpress(site + "/embed/careers/electrician/?school=" + SCHOOL));
            try (var school = org.signpost.serve.JettyServer.start(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
                    new StaticFiles(schoolDir, UnaryOperator.identity()), System.err::println)) {
                List<String> requests = new ArrayList<>();
                for (String page : List.of("script.html", "wordpress.html")) {
                    List<Event> embed = step(b, requests, () -> b.driver.get("http://127.0.0.1:" + school.port() + "/" + page), 2);
                    assertEquals(SCHOOL, one(embed, Event.EMBED_VIEW).school(), page);
                    assertEquals("/embed/careers/electrician/", one(embed, Event.EMBED_VIEW).path(), page);
                    assertEquals(SCHOOL, one(embed, Event.PAGEVIEW).school(), page);
                }
                assertEquals(List.of(), elsewhere(requests), "every request stayed on this machine");
            }
        }
    }

    @Test
    void nothingIsSentUnderDoNotTrack() throws Exception {
        try (Browser b = open("dnt", o -> o.setExperimentalOption("prefs", Map.of("enable_do_not_track", true)))) {
            b.driver.get(b.url("/privacy/"));
            assertEquals("1", b.driver.executeScript("return navigator.doNotTrack"), "the browser sends Do Not Track");
            assertTrue(b.driver.findElement(By.cssSelector("#analytics-choice [role=status]")).getText().contains("asks websites not to track you"));
            assertFalse(b.driver.findElement(By.cssSelector("#analytics-choice button")).isDisplayed(), "nothing to turn off");
            assertNothingSent(b);
        }
    }

    @Test
    void nothingIsSentUnderGlobalPrivacyControl() throws Exception {
        try (Browser b = open("gpc", o -> {})) {
            b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true, configurable: true})"));
            b.driver.get(b.url("/careers/electrician/"));
            assertEquals(true, b.driver.executeScript("return navigator.globalPrivacyControl"), "the browser sends GPC");
            assertNothingSent(b);
        }
    }

    @Test
    void theOptOutStopsEverythingAndIsTheOnlyThingStored() throws Exception {
        try (Browser b = open("opt-out", o -> {})) {
            b.driver.get(b.url("/privacy/"));
            long end = System.currentTimeMillis() + 10_000;
            while (collector.events().isEmpty() && System.currentTimeMillis() < end) Thread.sleep(50);
            assertEquals("/privacy/", only(collector.events()).path(), "counting is on before the choice (the control for what follows)");
            WebElement button = b.driver.findElement(By.cssSelector("#analytics-choice button"));
            assertEquals("Turn counting off", button.getText());
            assertEquals("Counting is on in this browser.", b.driver.findElement(By.cssSelector("#analytics-choice [role=status]")).getText());
            assertEquals(List.of(), b.axeViolations(), "the notice with its control, counting on");
            screenshots(b, "privacy-counting-on");
            assertEquals(List.of(), leftBehind(b), "nothing is stored before the choice");

            button.click();
            assertEquals("Turn counting back on", button.getText());
            assertTrue(b.driver.findElement(By.cssSelector("#analytics-choice [role=status]")).getText().startsWith("Counting is off in this browser."));
            assertEquals(List.of(), b.axeViolations(), "the notice with its control, counting off");
            screenshots(b, "privacy-counting-off");
            assertEquals(List.of("localStorage signpost-analytics-off=1"), leftBehind(b), "only the choice itself is stored");

            assertNothingSent(b);
            assertEquals(List.of("localStorage signpost-analytics-off=1"), leftBehind(b));
        }
    }

    /** A session of page views, a search, a filter, a result click and a route-map click, after which nothing may have arrived. */
    private void assertNothingSent(Browser b) throws Exception {
        collector.clear();
        b.driver.get(b.url("/careers/electrician/?school=" + SCHOOL + "&campaign=" + CAMPAIGN));
        assertEquals(1L, b.driver.executeScript("return document.querySelectorAll('script[data-signpost-analytics]').length"), "the page has the script");
        b.driver.get(b.url("/search/?q=plumber"));
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".search-results a")).isEmpty());
        b.driver.findElement(By.cssSelector(".search-results a")).click();
        b.driver.get(b.url("/routemaps/construction-routemap/"));
        b.driver.findElement(By.cssSelector(".routemap-steps a")).click();
        b.driver.get(b.url("/embed/careers/electrician/?school=" + SCHOOL));
        b.driver.get(b.url("/"));
        Thread.sleep(2500); // past the search's pause, and any beacon in flight
        assertEquals(List.of(), collector.events());
        assertEquals(List.of(), collector.refused);
        assertTrue(collector.contentTypes.isEmpty(), "no request reached the endpoint at all");
    }

    /** Runs an action and returns the events it caused: exactly {@code expected}, checked after a pause for any extra. */
    private List<Event> step(Browser b, List<String> requests, Runnable action, int expected) throws Exception {
        collector.clear();
        action.run();
        long end = System.currentTimeMillis() + 20_000;
        while (collector.events().size() + collector.refused.size() < expected && System.currentTimeMillis() < end) Thread.sleep(50);
        Thread.sleep(1500); // a duplicate would arrive within the search's 1 s pause
        requests.addAll(requests(b));
        assertEquals(List.of(), collector.refused);
        List<Event> events = collector.events();
        assertEquals(expected, events.size(), "events: " + events);
        return events;
    }

    /** The milestones in viewing order: beacons sent together may arrive in any order. */
    private static List<String> reached(List<Event> events) {
        return events.stream().map(Event::milestone).sorted(java.util.Comparator.comparing(Event.MILESTONES::indexOf)).toList();
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    private static Event one(List<Event> events, String type) {
        List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, of.size(), type + " in " + events);
        return of.get(0);
    }

    /** Plays the page's video to its end, muted and fast; fails if it cannot play. */
    private static void play(Browser b) {
        Object result = b.driver.executeAsyncScript("const done = arguments[arguments.length - 1], v = document.querySelector('video');"
                + "v.muted = true; v.playbackRate = 4; v.currentTime = 0;"
                + "v.addEventListener('ended', () => done('ended'), {once: true});"
                + "v.play().catch(e => done('cannot play: ' + e.message));");
        assertEquals("ended", result);
    }

    /** Every cookie and storage entry the page's origin has, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> leftBehind(Browser b) {
        List<String> out = new ArrayList<>();
        b.driver.manage().getCookies().forEach(c -> out.add("cookie " + c.getName()));
        out.addAll((List<String>) b.driver.executeAsyncScript("const done = arguments[arguments.length - 1], out = [];"
                + "for (const [name, s] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]])"
                + "  for (let i = 0; i < s.length; i++) out.push(name + ' ' + s.key(i) + '=' + s.getItem(s.key(i)));"
                + "Promise.all([indexedDB.databases(), caches.keys()]).then(([dbs, cs]) => {"
                + "  dbs.forEach(d => out.push('indexedDB ' + d.name)); cs.forEach(c => out.push('cache ' + c)); done(out); });"));
        return out;
    }

    /** The URLs Chromium has asked for since last read, from its performance log. */
    private static List<String> requests(Browser b) {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : b.driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) urls.add(message.path("params").path("request").path("url").asText());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls;
    }

    private static List<String> elsewhere(List<String> urls) {
        assertFalse(urls.isEmpty(), "the performance log recorded requests");
        return urls.stream().filter(u -> u.startsWith("http") && !URI.create(u).getHost().equals("127.0.0.1")).toList();
    }

    private static void screenshots(Browser b, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {375, 1280}) {
            b.resize(width, 900);
            b.driver.executeScript("document.getElementById('analytics-choice').scrollIntoView({block: 'center'})");
            Files.write(dir.resolve("analytics-" + name + "-" + width + ".png"), b.driver.getScreenshotAs(OutputType.BYTES));
        }
        b.resize(1280, 900);
    }
}
