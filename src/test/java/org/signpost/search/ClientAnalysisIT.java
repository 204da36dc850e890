package org.signpost.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.NodeJs;
import org.signpost.TestSites;

/**
 * the engine's search.js (src/main/resources/org/signpost/client/js/) cuts, folds and stems words exactly as Lucene: every content file of the
 * demo site and some hard cases (possessives, curly quotes, numbers, accents, very long words)
 * are tokenised by Lucene here and by the client under Node, token by token with offsets.
 */
class ClientAnalysisIT {
    @TempDir
    Path tmp;

    @Test
    void theClientAnalysesTextLikeLucene() throws Exception {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (String line : Files.readAllLines(TestSites.root().resolve("src/test/resources/search/tricky.txt"))) cases.add(oracle("tricky.txt", line));
        for (Path content : TestSites.fylde().folders("content")) { // the area's own content and the shared
            try (Stream<Path> files = Files.walk(content)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) cases.add(oracle(f.getFileName().toString(), Files.readString(f)));
            }
        }
        Path file = tmp.resolve("oracle.json");
        new ObjectMapper().writeValue(file.toFile(), cases);
        Process p = NodeJs.start(NodeJs.command("src/test/js/analysis-check.mjs", file.toString()).redirectErrorStream(true));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        System.out.println(output);
        assertEquals(0, p.exitValue(), output);
    }

    /** Lucene's tokens of a text: [word before stemming, stem, start offset, end offset]. */
    private static Map<String, Object> oracle(String name, String text) {
        List<List<Object>> tokens = new ArrayList<>();
        List<String> stems = SearchAnalyzers.tokens(SearchAnalyzers.index(), text); // the same chain plus the stemmer
        try (TokenStream ts = SearchAnalyzers.words().tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(List.of(term.toString(), stems.get(tokens.size()), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("name", name, "text", text, "expected", tokens);
    }
}
