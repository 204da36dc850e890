package org.signpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.OutputWriter;

/** build and check on a JBake site: the mode is chosen by jbake.properties (or --jbake), and reports as signpost mode does. */
class JBakeCommandTest extends CommandTest {

    private Path jbakeSite() throws Exception {
        Path site = tmp.resolve("site");
        OutputWriter.copyTree(TestSites.sites().resolve("jbake"), site);
        return site;
    }

    @Test
    void aFolderWithJBakePropertiesAndNoSignpostYmlBuildsInJBakeMode() throws Exception {
        Path site = jbakeSite();
        assertEquals(0, run("build", "--site", site.toString()), err.toString());
        assertTrue(out.toString().contains("build (JBake mode): 21 pages from 10 content files"), out.toString());
        assertTrue(Files.isRegularFile(site.resolve("output/blog/2025/cv/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("output/" + OutputWriter.MARKER)));
    }

    @Test
    void checkPrintsProblemLinesAndASummaryAndExitsOneOnErrors() throws Exception {
        Path site = jbakeSite();
        Files.writeString(site.resolve("templates/page.ftl"), "<h1>${content.title}</h1>\n${content.titel}\n");
        assertEquals(1, run("check", "--site", site.toString()));
        assertTrue(err.toString().contains("templates/page.ftl:2:3: error: The following has evaluated to null or missing: ==> content.titel"), err.toString());
        assertTrue(out.toString().contains("check (JBake mode): 1 error, 0 warnings in 10 content files"), out.toString());
        assertFalse(Files.exists(site.resolve("output")), "check writes nothing");
    }

    @Test
    void aFailedBuildLeavesOutputAsItWasAndSaysSo() throws Exception {
        Path site = jbakeSite();
        assertEquals(0, run("build", "--site", site.toString()), err.toString());
        var before = TestSites.files(site.resolve("output"));
        Files.writeString(site.resolve("templates/post.ftl"), "<h1>${content.title</h1>");
        assertEquals(1, run("build", "--site", site.toString()));
        assertTrue(err.toString().contains("templates/post.ftl:1:21: error: template syntax:"), err.toString());
        assertTrue(out.toString().contains("build (JBake mode): failed with 1 error, 0 warnings; output/ was left as it was"), out.toString());
        var after = TestSites.files(site.resolve("output"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, b) -> assertTrue(java.util.Arrays.equals(b, after.get(f)), f));
    }

    @Test
    void anOutputFolderJBakeWroteIsNotReplacedWithoutForce() throws Exception {
        Path site = jbakeSite();
        Files.createDirectories(site.resolve("output"));
        Files.writeString(site.resolve("output/index.html"), "JBake's own output");
        assertEquals(2, run("build", "--site", site.toString()));
        assertTrue(err.toString().contains("Signpost did not write it"), err.toString());
        assertEquals(0, run("build", "--site", site.toString(), "--force"), err.toString());
    }

    @Test
    void buildCheckAndServeOfferJBakeModeAndOtherCommandsDoNot() {
        for (String command : java.util.List.of("build", "check", "serve")) {
            run(command, "--help");
            assertTrue(out.toString().contains("--jbake"), command);
            out.getBuffer().setLength(0);
        }
        run("new", "--help");
        assertFalse(out.toString().contains("--jbake"), out.toString());
    }

    @Test
    void jbakeFlagChoosesJBakeModeBesideASignpostYml() throws Exception {
        Path site = jbakeSite();
        Files.writeString(site.resolve("signpost.yml"), "name: Next Steps\nbase_url: https://example.org\n");
        assertEquals(0, run("check", "--site", site.toString(), "--jbake"), err.toString());
        assertTrue(out.toString().contains("check (JBake mode): 0 errors, 0 warnings in 10 content files"), out.toString());
        run("check", "--site", site.toString());
        assertFalse(out.toString().lines().reduce((a, b) -> b).orElse("").contains("JBake mode"), "signpost.yml wins without --jbake: " + out);
    }
}
