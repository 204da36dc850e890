package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSite;
import org.signpost.content.Problems;
import org.signpost.content.Site;

/** serve's synonym cache: the same text is parsed once, and any change to it is read afresh, errors included. */
class SynonymsCacheTest {
    final Site site = TestSite.fixture().site();

    @TempDir
    Path dir;

    @Test
    void theSameTextIsParsedOnceAndAChangedOneAgain() throws Exception {
        write("sparky, electrician\n");
        Synonyms.Cache cache = new Synonyms.Cache();
        Synonyms first = cache.load(dir, site, new Problems());
        assertSame(first.map(), cache.load(dir, site, new Problems()).map());

        write("sparky, electrician\nchippy, carpenter\n");
        Synonyms changed = cache.load(dir, site, new Problems());
        assertNotSame(first.map(), changed.map());
        assertTrue(changed.rules().stream().anyMatch(r -> r.from().contains(List.of("chippy"))), changed.rules().toString());
        assertEquals(Synonyms.load(dir, site, new Problems()).rules(), changed.rules());
    }

    @Test
    void aBrokenRuleIsReportedAtItsLineEvenAfterAGoodParseAndTheFixIsRead() throws Exception {
        Synonyms.Cache cache = new Synonyms.Cache();
        write("sparky, electrician\n");
        cache.load(dir, site, new Problems());

        write("sparky, electrician\nchippy => joiner => carpenter\n");
        Problems broken = new Problems();
        Synonyms none = cache.load(dir, site, broken);
        assertTrue(none.rules().isEmpty());
        assertEquals(1, broken.sorted().size(), broken.sorted().toString());
        assertEquals(Synonyms.FILE + ":2:1", broken.sorted().get(0).path() + ":" + broken.sorted().get(0).at().line() + ":" + broken.sorted().get(0).at().col());

        write("sparky, electrician\nchippy => carpenter\n");
        Problems fixed = new Problems();
        assertTrue(cache.load(dir, site, fixed).rules().stream().anyMatch(r -> r.from().contains(List.of("chippy"))));
        assertTrue(fixed.isEmpty(), fixed.sorted().toString());
    }

    private void write(String text) throws Exception {
        Files.createDirectories(dir.resolve("data/search"));
        Files.writeString(dir.resolve(Synonyms.FILE), text);
    }
}
