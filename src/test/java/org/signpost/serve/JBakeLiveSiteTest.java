package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.OutputWriter;

/** serve on a JBake site: a saved input rebuilds the whole site; a rebuild with errors leaves the served site as it was. */
class JBakeLiveSiteTest {
    @TempDir
    Path tmp;

    @Test
    void anEditRebuildsTheSiteAndABrokenOneLeavesItServed() throws Exception {
        Path site = tmp.resolve("site"), out = tmp.resolve("out");
        OutputWriter.copyTree(TestSites.sites().resolve("jbake"), site);
        JBakeLiveSite live = new JBakeLiveSite(site, out);
        LiveSite.Outcome first = live.fullBuild();
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(21, first.pagesWritten());

        Path about = site.resolve("content/about.html");
        Files.writeString(about, Files.readString(about).replace("title=About Next Steps", "title=About us"));
        LiveSite.Outcome edited = live.apply(Set.of(about));
        assertTrue(edited.ok());
        assertTrue(Files.readString(out.resolve("about.html")).contains("<h1>About us</h1>"));

        Path page = site.resolve("templates/page.ftl");
        Files.writeString(page, "${content.nosuch.title}");
        LiveSite.Outcome broken = live.apply(Set.of(page));
        assertFalse(broken.ok());
        assertTrue(live.problems().toString().contains("templates/page.ftl:1:3: error:"), live.problems().toString());
        assertTrue(Files.readString(out.resolve("about.html")).contains("<h1>About us</h1>"), "the last good site is still served");

        LiveSite.Outcome unrelated = live.apply(Set.of(site.resolve("notes.txt")));
        assertEquals(0, unrelated.pagesWritten(), "a file that is not an input rebuilds nothing");
    }
}
