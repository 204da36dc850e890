package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

/** The Nu Html Checker (vnu.jar from the vnu-jar npm package) on every page of the demo site: zero errors. */
class HtmlValidationIT {
    @Test
    void everyPageIsValidHtml() throws Exception {
        Path vnu = TestSites.root().resolve("node_modules/vnu-jar/build/dist/vnu.jar");
        if (!Files.exists(vnu) && "true".equals(System.getenv("CI"))) fail("vnu-jar is missing: CI must run npm ci");
        assumeTrue(Files.exists(vnu), "Skipping the Nu Html Checker: run npm ci to install vnu-jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", vnu.toString(), "--errors-only", "--skip-non-html", "--format", "gnu",
                DemoSite.output().toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertEquals("", report.replace(DemoSite.output().toString(), ""), "Nu Html Checker errors");
        assertEquals(0, exit);
    }
}
