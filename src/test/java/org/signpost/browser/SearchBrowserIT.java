package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a young person meets it, in headless Chromium on the built demo site. */
class SearchBrowserIT extends DemoSiteInChromium {
    @Test
    void typeFilterFollowAndComeBackToTheSameSearch() {
        browser.driver.get(browser.url("/search/"));
        assertFalse(browser.driver.findElement(By.cssSelector(".search-fallback")).isDisplayed(), "the no-JavaScript links hide once search runs");
        WebElement box = browser.driver.findElement(By.id("search-q"));
        box.sendKeys("electricia"); // unfinished: the last word is matched as a prefix
        waitUntil(() -> titles().contains("Electrician"));
        String status = browser.driver.findElement(By.cssSelector("[role=status]")).getText();
        assertTrue(status.matches("\\d+ results? for “electricia”.*"), status);
        assertEquals("polite", browser.driver.findElement(By.cssSelector("[role=status]")).getAttribute("aria-live"));

        browser.driver.findElement(By.cssSelector(".search-filters summary")).click();
        browser.driver.findElement(By.cssSelector("input[name=type][value=career]")).sendKeys(" "); // as a keyboard user ticks it
        waitUntil(() -> browser.driver.getCurrentUrl().contains("type=career") && tags().stream().allMatch(t -> t.equals("Career")));
        assertEquals("career", browser.driver.switchTo().activeElement().getAttribute("value"), "focus stays on the ticked box");
        assertTrue(browser.driver.getCurrentUrl().contains("q=electricia"), browser.driver.getCurrentUrl());
        List<String> before = titles();

        browser.driver.findElement(By.cssSelector(".search-results a")).click();
        waitUntil(() -> browser.driver.getCurrentUrl().endsWith("/careers/electrician/"));
        browser.driver.navigate().back();
        waitUntil(() -> titles().equals(before));
        assertEquals("electricia", browser.driver.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(browser.driver.findElement(By.cssSelector("input[name=type][value=career]")).isSelected());
    }

    @Test
    void aLinkedSearchShowsMarkedSnippetsAndMoreOnRequest() {
        browser.driver.get(browser.url("/search/?q=apprenticeship"));
        waitUntil(() -> titles().size() == 10);
        List<WebElement> marks = browser.driver.findElements(By.cssSelector(".search-results mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase().startsWith("apprentice")), "query words are marked");
        assertTrue(texts(".search-results .tag-sample").contains("Sample"), "made-up local vacancies say so in results too");
        WebElement more = browser.driver.findElement(By.cssSelector(".search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        waitUntil(() -> titles().size() > 10);
        assertEquals(browser.driver.findElements(By.cssSelector(".search-results li")).get(10).findElement(By.tagName("a")),
                browser.driver.switchTo().activeElement(), "focus moves to the first new result");
    }

    @Test
    void aTypoStillFindsTheCareer() {
        browser.driver.get(browser.url("/search/?q=plumer"));
        waitUntil(() -> !titles().isEmpty());
        assertEquals("Plumber", titles().get(0));
    }

    @Test
    void searchWorksInsideTheEmbedAndOpensResultsInTheWholeWindow() {
        browser.driver.get(browser.url("/embed/search/?q=nurse"));
        waitUntil(() -> !titles().isEmpty());
        assertEquals("_top", browser.driver.findElement(By.tagName("base")).getAttribute("target"));
        assertTrue(browser.driver.findElements(By.cssSelector(".site-header")).isEmpty(), "no site header in an embed");
    }

    @Test
    void theSearchPageWithResultsAndFacetsHasNoAxeViolations() {
        browser.driver.get(browser.url("/search/?q=nursing+apprenticeship&level=6"));
        waitUntil(() -> !titles().isEmpty() && browser.driver.findElement(By.cssSelector(".search-filters")).isDisplayed());
        assertEquals(List.of(), browser.axeViolations());
    }

    private static List<String> titles() {
        return texts(".search-results .card-title");
    }

    /** The first tag of each result: its type. */
    private static List<String> tags() {
        return texts(".search-results .card-tags .tag:first-child");
    }

    /** Read in one script, so a re-render in between cannot leave a stale element. */
    private static List<String> texts(String selector) {
        Object texts = browser.driver.executeScript("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", selector);
        return ((List<?>) texts).stream().map(String::valueOf).toList();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
