package org.signpost.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signpost.NodeJs;

/** Runs the client ES modules' tests (src/test/js) with Node's built-in test runner, as part of mvn verify. */
class ClientScriptsIT {
    @Test
    void nodeTestsPass() throws Exception {
        Process p = NodeJs.start(NodeJs.command("--test", "src/test/js/").redirectErrorStream(true));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        System.out.println(output);
        assertEquals(0, p.exitValue(), output);
        // Node's closing counts: every test passed, none was skipped or left to do.
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^# (tests|pass|fail|skipped|todo|cancelled) (\\d+)$").matcher(output);
        while (m.find()) counts.put(m.group(1), Integer.parseInt(m.group(2)));
        int tests = counts.getOrDefault("tests", 0);
        assertTrue(tests > 0, output);
        assertEquals(java.util.Map.of("tests", tests, "pass", tests, "fail", 0, "skipped", 0, "todo", 0, "cancelled", 0), counts, output);
    }
}
