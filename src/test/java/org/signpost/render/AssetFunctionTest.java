package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Problem;

/** asset("/path") in a template: the published address, and a clear error at the template's line for a file that is not there. */
class AssetFunctionTest {
    @TempDir
    Path tmp;

    private List<String> errorsWithCareerTemplateLine(String line) throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path template = site.resolve("templates/career.ftlh");
        Files.writeString(template, Files.readString(template).replaceFirst("<link rel=\"stylesheet\"[^\n]*", java.util.regex.Matcher.quoteReplacement(line)));
        Build build = new Build(site, TestSites.TODAY);
        assertFalse(build.build(tmp.resolve("out")), "the build refuses");
        return build.problems().sorted().stream().filter(Problem::isError).map(Problem::toString).distinct().toList();
    }

    @Test
    void aMisspeltAssetIsAnErrorAtItsLineWithASuggestion() throws Exception {
        assertEquals(List.of("templates/career.ftlh:3:30: error: asset(\"/css/sit.css\"): there is no such file in assets/; did you mean '/css/site.css'?"),
                errorsWithCareerTemplateLine("<link rel=\"stylesheet\" href=\"${asset(\"/css/sit.css\")}\">"));
    }

    @Test
    void aPathWithoutItsLeadingSlashSaysHowToWriteIt() throws Exception {
        assertEquals(List.of("templates/career.ftlh:3:30: error: asset(\"css/site.css\"): there is no such file in assets/; did you mean '/css/site.css'?"
                + " Asset paths start with '/', as in asset(\"/css/site.css\")."),
                errorsWithCareerTemplateLine("<link rel=\"stylesheet\" href=\"${asset(\"css/site.css\")}\">"));
    }

    @Test
    void anythingButOnePathIsAnError() throws Exception {
        assertEquals(List.of("templates/career.ftlh:3:30: error: asset takes one path, as in asset(\"/css/site.css\")"),
                errorsWithCareerTemplateLine("<link rel=\"stylesheet\" href=\"${asset(1, 2)}\">"));
    }

    @Test
    void mediaKeepTheirNamesAndScriptsGetTheirHashedOnes() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path template = site.resolve("templates/career.ftlh");
        Files.writeString(template, Files.readString(template).replace("<h1>", "<p data-v=\"${asset(\"/media/day.mp4\")}\" data-s=\"${asset(\"/_signpost/js/search.js\")}\"></p><h1>"));
        assertTrue(new Build(site, TestSites.TODAY).build(tmp.resolve("out")));
        String html = Files.readString(tmp.resolve("out/careers/plumber/index.html"));
        assertTrue(html.contains("data-v=\"/media/day.mp4\""), html);
        assertTrue(html.matches("(?s).*data-s=\"/_signpost/js/search\\.[0-9a-f]{8}\\.js\".*"), html);
    }
}
