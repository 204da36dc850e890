package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.build.OutputWriter;

/**
 * The oracle for serve (#10): seeded random edits to a copy of the fixture site (items added,
 * removed, renamed and broken; front matter and bodies; templates and partials pulled in by
 * every FreeMarker syntax; LMI tables, synonyms, signpost.yml and assets), and after each one
 * the folder serve writes must equal, byte for byte, a clean build of the same files rendered
 * in memory. After an edit that leaves errors, serve must keep the last good site.
 * {@code -Dsignpost.oracle.seed=N -Dsignpost.oracle.edits=N} replay or lengthen a run (Failsafe
 * passes them on). It is an integration test because 2,000 edits take minutes: each one is
 * checked against a whole clean build, search index included.
 */
class ServeOracleIT {
    private static final long SEED = Long.getLong("signpost.oracle.seed", 20261122L);
    private static final int EDITS = Integer.getInteger("signpost.oracle.edits", 2000);

    @TempDir
    Path tmp;
    /** Nanoseconds spent serving, building clean, refreshing search and comparing: where the run's time goes. */
    private final long[] spent = new long[4];

    @Test
    void serveEqualsACleanBuildAfterEveryEdit() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Path out = tmp.resolve("out");
        LiveSite live = new LiveSite(site, out, () -> TestSites.TODAY);
        live.fullBuild();
        Edits edits = new Edits(site, new Random(SEED));
        Map<String, byte[]> lastGood = expected(site);
        long start = System.nanoTime();
        for (int n = 1; n <= EDITS; n++) {
            Edit edit = edits.next();
            long t0 = System.nanoTime();
            LiveSite.Outcome outcome = live.apply(edit.changed());
            long t1 = System.nanoTime();
            Build cleanBuild = new Build(site, TestSites.TODAY);
            Map<String, byte[]> clean = cleanBuild.renderAll();
            long t2 = System.nanoTime();
            spent[0] += t1 - t0;
            spent[1] += t2 - t1;
            String where = "seed " + SEED + ", edit " + n + " (" + edit.what() + ")";
            assertEquals(clean != null, outcome.ok(), where + ": " + outcome.problems());
            // Serve keeps checks an edit cannot have touched: what it reports must still be what a clean build finds.
            assertEquals(cleanBuild.problems().sorted().toString(), outcome.problems().stream().sorted().toList().toString(), where + ": problems");
            if (clean != null) {
                long t3 = System.nanoTime();
                live.refreshSearch(); // serve does this after the reload
                spent[2] += System.nanoTime() - t3;
                lastGood = clean;
            }
            long t4 = System.nanoTime();
            compare(lastGood, served(out), where);
            spent[3] += System.nanoTime() - t4;
        }
        System.out.printf("serve oracle: seed %d, %d edits in %d s (serve %d s, clean builds %d s, search refresh %d s, comparing %d s)%n",
                SEED, EDITS, (System.nanoTime() - start) / 1_000_000_000, spent[0] / 1_000_000_000, spent[1] / 1_000_000_000,
                spent[2] / 1_000_000_000, spent[3] / 1_000_000_000);
    }

    private static Map<String, byte[]> expected(Path site) throws IOException {
        return new Build(site, TestSites.TODAY).renderAll();
    }

    private static Map<String, byte[]> served(Path out) throws IOException {
        Map<String, byte[]> files = TestSites.files(out);
        files.remove(OutputWriter.MARKER);
        return files;
    }

    private static void compare(Map<String, byte[]> expected, Map<String, byte[]> actual, String where) {
        if (!expected.keySet().equals(actual.keySet())) {
            Set<String> missing = new java.util.TreeSet<>(expected.keySet()), extra = new java.util.TreeSet<>(actual.keySet());
            missing.removeAll(actual.keySet());
            extra.removeAll(expected.keySet());
            fail(where + ": served tree lacks " + missing + " and has extra " + extra);
        }
        for (var e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), new String(actual.get(e.getKey()), StandardCharsets.UTF_8),
                        where + ": " + e.getKey() + " differs");
            }
        }
    }

    /** One edit: what it did, and the paths a watcher would report. */
    record Edit(String what, Set<Path> changed) {}

    /** Random edits, each leaving the site valid or (sometimes) broken in a way a later edit repairs. */
    static final class Edits {
        private final Path site;
        private final Random random;
        private final List<Path> added = new ArrayList<>();
        /** Files made invalid or deleted, with the text that repairs them. */
        private final Map<Path, String> broken = new java.util.LinkedHashMap<>();
        private int counter;

        Edits(Path site, Random random) {
            this.site = site;
            this.random = random;
        }

        Edit next() throws IOException {
            if (!broken.isEmpty() && random.nextInt(3) == 0) return repair();
            return switch (random.nextInt(18)) {
                case 0, 1 -> body();
                case 2, 3 -> frontMatter();
                case 4 -> addItem();
                case 5 -> removeItem();
                case 6 -> renameItem();
                case 7 -> breakItem();
                case 8 -> typeTemplate();
                case 9 -> partial();
                case 10 -> builtInOverride();
                case 11 -> lmi();
                case 12 -> synonyms();
                case 13 -> config();
                case 14 -> asset();
                case 15 -> deleteOriginal();
                case 16 -> routes();
                default -> badTemplate();
            };
        }

        private Edit repair() throws IOException {
            Path p = broken.keySet().iterator().next();
            String text = broken.remove(p);
            Set<Path> changed = new LinkedHashSet<>(List.of(p));
            if (text == null) Files.deleteIfExists(p);
            else write(p, text);
            return new Edit("repair " + rel(p), changed);
        }

        private List<Path> items() throws IOException {
            List<Path> all = new ArrayList<>();
            try (var walk = Files.walk(site.resolve("content"))) {
                walk.filter(Files::isRegularFile).filter(p -> !broken.containsKey(p)).sorted().forEach(all::add);
            }
            return all;
        }

        private Path pick(List<Path> from) {
            return from.get(random.nextInt(from.size()));
        }

        private Edit body() throws IOException {
            Path p = pick(items());
            String text = Files.readString(p);
            if (random.nextInt(4) == 0) return cutBody(p, text);
            String[] additions = {"\n\nA new paragraph " + ++counter + ".\n", "\n\n## A new question " + counter + "?\n\nAnswer.\n",
                    "\n\nSee [plumbers](/careers/plumber/) and [electricians](/careers/electrician/#what-will-i-do).\n",
                    "\n\nSee [the map](/routemaps/construction-map/) " + ++counter + ".\n"};
            write(p, text.stripTrailing() + additions[random.nextInt(additions.length)]);
            return new Edit("body of " + rel(p), Set.of(p));
        }

        /** Turns the body's questions into plain lines (links to their anchors break), or empties it (a video loses its transcript). */
        private Edit cutBody(Path p, String text) throws IOException {
            broken.put(p, text);
            int end = text.indexOf("\n---", 4);
            String cut = random.nextBoolean() || end < 0 ? text.replaceAll("(?m)^#{2,3} ", "Question: ") : text.substring(0, end + 4) + "\n";
            write(p, cut);
            return new Edit("cut body of " + rel(p), Set.of(p));
        }

        private Edit frontMatter() throws IOException {
            Path p = pick(items());
            String text = Files.readString(p);
            String next = switch (random.nextInt(5)) {
                case 0 -> text.replaceFirst("(?m)^(title[:=]\\s*\"?)([^\"\\n]*)", "$1$2 " + ++counter);
                case 1 -> text.replaceFirst("(?m)^(summary[:=]\\s*\"?)([^\"\\n]*)", "$1$2 More " + ++counter + ".");
                case 2 -> text.replaceFirst("(?m)^(updated|date)([:=]\\s*)2026-\\d\\d-\\d\\d", "$1$22026-" + String.format("%02d-%02d", 1 + random.nextInt(11), 1 + random.nextInt(28)));
                case 3 -> text.replaceFirst("(?m)^salary_starter([:=]\\s*)\\d+", "salary_starter$1" + (18000 + random.nextInt(20) * 500));
                default -> text.replaceFirst("(?m)^route: [a-z-]+", "route: " + List.of("digital", "construction-built-environment", "care-services").get(random.nextInt(3)));
            };
            write(p, next);
            return new Edit("front matter of " + rel(p), Set.of(p));
        }

        /**
         * Front matter that moves what check says about careers and dates: a pathway turns academic
         * or technical, stops naming a career, or a career's review date passes. serve re-checks
         * only what a field edit can reach, so these must find the same warnings as a clean build.
         */
        private Edit routes() throws IOException {
            Path career = site.resolve("content/careers/electrician.md"), pathway = site.resolve("content/pathways/t-level-construction.md"),
                    vacancy = site.resolve("content/apprenticeships/electrical-apprentice.md");
            Path p = List.of(career, pathway, pathway, vacancy).get(random.nextInt(4));
            if (!Files.exists(p) || broken.containsKey(p)) return frontMatter();
            String text = Files.readString(p);
            String next = p == career ? swap(text, "review_by: 2027-09-01", "review_by: 2025-09-01")
                    : p == vacancy ? swap(text, "careers: [electrician]", "careers: [plumber]")
                    : random.nextBoolean() ? swap(text, "kind: t-level", "kind: sixth-form")
                    : swap(text, "leads_to: [electrician, electrical-apprentice]", "leads_to: [electrical-apprentice]");
            write(p, next);
            return new Edit("routes and dates in " + rel(p), Set.of(p));
        }

        /** The text with {@code a} turned into {@code b}, or back. */
        private static String swap(String text, String a, String b) {
            return text.contains(a) ? text.replace(a, b) : text.replace(b, a);
        }

        private Edit addItem() throws IOException {
            int n = ++counter;
            Path p;
            if (random.nextBoolean()) {
                p = site.resolve("content/guides/added-" + n + ".md");
                write(p, "---\ntitle: \"Added guide " + n + "\"\nsummary: \"A guide added while serving.\"\naudience: [young-people]\n"
                        + "topic: t-levels\ndate: 2026-10-" + String.format("%02d", 1 + n % 28) + "\n---\n## Why? {#why}\n\nBecause. See [T Levels](/guides/t-levels/#what).\n");
            } else {
                p = site.resolve("content/careers/added-" + n + ".md");
                write(p, "---\ntitle: \"Added career " + n + "\"\nsummary: \"A career added while serving.\"\naudience: [young-people]\n"
                        + "route: construction-built-environment\nalt_titles: [extra " + n + "]\nsalary_starter: 20000\nrelated: [plumber]\n---\n"
                        + "## What will I do?\n\nWork with [electricians](/careers/electrician/).\n");
            }
            added.add(p);
            return new Edit("add " + rel(p), Set.of(p));
        }

        private Edit removeItem() throws IOException {
            if (added.isEmpty()) return addItem();
            Path p = added.remove(random.nextInt(added.size()));
            Files.deleteIfExists(p);
            return new Edit("remove " + rel(p), Set.of(p));
        }

        private Edit renameItem() throws IOException {
            if (added.isEmpty()) return addItem();
            Path from = added.remove(random.nextInt(added.size()));
            Path to = from.resolveSibling("renamed-" + ++counter + ".md");
            Files.move(from, to);
            added.add(to);
            return new Edit("rename " + rel(from) + " to " + rel(to), Set.of(from, to));
        }

        private Edit breakItem() throws IOException {
            Path p = pick(items());
            String text = Files.readString(p);
            broken.put(p, text);
            String bad = random.nextBoolean() ? text.replaceFirst("title", "title: \"unclosed\ntitel") : text + "\n[broken](/careers/no-such-career/)\n";
            write(p, bad);
            return new Edit("break " + rel(p), Set.of(p));
        }

        private Edit deleteOriginal() throws IOException {
            Path p = pick(items());
            if (added.contains(p)) return removeItem();
            broken.put(p, Files.readString(p));
            Files.delete(p);
            return new Edit("delete " + rel(p), Set.of(p));
        }

        /** templates/guide.ftlh comes, changes and goes; it pulls partials in by #include, #import and .get_optional_template. */
        private Edit typeTemplate() throws IOException {
            Path p = site.resolve("templates/guide.ftlh");
            if (Files.exists(p) && random.nextInt(3) == 0) {
                Files.delete(p);
                return new Edit("delete templates/guide.ftlh", Set.of(p));
            }
            write(p, "<#import \"_default-layout.ftlh\" as d>\n<#import \"partials/macros.ftlh\" as m>\n<@d.frame>\n<h1>${item.title} " + ++counter + "</h1>\n"
                    + "<#include \"partials/note.ftlh\">\n<@m.badge item.title/>\n"
                    + "<#assign opt = .get_optional_template(\"partials/optional.ftlh\")><#if opt.exists><@opt.include/></#if>\n"
                    + "${item.body?no_esc}\n</@d.frame>\n");
            Set<Path> changed = new LinkedHashSet<>(List.of(p));
            for (String partial : List.of("note.ftlh", "macros.ftlh")) {
                Path q = site.resolve("templates/partials/" + partial);
                if (!Files.exists(q)) {
                    partialText(q);
                    changed.add(q);
                }
            }
            return new Edit("write templates/guide.ftlh", changed);
        }

        private Edit partial() throws IOException {
            String name = List.of("note.ftlh", "macros.ftlh", "optional.ftlh").get(random.nextInt(3));
            Path q = site.resolve("templates/partials/" + name);
            if (name.equals("optional.ftlh") && Files.exists(q) && random.nextBoolean()) {
                Files.delete(q);
                return new Edit("delete " + rel(q), Set.of(q));
            }
            partialText(q);
            return new Edit("write " + rel(q), Set.of(q));
        }

        private void partialText(Path q) throws IOException {
            int n = ++counter;
            String name = q.getFileName().toString();
            write(q, name.equals("macros.ftlh") ? "<#macro badge title><span class=\"badge\">${title} " + n + "</span></#macro>\n"
                    : "<p class=\"" + name.replace(".ftlh", "") + "\">Partial " + n + "</p>\n");
        }

        /** A site copy of a built-in partial that built-in templates include. */
        private Edit builtInOverride() throws IOException {
            Path p = site.resolve("templates/search-box.ftlh");
            if (Files.exists(p) && random.nextBoolean()) {
                Files.delete(p);
                return new Edit("delete templates/search-box.ftlh", Set.of(p));
            }
            String builtIn;
            try (var in = Build.class.getResourceAsStream("/org/signpost/render/templates/search-box.ftlh")) {
                builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            write(p, builtIn + "<p>Search tip " + ++counter + "</p>\n");
            return new Edit("write templates/search-box.ftlh", Set.of(p));
        }

        private Edit badTemplate() throws IOException {
            Path p = site.resolve("templates/career.ftlh");
            if (broken.containsKey(p)) return body();
            broken.put(p, Files.readString(p));
            write(p, Files.readString(p).replace("</@d.frame>", "<#if>\n</@d.frame>"));
            return new Edit("break templates/career.ftlh", Set.of(p));
        }

        private Edit lmi() throws IOException {
            Path p = site.resolve("data/lmi/pay-by-soc.csv");
            String text = Files.readString(p);
            write(p, text.replaceFirst("5241,\\d+", "5241," + (30000 + random.nextInt(100) * 100)));
            return new Edit("edit data/lmi/pay-by-soc.csv", Set.of(p));
        }

        private Edit synonyms() throws IOException {
            Path p = site.resolve("data/search/synonyms.txt");
            String text = Files.readString(p);
            write(p, random.nextBoolean() && text.contains("\nsparky") ? text.replaceFirst("\nsparky[^\n]*", "")
                    : text.stripTrailing() + "\nsparky, wiring person " + ++counter + "\n");
            return new Edit("edit synonyms", Set.of(p));
        }

        /** The tagline every page shows, or the page size, which makes listing pages come and go. */
        private Edit config() throws IOException {
            Path p = site.resolve("signpost.yml");
            String text = Files.readString(p).replaceFirst("\npage_size: \\d+\n", "\n");
            write(p, random.nextBoolean() ? text.replaceFirst("tagline: \"[^\"]*\"", "tagline: \"A small site, version " + ++counter + "\"")
                    : text.stripTrailing() + "\npage_size: " + (1 + random.nextInt(3)) + "\n");
            return new Edit("edit signpost.yml", Set.of(p));
        }

        private Edit asset() throws IOException {
            int n = ++counter;
            Path css = site.resolve("assets/css/site.css");
            Path extra = site.resolve("assets/css/extra.css");
            return switch (random.nextInt(3)) {
                case 0 -> {
                    write(css, Files.readString(css) + "\n/* " + n + " */\n");
                    yield new Edit("edit assets/css/site.css", Set.of(css));
                }
                case 1 -> {
                    write(extra, "p { margin: " + n + "px; }\n");
                    yield new Edit("write assets/css/extra.css", Set.of(extra));
                }
                default -> {
                    Files.deleteIfExists(extra);
                    yield new Edit("delete assets/css/extra.css", Set.of(extra));
                }
            };
        }

        private static void write(Path p, String text) throws IOException {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        }

        private String rel(Path p) {
            return site.relativize(p).toString();
        }
    }
}
