package org.signpost.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.signpost.content.Item;
import org.signpost.content.Problem;
import org.signpost.markdown.MarkdownResult;

/**
 * Bodies one area of a hub rendered, for the areas built after it. A shared file's Markdown
 * renders the same in every area whose page template for its type (the ids a body avoids) and
 * media hosts are the same, so a hub renders it once. An area's own files are never kept: no other
 * area reads them. A body is known by a digest of its text, not the text, so the cache does not
 * hold every body of the site while the areas are built.
 */
final class BodyCache {
    record Rendered(MarkdownResult result, List<Problem> problems) {}

    private record Key(String path, String digest, int bodyLine, Set<String> templateIds, List<String> mediaHosts, boolean deflated) {}

    private final ConcurrentHashMap<Key, Rendered> done = new ConcurrentHashMap<>();

    Rendered get(Item item, Set<String> templateIds, List<String> mediaHosts, boolean deflated, Supplier<Rendered> render) {
        if (item.path().startsWith(Areas.FOLDER + "/")) return render.get();
        Key key = new Key(item.path(), digest(item.body()), item.bodyLine(), templateIds, mediaHosts, deflated);
        Rendered known = done.get(key);
        if (known != null) return known;
        Rendered made = render.get();
        Rendered raced = done.putIfAbsent(key, made);
        return raced == null ? made : raced;
    }

    private static String digest(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
