package org.signpost.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.OutputWriter;

/**
 * The JBake fixture (sites/jbake/: posts, pages, .html and AsciiDoc content, a custom type, a draft, tags,
 * paging, uri.noExtension, archive, feed and sitemap) built in JBake mode gives what JBake 2.7.0
 * itself gives: the same files, each with the same text. sites/jbake-expected/ is JBake's own
 * output, made by {@code bash bench/peers/jbake-golden}; only the feed's build time differs.
 */
class JBakeGoldenTest {
    /** The one value that is the time of the build: published_date, in the feed. */
    private static final Pattern BUILD_TIME = Pattern.compile("<lastBuildDate>[^<]*</lastBuildDate>");

    @TempDir
    Path tmp;

    @Test
    void fixtureBuildsAsJBakeBuildsIt() throws Exception {
        Path out = tmp.resolve("out");
        JBakeBuild build = new JBakeBuild(TestSites.sites().resolve("jbake"));
        assertTrue(build.build(out), build.problems().sorted().toString());
        assertTrue(build.problems().isEmpty(), build.problems().sorted().toString());
        Map<String, byte[]> ours = TestSites.files(out), jbake = TestSites.files(TestSites.sites().resolve("jbake-expected"));
        ours.remove(OutputWriter.MARKER);
        assertEquals(jbake.keySet(), ours.keySet(), "the page list");
        assertEquals(23, jbake.size(), "JBake's output: 21 pages, a stylesheet and an image");
        for (String file : jbake.keySet()) assertEquals(text(jbake.get(file), file), text(ours.get(file), file), file);
    }

    private static String text(byte[] bytes, String file) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!file.equals("feed.xml")) return text;
        assertEquals(1, BUILD_TIME.matcher(text).results().count(), "the feed has one build time");
        return BUILD_TIME.matcher(text).replaceAll("<lastBuildDate>(build time)</lastBuildDate>");
    }
}
