package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.content.Problem;
import org.signpost.content.Problems;

/** Content-hashed names: of final bytes, through chains of imports, and never for media or embed.js. */
class FingerprintsTest {
    @TempDir
    Path dir;

    private final Map<String, Path> assets = new TreeMap<>();
    private final Problems problems = new Problems();

    private void asset(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assets.put(path, file);
    }

    private Fingerprints.Result run() {
        return Fingerprints.of(assets, Map.of(), problems);
    }

    private static String text(Fingerprints.Result r, String url) {
        return new String(r.files().get(r.urls().published().get(url).substring(1)), StandardCharsets.UTF_8);
    }

    @Test
    void aChangeDeepInAChainOfImportsRenamesEveryFileThatImportsIt() throws Exception {
        asset("js/page.js", "import { run } from './lib/run.js';\nrun();\n");
        asset("js/lib/run.js", "import \"../util.js\";\nexport const run = () => import('/js/util.js');\n");
        asset("js/util.js", "export const x = 1;\n");
        asset("js/alone.js", "export const y = 2;\n");
        Fingerprints.Result before = run();
        asset("js/util.js", "export const x = 2;\n");
        Fingerprints.Result after = run();
        for (String url : List.of("/js/page.js", "/js/lib/run.js", "/js/util.js")) {
            assertNotEquals(before.urls().published().get(url), after.urls().published().get(url), url);
        }
        assertEquals(before.urls().published().get("/js/alone.js"), after.urls().published().get("/js/alone.js"));
        String util = after.urls().published().get("/js/util.js");
        assertTrue(util.matches("/js/util\\.[0-9a-f]{8}\\.js"), util);
        String name = util.substring("/js/".length());
        String run = text(after, "/js/lib/run.js");
        assertEquals("import \"../" + name + "\";\nexport const run = () => import('/js/" + name + "');\n", run);
        String lib = after.urls().published().get("/js/lib/run.js").substring("/js/lib/".length());
        assertEquals("import { run } from './lib/" + lib + "';\nrun();\n", text(after, "/js/page.js"));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void theHashIsOfTheFinalBytesAndTheSameInputGivesTheSameNames() throws Exception {
        asset("js/a.js", "import './b.js';\n");
        asset("js/b.js", "export {};\n");
        Fingerprints.Result one = run(), two = run();
        assertEquals(one.urls(), two.urls());
        for (var e : one.files().entrySet()) {
            assertArrayEquals(e.getValue(), two.files().get(e.getKey()));
            assertTrue(e.getKey().contains("." + Fingerprints.digest(e.getValue()) + "."), e.getKey());
        }
    }

    @Test
    void cssImportsAndUrlsAreRewrittenAndMediaKeepTheirNames() throws Exception {
        asset("css/site.css", "@import \"print.css\";\nbody { background: url('../media/bg.png?v=1'); }\n"
                + ".a { background: url(data:image/png;base64,AAAA); } .b { background: url(https://elsewhere.example/x.css); }\n");
        asset("css/print.css", "@media print { body { color: #000 } }\n");
        asset("media/bg.png", "not really a png");
        Fingerprints.Result r = run();
        String print = r.urls().published().get("/css/print.css").substring("/css/".length());
        assertEquals("@import \"" + print + "\";\nbody { background: url('../media/bg.png?v=1'); }\n"
                + ".a { background: url(data:image/png;base64,AAAA); } .b { background: url(https://elsewhere.example/x.css); }\n", text(r, "/css/site.css"));
        assertEquals("/media/bg.png", r.urls().published().get("/media/bg.png"));
        assertFalse(r.urls().fingerprinted("/media/bg.png"));
    }

    @Test
    void bareModuleNamesQueriesAndMissingFilesAreLeftAlone() throws Exception {
        asset("js/a.js", "import fs from 'node:fs';\nimport x from 'lodash';\nimport y from './b.js?raw#top';\nimport z from './gone.js';\n");
        asset("js/b.js", "export default 1;\n");
        Fingerprints.Result r = run();
        String b = r.urls().published().get("/js/b.js").substring("/js/".length());
        assertEquals("import fs from 'node:fs';\nimport x from 'lodash';\nimport y from './" + b + "?raw#top';\nimport z from './gone.js';\n", text(r, "/js/a.js"));
    }

    @Test
    void theEngineScriptsAreHashedButEmbedJsKeepsItsAddress() {
        Map<String, byte[]> engine = Map.of("_signpost/js/search.js", "export const s = 1;\n".getBytes(StandardCharsets.UTF_8),
                "_signpost/js/search-page.js", "import { s } from './search.js';\n".getBytes(StandardCharsets.UTF_8),
                "js/embed.js", "(function () {})();\n".getBytes(StandardCharsets.UTF_8));
        Fingerprints.Result r = Fingerprints.of(Map.of(), engine, problems);
        assertFalse(r.urls().fingerprinted("/js/embed.js"));
        assertEquals("/js/embed.js", r.urls().published().get("/js/embed.js"));
        String search = r.urls().published().get("/_signpost/js/search.js").substring("/_signpost/js/".length());
        assertEquals("import { s } from './" + search + "';\n", text(r, "/_signpost/js/search-page.js"));
    }

    @Test
    void filesThatImportEachOtherAreAnErrorOnTheFileThatClosesTheCycle() throws Exception {
        asset("js/a.js", "import './b.js';\n");
        asset("js/b.js", "import './a.js';\n");
        asset("js/c.js", "import './a.js';\n");
        Fingerprints.Result r = run();
        assertEquals(List.of("assets/js/b.js:1:9: error: imports /js/a.js, which imports it back, so neither can be published under a hashed name; break the cycle"),
                problems.sorted().stream().map(Problem::toString).toList());
        for (String url : List.of("/js/a.js", "/js/b.js", "/js/c.js")) assertFalse(r.urls().fingerprinted(url), url);
    }

    @Test
    void bytesThatAreNotUtf8SurviveTheRewriteUnchanged() throws Exception {
        Path file = dir.resolve("css/latin.css");
        Files.createDirectories(file.getParent());
        byte[] head = "/* caf".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = " */ @import 'x.css';".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + rest.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1: not UTF-8
        System.arraycopy(rest, 0, bytes, head.length + 1, rest.length);
        Files.write(file, bytes);
        assets.put("css/latin.css", file);
        Fingerprints.Result r = run();
        byte[] published = r.files().get(r.urls().published().get("/css/latin.css").substring(1));
        assertArrayEquals(bytes, published);
    }

    @Test
    void resolvesOnlyPathsOnThisSite() {
        assertEquals("/js/b.js", Fingerprints.resolve("/js/a.js", "./b.js", false));
        assertEquals("/b.js", Fingerprints.resolve("/js/a.js", "../b.js", false));
        assertEquals(null, Fingerprints.resolve("/js/a.js", "../../b.js", false));
        assertEquals(null, Fingerprints.resolve("/js/a.js", "//other.example/b.js", false));
        assertEquals(null, Fingerprints.resolve("/js/a.js", "b.js", false));
        assertEquals("/css/b.css", Fingerprints.resolve("/css/a.css", "b.css", true));
        assertEquals("/css/site.3f2a9c1b.css", Fingerprints.hashedName("/css/site.css", "3f2a9c1b"));
        assertEquals("/js/x.min.3f2a9c1b.js", Fingerprints.hashedName("/js/x.min.js", "3f2a9c1b"));
    }

    @Test
    void tooManyFilesForCloudflaresHundredRulesIsAWarning() throws Exception {
        for (int i = 0; i < 46; i++) asset("js/m" + i + ".js", "export const n = " + i + ";\n");
        run();
        assertEquals(List.of(), problems.sorted(), "46 files: 99 rules");
        asset("js/m46.js", "export const n = 46;\n");
        run();
        assertEquals(List.of("assets:1:1: warning: 47 CSS and JavaScript files need 101 rules in _headers (a hashed and a plain name each),"
                + " more than the 100 Cloudflare Pages reads; combine some files if you publish there"), problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aLongRunOfSpacesAfterImportTakesLinearTime() throws Exception {
        asset("js/spaces.js", "import" + " ".repeat(2_000_000) + "x;\n" + "from" + " ".repeat(2_000_000) + "(x);\n");
        Fingerprints.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), this::run);
        assertTrue(r.urls().fingerprinted("/js/spaces.js"));
    }

    @Test
    void aChainOfImportsTooDeepToFollowIsAnErrorOnItsLastFile() throws Exception {
        for (int i = 0; i <= Fingerprints.MAX_DEPTH + 1; i++) asset("js/c" + i + ".js", "import './c" + (i + 1) + ".js';\n");
        Fingerprints.Result r = run();
        assertEquals(List.of("assets/js/c101.js:1:1: error: is at the end of a chain of more than 100 imports, so it and the files that import it"
                + " cannot be published under hashed names; import through fewer levels"), problems.sorted().stream().map(Problem::toString).toList());
        assertFalse(r.urls().fingerprinted("/js/c0.js"));
    }
}
