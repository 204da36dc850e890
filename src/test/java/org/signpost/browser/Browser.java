package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.signpost.serve.JettyServer;
import org.signpost.serve.StaticFiles;

/**
 * Debian's headless Chromium, driven through chromium-driver, looking at a built site served
 * on the loopback address. Browser tests are integration tests ({@code *IT}, run by
 * {@code mvn verify}, not {@code mvn test}); without Chromium they fail, naming the packages
 * to install, rather than skip: {@code mvn verify} promises to run every test.
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
    private final AutoCloseable server;
    final int port;

    private Browser(Path profile, java.util.function.Consumer<ChromeOptions> tweak, AutoCloseable server, int port) throws IOException {
        this.server = server;
        this.port = port;
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

    /** Starts a browser on the site in {@code site}; fails, saying what to install, when Chromium is not installed. */
    static Browser open(Path site, Path profile) throws IOException {
        return open(site, profile, options -> {});
    }

    /** The same, with extra Chromium options (flags, logging). */
    static Browser open(Path site, Path profile, java.util.function.Consumer<ChromeOptions> tweak) throws IOException {
        checkInstalled();
        JettyServer server = JettyServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new StaticFiles(site, UnaryOperator.identity()), System.err::println);
        return new Browser(profile, tweak, server, server.port());
    }

    /**
     * The same, served by a plain Jetty with {@code handler}: a site with a test endpoint beside it
     * that takes POSTs, which serve's server (GET and HEAD only) refuses.
     */
    static Browser open(org.eclipse.jetty.server.Handler handler, Path profile, java.util.function.Consumer<ChromeOptions> tweak) throws IOException {
        checkInstalled();
        org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("the test server did not start", e);
        }
        return new Browser(profile, tweak, server::stop, ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    private static void checkInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does this). mvn test runs the unit tests without them.");
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** axe-core's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** axe-core's WCAG 2.2 AA violations on the page now open, one line each (axe.min.js comes in Deque's jar). */
    List<String> axeViolations() {
        AxeRunOptions options = new AxeRunOptions();
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_22_AA);
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        // Legacy mode: one axe.run in the page, as axe.min.js alone would, rather than a partial run
        // per frame finished in a second, blank window (the pages have no frames until a video plays).
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        List<String> out = new java.util.ArrayList<>();
        if (results.getErrorMessage() != null) out.add("axe failed: " + results.getErrorMessage());
        for (var v : results.getViolations()) {
            out.add(v.getId() + " (" + v.getImpact() + "): "
                    + String.join(", ", v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()));
        }
        return out;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                server.close();
            } catch (Exception e) {
                // best effort: the test is over
            }
        }
    }
}
