package org.signpost.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

/** Runs the client ES modules' tests (src/test/js) with Node's built-in test runner, as part of mvn verify. */
class ClientScriptsIT {
    @Test
    void nodeTestsPass() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("node", "--test", "src/test/js/").directory(TestSites.root().toFile()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            if ("true".equals(System.getenv("CI"))) fail("node is missing: CI must have Node.js");
            assumeTrue(false, "Skipping the client script tests: node is not installed");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        System.out.println(output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("# fail 0") && !output.contains("# pass 0"), output);
    }
}
