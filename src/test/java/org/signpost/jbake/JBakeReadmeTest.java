package org.signpost.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

/** README's "Coming from JBake" names what JBake mode supports: the lists there are the code's. */
class JBakeReadmeTest {
    private static String section() throws Exception {
        String readme = Files.readString(TestSites.root().resolve("README.md"));
        int start = readme.indexOf("## Coming from JBake");
        assertTrue(start >= 0, "README.md has a \"Coming from JBake\" section");
        return readme.substring(start, readme.indexOf("\n## ", start + 3));
    }

    @Test
    void theDbQueriesListedAreTheOnesSupported() throws Exception {
        String supported = section().substring(section().indexOf("- `db`, where it needs no database:"));
        supported = supported.substring(0, supported.indexOf("\n- "));
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`db\\.(\\w+)`").matcher(supported);
        while (m.find()) listed.add(m.group(1));
        assertEquals(DbModel.supported(), listed);
    }

    @Test
    void theUnsupportedModelPartsNamedAreTheOnesReported() throws Exception {
        for (String part : new String[] {"`data`", "`renderer`", "SAFE mode", "`?new`", "`?api`", "`--jbake`", "`--force`"}) {
            assertTrue(section().contains(part), "the section names " + part);
        }
    }
}
