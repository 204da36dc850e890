package org.signpost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.signpost.build.OutputWriter;

/** Test sites: the fixture under src/test/resources/sites/, copied to a temporary folder to work on. */
public final class TestSites {
    /** The date every test builds as of, so closing and review dates give the same answers every day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TestSites() {}

    public static Path root() {
        return Path.of(System.getProperty("signpost.root", ".")).toAbsolutePath().normalize();
    }

    /** The demo's Fylde Coast area: its own folder over the repository's shared one. Tests of the demo build this. */
    public static org.signpost.content.SiteFolders fylde() {
        return org.signpost.build.Areas.folders(root(), "fylde-coast");
    }

    public static Path sites() {
        return root().resolve("src/test/resources/sites");
    }

    /** Whether to rewrite golden files instead of comparing: mvn test -Dsignpost.updateGolden=true */
    public static boolean updateGolden() {
        return Boolean.getBoolean("signpost.updateGolden");
    }

    /** The case folders of a fixture group (sites/invalid, sites/hostile) that pass {@code keep}, in name order. */
    public static java.util.List<Path> cases(String group, java.util.function.Predicate<Path> keep) throws IOException {
        try (var list = Files.list(sites().resolve(group))) {
            return list.filter(Files::isDirectory).filter(keep).sorted().toList();
        }
    }

    /** Every file under a folder, by relative path. */
    public static java.util.Map<String, byte[]> files(Path dir) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** A fresh copy of the fixture site, with an overlay's files copied over it. */
    public static Path fixtureCopy(Path dir, Path... overlays) {
        try {
            Path site = dir.resolve("site");
            OutputWriter.copyTree(sites().resolve("fixture"), site);
            OutputWriter.deleteTree(site.resolve("expected"));
            for (Path overlay : overlays) {
                try (var walk = Files.walk(overlay)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        String rel = overlay.relativize(p).toString();
                        if (rel.equals("expected.txt")) continue;
                        Path target = site.resolve(rel);
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
