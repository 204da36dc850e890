package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML reader's limits and numbers; what editors see is in sites/hostile and sites/invalid. */
class YamlTest {
    /** Generous for a loaded machine: each case takes milliseconds, and took a minute or overflowed before. */
    private static final Duration FAST = Duration.ofSeconds(5);

    private static String refused(String yaml) {
        return assertTimeoutPreemptively(FAST, () -> {
            Yaml.SyntaxError e = assertThrows(Yaml.SyntaxError.class, () -> Yaml.read(yaml, 1));
            return e.at.line() + ":" + e.at.col() + " " + e.getMessage();
        });
    }

    @Test
    void numbersAreReadAsYaml12ReadsThem() throws Yaml.SyntaxError {
        Map<String, Object> m = Yaml.read("a: 021000\nb: 010\nc: 0o17\nd: 0x1F\ne: 99999999999999999999\nf: 1_000\ng: 1.5\n", 1).map();
        assertEquals(21000L, m.get("a"));
        assertEquals(10L, m.get("b"));
        assertEquals(15L, m.get("c"));
        assertEquals(31L, m.get("d"));
        assertEquals(new BigInteger("99999999999999999999"), m.get("e"));
        assertEquals("1_000", m.get("f"));
        assertEquals(1.5, m.get("g"));
    }

    @Test
    void aliasesThatWouldExpandWithoutEndAreRefusedQuickly() {
        String thousand = "a: &a [" + "x,".repeat(999) + "x]\n";
        String expands = thousand + "b: &b [*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c]\n";
        assertEquals("2:8 the aliases here repeat values more than 100000 times; write the values out instead", refused(expands));
        assertEquals("1:14 '*a' is inside the value '&a' it repeats, so that value would never end; write the values out", refused("tags: &a [x, *a]"));
        assertEquals("1:56 lists and groups are nested more than 50 deep here; no page needs that many", refused("tags: " + "[".repeat(100_000)));
        assertEquals("1:203 lists and groups are nested more than 50 deep here; no page needs that many", refused("tags: " + "{a: ".repeat(100_000)));
    }

    @Test
    void aFewAliasesAreFine() throws Yaml.SyntaxError {
        assertEquals(List.of(List.of("x"), List.of("x")), Yaml.read("a: &a [x]\nb: [*a, *a]\n", 1).map().get("b"));
    }
}
