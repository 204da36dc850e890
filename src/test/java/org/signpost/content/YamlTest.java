package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    /**
     * Positions are shared between documents to save memory at 50,000 items: they must still be
     * exact, near the top of a file and far below it, and two items' keys must be the same strings.
     */
    @Test
    void positionsStayExactWhenSharedAndKeysAreShared() throws Yaml.SyntaxError {
        Yaml.Tree near = Yaml.read("title: A\nroutes_in:\n  - provider: B\n", 3);
        Yaml.Tree again = Yaml.read("title: C\nroutes_in:\n  - provider: D\n", 3);
        assertEquals(new Position(3, 1), near.positions().get("title"));
        assertEquals(new Position(5, 5), near.positions().get("routes_in[0].provider"));
        assertSame(near.positions().get("routes_in[0].provider"), again.positions().get("routes_in[0].provider"));
        String[] key = new String[2];
        near.positions().keySet().stream().filter("routes_in[0].provider"::equals).forEach(k -> key[0] = k);
        again.positions().keySet().stream().filter("routes_in[0].provider"::equals).forEach(k -> key[1] = k);
        assertSame(key[0], key[1], "a path every item repeats is one string");

        Yaml.Tree far = Yaml.read("x: 1\n" + "    ".repeat(20) + "# wide\nlong_key_at_column_one: " + "y".repeat(5) + "\n", 9000);
        assertEquals(new Position(9002, 1), far.positions().get("long_key_at_column_one"));
        assertEquals(new Position(600, 40), Position.of(600, 40));
        assertEquals(new Position(0, 0), Position.of(0, 0));
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
