package org.signpost.browser;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class whose tests share one headless Chromium on the built demo site, opened before them and closed after. */
abstract class DemoSiteInChromium {
    @TempDir
    static Path profile;
    static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(DemoSite.output(), profile);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        browser = null;
    }
}
