package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.content.Problem;

/**
 * One bad-input fixture per validation rule: each folder under sites/invalid/ holds files laid
 * over the fixture site and expected.txt, the exact problems check must report.
 */
class CheckRulesTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRuleReportsExactlyItsProblems() throws IOException {
        List<Path> rules = TestSites.cases("invalid", p -> true);
        assertTrue(rules.size() >= 20, "expected a fixture per rule, found " + rules.size());
        List<Problem> baseline = new Build(TestSites.fixtureCopy(tmp.resolve("baseline")), TestSites.TODAY).check().problems().sorted();
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getFileName().toString(), () -> {
            Path site = TestSites.fixtureCopy(tmp.resolve(rule.getFileName().toString()), rule);
            Build build = new Build(site, TestSites.TODAY).check();
            List<String> lines = build.problems().sorted().stream().filter(p -> !baseline.contains(p)).map(Problem::toString).toList();
            String actual = String.join("\n", lines) + "\n";
            Path expected = rule.resolve("expected.txt");
            if (TestSites.updateGolden()) Files.writeString(expected, actual, StandardCharsets.UTF_8);
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "problems for " + rule.getFileName());
        }));
    }

    @Test
    void theFixtureItselfHasNoErrors() {
        Path site = TestSites.fixtureCopy(tmp);
        Build build = new Build(site, TestSites.TODAY).check();
        assertEquals(List.of("content/apprenticeships/old-vacancy.md:11:1: warning: closing_date 2026-10-01 has passed; the vacancy is shown as closed"),
                build.problems().sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aHugeFileIsRefusedWithAClearMessage() throws IOException {
        Path site = TestSites.fixtureCopy(tmp);
        Path huge = site.resolve("content/guides/huge.md");
        Files.writeString(huge, "---\ntitle: x\n---\n" + "word ".repeat(600_000));
        Build build = new Build(site, TestSites.TODAY).check();
        assertTrue(build.problems().sorted().stream().map(Problem::toString)
                .anyMatch(p -> p.equals("content/guides/huge.md:1:1: error: file is too large (2.9 MB; the limit is 2 MB)")),
                build.problems().sorted().toString());
    }
}
