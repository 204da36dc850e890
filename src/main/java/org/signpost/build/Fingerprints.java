package org.signpost.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.render.AssetUrls;
import org.signpost.render.EmbedPages;

/**
 * Publishes every CSS and JavaScript file (the site's and the engine's) a second time under a
 * name holding a hash of its final bytes, {@code site.css} as {@code site.3f2a9c1b.css}, so a
 * host may cache it for a year and a deploy still never serves a stale copy. A file's imports
 * ({@code import ... from './search.js'}, {@code import('./x.js')}, CSS {@code @import} and
 * {@code url(...)}) that name another such file are rewritten to its hashed name first, so a
 * change to search.js changes the name of search-page.js, which imports it.
 * <p>
 * The plain names are published too, unchanged: old templates, Markdown links and outside
 * pages that name them keep working (with a short cache lifetime). Media keep only their names:
 * they are large, named from Markdown front matter and bodies, and rarely change.
 * /js/embed.js keeps only its name: schools paste that address once.
 * <p>
 * Files are read as ISO-8859-1, which maps each byte to one char, so rewriting changes only the
 * names and leaves every other byte as it was, whatever the file's encoding.
 */
public final class Fingerprints {
    /** Larger files are published under their plain name only: fingerprinting reads the whole file. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Deeper chains of imports are refused rather than followed: each level is a step of recursion. */
    static final int MAX_DEPTH = 100;
    /** Cloudflare Pages reads this many rules of _headers, and the headers file always has this many besides the files' own. */
    static final int CLOUDFLARE_RULES = 100, FIXED_RULES = 7;
    /** One way to match the spaces around "(": two optional runs of spaces side by side would take time squared on a long run. */
    private static final Pattern JS_IMPORT = Pattern.compile("(?:\\bfrom|\\bimport)\\s*(?:\\(\\s*)?([\"'])([^\"'\\r\\n]+)\\1");
    private static final Pattern CSS_REF = Pattern.compile("url\\(\\s*([\"']?)([^\"')\\s]+)\\1\\s*\\)|@import\\s+([\"'])([^\"'\\r\\n]+)\\3");

    /** The published address of every asset, and the bytes of each hashed copy by output path. */
    public record Result(AssetUrls urls, Map<String, byte[]> files) {
        public static final Result NONE = new Result(AssetUrls.NONE, Map.of());
    }

    private final Map<String, String> sources = new TreeMap<>();
    private final Map<String, String> origin = new HashMap<>();
    private final Map<String, String> published = new TreeMap<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, State> states = new HashMap<>();
    private final Problems problems;

    private Fingerprints(Problems problems) {
        this.problems = problems;
    }

    /**
     * Fingerprints the site's assets (output path to file) and the engine's scripts (output path
     * to bytes; these win over a site file at the same path, as they are published over it).
     */
    public static Result of(Map<String, Path> assets, Map<String, byte[]> engine, Problems problems) {
        Fingerprints f = new Fingerprints(problems);
        for (var e : assets.entrySet()) f.add("/" + e.getKey(), Build.ASSETS + "/" + e.getKey(), e.getValue());
        for (var e : engine.entrySet()) f.addText("/" + e.getKey(), e.getValue());
        for (String path : f.sources.keySet()) f.hash(path, 0);
        int rules = FIXED_RULES + 2 * f.files.size();
        if (rules > CLOUDFLARE_RULES) {
            problems.warning(Build.ASSETS, Position.START, f.files.size() + " CSS and JavaScript files need " + rules + " rules in _headers (a hashed and a plain"
                    + " name each), more than the " + CLOUDFLARE_RULES + " Cloudflare Pages reads; combine some files if you publish there");
        }
        return new Result(new AssetUrls(f.published), java.util.Collections.unmodifiableMap(f.files));
    }

    private void add(String url, String shown, Path file) {
        published.put(url, url);
        if (!hashable(url)) return;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.warning(shown, Position.START, "is larger than 10 MB, so it is published under its own name only, without a hash; split it to let browsers cache it safely");
                return;
            }
            origin.put(url, shown);
            sources.put(url, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            problems.error(shown, Position.START, "cannot be read: " + e.getMessage());
        }
    }

    private void addText(String url, byte[] bytes) {
        published.put(url, url);
        origin.remove(url);
        if (hashable(url)) sources.put(url, new String(bytes, StandardCharsets.ISO_8859_1));
        else sources.remove(url);
    }

    private static boolean hashable(String url) {
        return !url.equals(EmbedPages.SCRIPT) && (url.endsWith(".css") || url.endsWith(".js") || url.endsWith(".mjs"));
    }

    /** Where a file is in {@link #hash}: being hashed (so met again, it is in a cycle), hashed, or not hashable. */
    private enum State { IN_PROGRESS, DONE, FAILED }

    /** Hashes a file after the files it imports; false when it cannot be (it is in, or imports, a cycle of imports). */
    private boolean hash(String url, int depth) {
        State state = states.get(url);
        if (state != null) return state == State.DONE;
        if (depth > MAX_DEPTH) {
            report(url, Position.START, "is at the end of a chain of more than " + MAX_DEPTH + " imports, so it and the files that import it"
                    + " cannot be published under hashed names; import through fewer levels");
            states.put(url, State.FAILED);
            return false;
        }
        states.put(url, State.IN_PROGRESS);
        String source = sources.get(url);
        boolean ok = true;
        for (Reference r : references(url, source)) {
            if (!sources.containsKey(r.target())) continue;
            if (states.get(r.target()) == State.IN_PROGRESS) {
                report(url, Position.ofOffset(source, r.start(), 1), "imports " + r.target() + ", which imports it back, so neither can be published under a hashed name; break the cycle");
                ok = false;
            } else if (!hash(r.target(), depth + 1)) ok = false;
        }
        if (!ok) {
            states.put(url, State.FAILED);
            return false;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        int at = 0;
        for (Reference r : references(url, source)) {
            if (!sources.containsKey(r.target())) continue;
            out.append(source, at, r.start()).append(renamed(r.spec(), published.get(r.target())));
            at = r.end();
        }
        out.append(source, at, source.length());
        byte[] bytes = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        String hashed = hashedName(url, digest(bytes));
        published.put(url, hashed);
        files.put(hashed.substring(1), bytes);
        states.put(url, State.DONE);
        return true;
    }

    private void report(String url, Position where, String message) {
        String shown = origin.get(url);
        if (shown != null) problems.error(shown, where, message);
    }

    /** An import or url() in a file: where its specifier is, and the asset path it resolves to. */
    private record Reference(int start, int end, String spec, String target) {}

    private static List<Reference> references(String url, String source) {
        boolean css = url.endsWith(".css");
        Matcher m = (css ? CSS_REF : JS_IMPORT).matcher(source);
        List<Reference> out = new ArrayList<>();
        while (m.find()) {
            int group = css && m.group(2) == null ? 4 : 2;
            String spec = m.group(group);
            String target = resolve(url, spec, css);
            if (target != null) out.add(new Reference(m.start(group), m.end(group), spec, target));
        }
        return out;
    }

    /** The asset path a specifier names, or null when it names another site, data or a bare module. */
    static String resolve(String from, String spec, boolean css) {
        String path = spec.split("[?#]", 2)[0];
        if (path.isEmpty() || path.startsWith("//") || path.contains(":") || path.contains("\\")) return null;
        boolean relative = path.startsWith("./") || path.startsWith("../");
        if (!path.startsWith("/") && !relative && !css) return null; // a bare module name: not a file of this site
        String joined = path.startsWith("/") ? path : from.substring(0, from.lastIndexOf('/') + 1) + path;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else parts.add(part);
        }
        return "/" + String.join("/", parts);
    }

    /** The specifier with its file name swapped for the hashed one, keeping its folder part, query and fragment. */
    private static String renamed(String spec, String hashedUrl) {
        int cut = spec.length();
        for (char c : new char[] {'?', '#'}) if (spec.indexOf(c) >= 0) cut = Math.min(cut, spec.indexOf(c));
        String path = spec.substring(0, cut);
        return path.substring(0, path.lastIndexOf('/') + 1) + hashedUrl.substring(hashedUrl.lastIndexOf('/') + 1) + spec.substring(cut);
    }

    /** {@code /css/site.css} with hash {@code 3f2a9c1b} is {@code /css/site.3f2a9c1b.css}. */
    static String hashedName(String url, String hash) {
        int dot = url.lastIndexOf('.');
        return url.substring(0, dot) + "." + hash + url.substring(dot);
    }

    /** The first 8 hex digits of the SHA-256 of the bytes: 32 bits, plenty to tell versions of one file apart. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
