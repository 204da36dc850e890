package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.TestSites;

/** A built output held to its golden copy, file by file and byte for byte; -Dsignpost.updateGolden=true writes the copy instead. */
final class GoldenFiles {
    private GoldenFiles() {}

    static void assertMatch(Path out, Path expected) throws IOException {
        if (TestSites.updateGolden()) {
            OutputWriter.deleteTree(expected);
            OutputWriter.copyTree(out, expected);
        }
        Map<String, byte[]> actual = TestSites.files(out), golden = TestSites.files(expected);
        assertEquals(golden.keySet(), actual.keySet(), "the set of output files");
        List<String> different = new ArrayList<>();
        golden.forEach((k, v) -> {
            if (!java.util.Arrays.equals(v, actual.get(k))) different.add(k);
        });
        assertEquals(List.of(), different, "files that differ from the golden output (rerun with -Dsignpost.updateGolden=true after checking them)");
    }
}
