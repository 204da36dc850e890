package org.signpost.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.SiteFolders;

/**
 * Warns where a site template writes a CSS or JavaScript file's plain address ("/css/site.css")
 * instead of asking for it with asset(). The plain file is still published, so the page works,
 * but a host may keep the old copy for a few minutes after a deploy while the page is new.
 */
public final class PlainAssetLinks {
    /** A quoted site path not inside asset(...). */
    private static final Pattern QUOTED_PATH = Pattern.compile("(?<!asset\\(\\s{0,8})([\"'])(/[^\"'\\s<>]{1,300})\\1");
    /** Larger files are not templates anyone wrote by hand; FreeMarker reports what is wrong with them. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private PlainAssetLinks() {}

    public static void check(Path siteDir, AssetUrls assets, Problems problems) {
        check(SiteFolders.of(siteDir), assets, problems);
    }

    /** Checks an area's templates and the shared ones. */
    public static void check(SiteFolders folders, AssetUrls assets, Problems problems) {
        for (Path dir : folders.folders(Templates.FOLDER)) check(folders, dir, assets, problems);
    }

    private static void check(SiteFolders folders, Path dir, AssetUrls assets, Problems problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".+\\.ftl[hx]?")).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return; // the template loader reports unreadable templates when a page uses them
        }
        for (Path file : files) {
            String text;
            try {
                if (Files.size(file) > MAX_BYTES) continue;
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            String shown = folders.display(file);
            Matcher m = QUOTED_PATH.matcher(text);
            while (m.find()) {
                String path = m.group(2);
                if (!assets.fingerprinted(path)) continue;
                problems.warning(shown, Position.ofOffset(text, m.start(2), 1), "'" + path + "' is the file's plain address, which browsers may keep for 5 minutes after"
                        + " a deploy; write ${asset(\"" + path + "\")} instead, for its address with a content hash, which never goes stale");
            }
        }
    }
}
