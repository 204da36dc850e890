package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a young person sees on a 375 px phone and on a 1280 px desktop: a header that leaves room
 * for the page, a menu that opens without JavaScript, routes compared as cards or as a table,
 * and vacancies that give their closing date, wage, place and level.
 */
class PhoneLayoutIT extends DemoSiteInChromium {
    static final int PHONE = 375, DESKTOP = 1280, HEIGHT = 800;

    @TempDir
    static Path noScriptProfile;

    @Test
    void theHeaderIsOneShortBarOnAPhoneAndShowsEveryLinkOnADesktop() {
        List<String> problems = new ArrayList<>();
        try {
            for (String page : List.of("/", "/careers/electrician/", "/apprenticeships/", "/search/")) {
                browser.resize(PHONE, HEIGHT);
                browser.driver.get(browser.url(page));
                long height = header();
                if (height >= 80) problems.add(page + ": the header is " + height + "px tall at " + PHONE + "px");
                if (!browser.driver.findElement(By.cssSelector(".menu summary")).isDisplayed()) problems.add(page + ": no Menu at " + PHONE + "px");
                if (browser.driver.findElement(By.cssSelector(".menu nav a")).isDisplayed()) problems.add(page + ": the menu is open before it is asked for");
                browser.resize(DESKTOP, HEIGHT);
                browser.driver.get(browser.url(page));
                if (browser.driver.findElement(By.cssSelector(".menu")).isDisplayed()) problems.add(page + ": a Menu at " + DESKTOP + "px");
                long shown = browser.driver.findElements(By.cssSelector(".nav-wide a")).stream().filter(WebElement::isDisplayed).count();
                if (shown < 5) problems.add(page + ": " + shown + " navigation links shown at " + DESKTOP + "px");
            }
        } finally {
            browser.resize(DESKTOP, 900);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theMenuOpensAndLeadsOnWithJavaScriptTurnedOff() throws Exception {
        // A browser of its own, with JavaScript blocked for every site, as on some school devices.
        try (Browser noScript = Browser.open(DemoSite.output(), noScriptProfile,
                o -> o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2)))) {
            noScript.resize(PHONE, HEIGHT);
            noScript.driver.get(noScript.url("/search/"));
            assertTrue(noScript.driver.findElement(By.cssSelector(".search-fallback")).isDisplayed(), "JavaScript is off: search shows its fallback links");
            WebElement apprenticeships = noScript.driver.findElement(By.cssSelector(".menu nav a[href='/apprenticeships/']"));
            assertFalse(apprenticeships.isDisplayed(), "closed at first");
            noScript.driver.findElement(By.cssSelector(".menu summary")).click();
            assertTrue(apprenticeships.isDisplayed(), "the menu opened");
            assertTrue(apprenticeships.getRect().getY() + apprenticeships.getRect().getHeight() <= HEIGHT, "its links are on the screen");
            java.nio.file.Path shots = org.signpost.TestSites.root().resolve("target/screenshots");
            java.nio.file.Files.createDirectories(shots);
            java.nio.file.Files.write(shots.resolve("menu-open-375.png"), noScript.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            apprenticeships.click();
            assertTrue(noScript.driver.getCurrentUrl().endsWith("/apprenticeships/"), noScript.driver.getCurrentUrl());
        }
    }

    @Test
    void routesAreComparedAsCardsOnAPhoneAndAsATableOnADesktop() {
        try {
            browser.resize(PHONE, HEIGHT);
            browser.driver.get(browser.url("/careers/electrician/"));
            List<WebElement> cards = browser.driver.findElements(By.cssSelector(".compare-cards > li"));
            assertTrue(cards.size() >= 2, "routes: " + cards.size());
            assertTrue(cards.stream().allMatch(WebElement::isDisplayed), "cards shown at " + PHONE + "px");
            assertFalse(browser.driver.findElement(By.cssSelector("table.compare")).isDisplayed(), "no table at " + PHONE + "px");
            for (WebElement card : cards) {
                assertEquals(List.of("Type", "Level reached", "How long", "Paid while you learn?", "Cost", "What you need", "Where it leads"),
                        card.findElements(By.tagName("dt")).stream().map(WebElement::getText).toList());
                assertTrue(card.getRect().getWidth() <= PHONE, "a card fits the screen: " + card.getRect().getWidth());
            }
            assertEquals(0L, sideways(), "no sideways scrolling at " + PHONE + "px");

            browser.resize(DESKTOP, HEIGHT);
            browser.driver.get(browser.url("/careers/electrician/"));
            WebElement table = browser.driver.findElement(By.cssSelector("table.compare"));
            assertTrue(table.isDisplayed(), "table at " + DESKTOP + "px");
            assertFalse(cards(), "no cards at " + DESKTOP + "px");
            // No blank rows: each row is as tall as its longest cell's text, and the table as its rows.
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertEquals(cards.size(), rows.size());
            long rowsHeight = 0;
            for (WebElement row : rows) {
                long tallestText = (Long) browser.driver.executeScript("""
                        let h = 0;
                        for (const cell of arguments[0].cells) {
                          const r = document.createRange(); r.selectNodeContents(cell);
                          h = Math.max(h, r.getBoundingClientRect().height);
                        }
                        return Math.ceil(h);""", row);
                assertTrue(row.getRect().getHeight() <= tallestText + 40, "row " + row.getText() + " is " + row.getRect().getHeight() + "px for " + tallestText + "px of text");
                rowsHeight += row.getRect().getHeight();
            }
            assertTrue(table.getRect().getHeight() <= rowsHeight + 150, "table " + table.getRect().getHeight() + "px for rows of " + rowsHeight + "px");
        } finally {
            browser.resize(DESKTOP, 900);
        }
    }

    @Test
    void vacancyCardsGiveTheClosingDateWagePlaceAndLevelOnAPhoneAndInSearch() {
        try {
            browser.resize(PHONE, HEIGHT);
            browser.driver.get(browser.url("/apprenticeships/"));
            WebElement first = browser.driver.findElement(By.cssSelector("main section .card"));
            assertEquals("Vacancies you can apply for", browser.driver.findElement(By.cssSelector("main section h2")).getText());
            assertEquals(List.of("Closing date", "Wage", "Where"), first.findElements(By.cssSelector(".card-facts dt")).stream().map(WebElement::getText).toList());
            for (WebElement fact : first.findElements(By.cssSelector(".card-facts dd"))) {
                assertTrue(fact.isDisplayed() && !fact.getText().isBlank(), "fact shown");
                double px = Double.parseDouble(fact.getCssValue("font-size").replace("px", ""));
                assertTrue(px >= 12, "fact text " + px + "px");
            }
            assertTrue(first.findElements(By.cssSelector(".tag")).stream().anyMatch(t -> t.getText().startsWith("Level ")), "level shown");

            browser.driver.get(browser.url("/search/?q=electrical+apprentice+promenade"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-results .card-facts")).isEmpty());
            WebElement result = browser.driver.findElements(By.cssSelector(".search-results .card")).stream()
                    .filter(c -> c.getText().contains("Promenade Power")).findFirst().orElseThrow();
            String text = result.getText();
            assertTrue(text.contains("Closing date") && text.contains("31 March 2027") && text.contains("£8.50 an hour") && text.contains("Level 3"), text);
        } finally {
            browser.resize(DESKTOP, 900);
        }
    }

    private static long header() {
        return browser.driver.findElement(By.cssSelector("header.site-header")).getRect().getHeight();
    }

    private static boolean cards() {
        return browser.driver.findElements(By.cssSelector(".compare-cards > li")).stream().anyMatch(WebElement::isDisplayed);
    }

    private static long sideways() {
        return (Long) browser.driver.executeScript("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }
}
