package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;
import org.signpost.content.FieldSpec;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.InjectionScan;

/**
 * Seeded fuzzing with a known XSS corpus (security/xss-payloads.txt): payloads go into bodies
 * (paragraphs, block quotes, list items, tables, headings, link text and addresses, image alt),
 * video transcripts and every free-text front-matter field of every type, in a copy of the
 * fixture site with the demo's templates. The site is rendered whatever check says (what would
 * publish if errors were ignored), then (1) every HTML, SVG and XML file is scanned with Jsoup
 * for event handlers, script URLs, foreign scripts, frames, objects, base and refresh elements,
 * style attributes and loads from other hosts, and (2) every page is loaded in headless Chromium
 * with alert, confirm, prompt, print and console replaced before any page script runs, and
 * other hosts unreachable: nothing may call them, and nothing may be requested from another host.
 * {@code -Dsignpost.fuzz.seed=N} picks another seed, {@code -Dsignpost.fuzz.runs=N} makes N times the items.
 */
class XssFuzzIT {
    /** Front-matter strings that name files, keys or types: they must stay valid for the item to be an item at all. */
    private static final Set<String> KEEP = Set.of("type", "status", "slug", "src", "captions", "poster", "lmi");
    private static final String TRAP = """
            (() => {
              const hits = [];
              const note = (what) => { try { hits.push(String(what).slice(0, 160)); } catch (e) { hits.push('?'); } };
              Object.defineProperty(window, '__xssHits', { value: hits });
              for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = (...a) => { note(f + '(' + a.join(',') + ')'); return null; };
              for (const f of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']) console[f] = (...a) => note('console.' + f + '(' + a.join(',') + ')');
              const away = (u) => { try { return new URL(String(u && u.url || u), location.href).origin !== location.origin; } catch (e) { return true; } };
              const fetch0 = window.fetch;
              window.fetch = function (u, ...rest) { if (away(u)) note('fetch ' + u); return fetch0.call(this, u, ...rest); };
              const open0 = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (m, u, ...rest) { if (away(u)) note('xhr ' + u); return open0.call(this, m, u, ...rest); };
              navigator.sendBeacon = (u) => { note('beacon ' + u); return false; };
              const Ws = window.WebSocket;
              window.WebSocket = function (u, p) { note('websocket ' + u); return new Ws(u, p); };
            })();
            """;

    @TempDir
    Path tmp;

    @Test
    void noPayloadRunsScriptOrLoadsFromAnotherHost() throws Exception {
        long seed = Long.getLong("signpost.fuzz.seed", 20261122L);
        int runs = Integer.getInteger("signpost.fuzz.runs", 1);
        List<String> payloads = payloads();
        assertTrue(payloads.size() > 150, "payloads: " + payloads.size());

        Path site = TestSites.fixtureCopy(tmp.resolve("fuzz"));
        OutputWriter.copyTree(TestSites.root().resolve("templates"), site.resolve("templates"));
        int written = generate(site, new Random(seed), payloads, runs);
        Build build = new Build(site, TestSites.TODAY).check();
        Map<String, byte[]> files = build.renderRegardless();
        Path out = tmp.resolve("output");
        OutputWriter.copyTree(site.resolve("assets"), out);
        OutputWriter.copyTree(TestSites.root().resolve("assets/js"), out.resolve("js"));
        for (var f : files.entrySet()) OutputWriter.write(out.resolve(f.getKey()), f.getValue());
        long fuzzed = build.site().items().stream().filter(i -> i.path().contains("/fuzz-")).count();
        assertTrue(fuzzed > written * 9 / 10, "only " + fuzzed + " of " + written + " fuzzed items were loaded: " + build.problems().sorted());

        List<String> findings = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (var f : files.entrySet()) {
            String name = f.getKey();
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (name.endsWith(".html")) {
                findings.addAll(InjectionScan.findings(Jsoup.parse(text), name));
                pages.add("/" + (name.endsWith("index.html") ? name.substring(0, name.length() - "index.html".length()) : name));
            } else if (name.endsWith(".xml") || name.endsWith(".svg")) {
                findings.addAll(InjectionScan.findings(Jsoup.parse(text, "", Parser.xmlParser()), name));
            }
        }
        assertEquals("", String.join("\n", findings.subList(0, Math.min(40, findings.size()))), findings.size() + " findings, seed " + seed);

        List<String> unrendered = build.site().items().stream().map(Item::url).filter(u -> u.contains("/fuzz-") && !pages.contains(u)).toList();
        assertEquals(List.of(), unrendered, "fuzzed items without a page to load");
        try (Browser browser = Browser.open(out, tmp.resolve("profile"), options -> {
            // Every host but the local server is unreachable, and the attempt is logged.
            options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        })) {
            browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
            for (String page : pages) findings.addAll(load(browser, page));
        }
        assertEquals("", String.join("\n", findings.subList(0, Math.min(40, findings.size()))), findings.size() + " findings, seed " + seed);
    }

    private static List<String> load(Browser browser, String page) {
        List<String> found = new ArrayList<>();
        String url = browser.url(page);
        try {
            browser.driver.get(url);
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) browser.driver.executeScript(
                    "return {hits: window.__xssHits || ['trap missing'], href: location.href,"
                            + " away: performance.getEntriesByType('resource').map(e => e.name).filter(n => new URL(n).origin !== location.origin)};");
            for (Object hit : (List<?>) seen.get("hits")) found.add(page + ": called " + hit);
            for (Object away : (List<?>) seen.get("away")) found.add(page + ": requested " + away);
            if (!url.equals(seen.get("href"))) found.add(page + ": navigated to " + seen.get("href"));
        } catch (UnhandledAlertException e) {
            found.add(page + ": a dialog opened: " + e.getAlertText());
        }
        for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
            String m = entry.getMessage();
            if (m.contains("://") && !m.replaceAll("https?://127\\.0\\.0\\.1:\\d+", "").contains("://")) continue;
            if (m.contains("Failed to load resource") || m.contains("Refused") || m.contains("://")) found.add(page + ": browser log: " + m);
        }
        return found;
    }

    static List<String> payloads() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestSites.root().resolve("src/test/resources/security/xss-payloads.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) out.add(line.replace("\\n", "\n"));
        }
        return out;
    }

    /** Writes fuzzed copies of each fixture item, one type after another; returns how many. */
    private static int generate(Path site, Random random, List<String> payloads, int runs) throws IOException {
        Build base = new Build(site, TestSites.TODAY).check();
        Site fixture = base.site();
        List<Item> models = new ArrayList<>();
        Set<String> typesSeen = new TreeSet<>();
        for (Item i : fixture.items()) if (typesSeen.add(i.type().name())) models.add(i);
        int count = 0;
        // Every payload in at least one body and one title; runs adds more random mixes.
        int items = payloads.size() * runs;
        for (int n = 0; n < items; n++) {
            Item model = models.get(n % models.size());
            Map<String, Object> fields = fuzzFields(model, fixture.schema().fieldsOf(model.type()), random, payloads, n);
            String body = body(random, payloads, n, model.type().name().equals("video"));
            Path file = site.resolve(model.path()).resolveSibling("fuzz-" + n + ".md");
            Files.writeString(file, TestSite.file(fields, body), StandardCharsets.UTF_8);
            count++;
        }
        return count;
    }

    private static Map<String, Object> fuzzFields(Item model, Map<String, FieldSpec> specs, Random random, List<String> payloads, int n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.putAll(model.fields());
        for (FieldSpec spec : specs.values()) {
            if (KEEP.contains(spec.name())) continue;
            Object fuzzed = fuzz(spec, fields.get(spec.name()), random, payloads, n);
            if (fuzzed != null) fields.put(spec.name(), fuzzed);
        }
        fields.remove("slug");
        return fields;
    }

    /** A payload for a free-text field (or each free-text part of a list or group), else null to keep the value. */
    private static Object fuzz(FieldSpec spec, Object current, Random random, List<String> payloads, int n) {
        switch (spec.kind()) {
            case STRING, TEXT -> {
                // A string with a pattern (a video's m:ss duration) is not free text: a payload there
                // stops the page rendering at all, so nothing of it would be tested.
                if (spec.pattern() != null) return null;
                // The title carries payload n, so every payload is in at least one field.
                return spec.name().equals("title") ? payloads.get(n % payloads.size()) : pick(random, payloads);
            }
            case LIST -> {
                if (spec.of() == null) return null;
                if (spec.of().kind() == FieldSpec.Kind.STRING || spec.of().kind() == FieldSpec.Kind.TEXT) {
                    return List.of(pick(random, payloads), pick(random, payloads));
                }
                if (spec.of().kind() == FieldSpec.Kind.OBJECT && current instanceof List<?> list) {
                    List<Object> out = new ArrayList<>();
                    for (Object entry : list) out.add(entry instanceof Map<?, ?> m ? group(spec.of(), m, random, payloads) : entry);
                    return out;
                }
                return null;
            }
            case OBJECT -> {
                Map<?, ?> m = current instanceof Map<?, ?> c ? c : Map.of();
                return group(spec, m, random, payloads);
            }
            default -> {
                return null;
            }
        }
    }

    /** A group's free-text parts fuzzed, keeping ids and references so it still means something. */
    private static Map<String, Object> group(FieldSpec spec, Map<?, ?> current, Random random, List<String> payloads) {
        Map<String, Object> out = new LinkedHashMap<>();
        current.forEach((k, v) -> out.put(String.valueOf(k), v));
        if (spec.fields() == null) return out;
        for (FieldSpec part : spec.fields().values()) {
            if (!part.name().equals("id") && (part.kind() == FieldSpec.Kind.STRING || part.kind() == FieldSpec.Kind.TEXT)) {
                out.put(part.name(), pick(random, payloads));
            }
        }
        return out;
    }

    /** A body with payloads in paragraphs, block quotes, list items, tables, headings, link text and addresses, and image alt text. */
    private static String body(Random random, List<String> payloads, int n, boolean transcript) {
        StringBuilder b = new StringBuilder(transcript ? "## Transcript\n\n" : "");
        b.append(payloads.get((n + 1) % payloads.size())).append("\n\n");
        String one = pick(random, payloads).replace("\n", " ");
        b.append("> ").append(one).append("\n\n");
        b.append("- ").append(pick(random, payloads).replace("\n", " ")).append("\n- item ").append(pick(random, payloads).replace("\n", " ")).append("\n\n");
        b.append("| a | b |\n|---|---|\n| ").append(cell(pick(random, payloads))).append(" | ").append(cell(pick(random, payloads))).append(" |\n\n");
        b.append("## ").append(pick(random, payloads).replace("\n", " ")).append("\n\n");
        b.append("Text [").append(pick(random, payloads).replace("\n", " ").replace("]", "")).append("](/careers/) and [a link](")
                .append(pick(random, payloads).replace("\n", " ").replace(")", "")).append(").\n\n");
        b.append("![").append(pick(random, payloads).replace("\n", " ").replace("]", "")).append("](/media/day.png)\n\n");
        b.append("1. ").append(pick(random, payloads).replace("\n", " ")).append("\n\n");
        b.append(pick(random, payloads)).append('\n');
        return b.toString();
    }

    private static String cell(String payload) {
        return payload.replace("\n", " ").replace("|", "\\|");
    }

    private static String pick(Random random, List<String> payloads) {
        return payloads.get(random.nextInt(payloads.size()));
    }
}
