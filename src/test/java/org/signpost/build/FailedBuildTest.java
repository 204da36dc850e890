package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.content.Problem;

/** A failed build must leave the previous output exactly as it was, and leave nothing behind. */
class FailedBuildTest {
    @TempDir
    Path tmp;

    @Test
    void contentErrorLeavesOutputUntouched() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("output");
        assertTrue(new Build(site, TestSites.TODAY).build(out));
        Map<String, byte[]> before = TestSites.files(out);

        Files.writeString(site.resolve("content/careers/electrician.md"), "---\ntitle: [unclosed\n---\n");
        Build failed = new Build(site, TestSites.TODAY);
        assertFalse(failed.build(out));
        assertTrue(failed.problems().hasErrors());
        assertSameFiles(before, TestSites.files(out));
        assertNoStagingLeft();
    }

    @Test
    void templateErrorLeavesOutputUntouchedAndNamesTheTemplateLine() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("output");
        assertTrue(new Build(site, TestSites.TODAY).build(out));
        Map<String, byte[]> before = TestSites.files(out);

        Files.writeString(site.resolve("templates/career.ftlh"), "<#import \"_default-layout.ftlh\" as d>\n<@d.frame>\n<p>${item.no_such_field}</p>\n</@d.frame>\n");
        Build failed = new Build(site, TestSites.TODAY);
        assertFalse(failed.build(out));
        Problem p = failed.problems().sorted().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("templates/career.ftlh", p.path());
        assertEquals(3, p.at().line());
        assertEquals(6, p.at().col());
        assertTrue(p.message().contains("item.no_such_field"), p.message());
        assertSameFiles(before, TestSites.files(out));
        assertNoStagingLeft();
    }

    @Test
    void aTemplateThatCannotBeParsedIsOneProblemAtItsLineHoweverManyPagesUseIt() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Files.writeString(site.resolve("templates/career.ftlh"), "<#import \"_default-layout.ftlh\" as d>\n<@d.frame>\n<#if item.title>\n</@d.frame>\n");
        Build failed = new Build(site, TestSites.TODAY);
        assertFalse(failed.build(tmp.resolve("output")));
        java.util.List<Problem> errors = failed.problems().sorted().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), "one problem, not one more for each page the build had loaded it for: " + errors);
        assertEquals("templates/career.ftlh", errors.get(0).path());
        assertTrue(errors.get(0).message().startsWith("template syntax"), errors.get(0).message());
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(0, list.filter(p -> p.getFileName().toString().startsWith(".output")).count(), "staging folders left behind");
        }
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), "changed: " + k));
    }
}
