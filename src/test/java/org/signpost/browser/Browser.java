package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.signpost.serve.JettyServer;
import org.signpost.serve.StaticFiles;

/**
 * Debian's headless Chromium, driven through chromium-driver, looking at a built site served
 * on the loopback address. Without Chromium the tests are skipped with a message, except in
 * CI (CI=true), where they fail: CI must install it.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns that it has no CDP module for this Chromium; WebDriver needs none, so keep the log quiet. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    final ChromeDriver driver;
    private final JettyServer server;

    private Browser(Path site, Path profile, java.util.function.Consumer<ChromeOptions> tweak) throws IOException {
        server = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new StaticFiles(site, UnaryOperator.identity()), System.err::println);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        tweak.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Starts a browser on the site in {@code site}, or skips (fails in CI) when Chromium is not installed. */
    static Browser open(Path site, Path profile) throws IOException {
        return open(site, profile, options -> {});
    }

    /** The same, with extra Chromium options (flags, logging). */
    static Browser open(Path site, Path profile, java.util.function.Consumer<ChromeOptions> tweak) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("Chromium is missing: CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Skipping browser checks: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        return new Browser(site, profile, tweak);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static final String WCAG_22_AA = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa']";

    /** axe-core's WCAG 2.2 AA violations on the page now open, one line each. */
    java.util.List<String> axeViolations(String axeSource) {
        driver.executeScript(axeSource);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + WCAG_22_AA + "}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return ((java.util.List<?>) result).stream().map(String::valueOf).toList();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
