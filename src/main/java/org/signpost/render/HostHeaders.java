package org.signpost.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.signpost.content.SiteConfig;

/**
 * The response headers the site needs, for the static hosts that let a site set them: a
 * Netlify/Cloudflare Pages {@code _headers} file and an nginx snippet. Only /embed/ may be framed
 * by other sites (those in {@code embed.allowed_origins}, by default any https site, since
 * schools' addresses are on every kind of domain); scripts come only from the site itself; the
 * files an embed page fetches answer any origin, because WordPress's sandbox gives it origin null.
 * <p>
 * Cache lifetimes: a file whose name holds its content hash is kept for a year ({@code immutable});
 * /js/embed.js, whose address schools paste once, for an hour; the plain names of CSS and
 * JavaScript (for old templates and outside links) for five minutes; media for a day; everything
 * else, pages first, is revalidated on every use ({@code no-cache}), so a deploy shows at once.
 * No two cache rules match one path: Cloudflare would comma-join them.
 */
public final class HostHeaders {
    /** Any https site: academies use .org.uk, .co.uk and .com as well as .sch.uk. */
    public static final List<String> DEFAULT_ORIGINS = List.of("https:");
    /** What every page may load: its own scripts only, no plugins, no other base URL. */
    private static final String POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'";
    /** Paths an embed page fetches from inside a sandbox (module scripts and JSON are CORS requests there). */
    private static final List<String> OPEN_PATHS = List.of("/_signpost/*", "/search/*", "/api/v1/*");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String EMBED_SCRIPT = "public, max-age=3600";
    static final String PLAIN_NAME = "public, max-age=300";
    static final String MEDIA = "public, max-age=86400";
    static final String REVALIDATE = "no-cache";
    /** Top-level folders the engine publishes pages or files in: never given a media lifetime as a whole. */
    private static final Set<String> ENGINE_FOLDERS = Set.of("_signpost", "embed", "search", "api", ".well-known");
    private final List<String> origins;
    private final List<Lifetime> lifetimes;
    private final String policy;

    /**
     * Paths a rule may name: a file name could hold a newline, '*' or '"', which would end the
     * rule or the nginx string early and start another. Assets with other names get no rule.
     */
    private static final java.util.regex.Pattern SAFE_PATH = java.util.regex.Pattern.compile("(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+");

    /** One cache rule: a file, or a folder and everything in it. */
    record Lifetime(String path, boolean folder, String cacheControl) {}

    /** With no assets: the rules for pages, embed.js and what embed pages fetch. */
    public HostHeaders(SiteConfig config) {
        this(config, AssetUrls.NONE, List.of());
    }

    /** @param pageUrls the site's pages, so no folder holding one is given a media lifetime */
    public HostHeaders(SiteConfig config, AssetUrls assets, Collection<String> pageUrls) {
        this.origins = config.embedOrigins().isEmpty() ? DEFAULT_ORIGINS : config.embedOrigins();
        this.lifetimes = lifetimes(assets, pageUrls);
        this.policy = withAnalytics(config.analytics());
    }

    /**
     * The analytics provider's origins, and only when one is configured: its script in script-src,
     * and where events go in connect-src (which then pins them to this site and that origin). An
     * endpoint on this site needs nothing, as connect-src is otherwise unset.
     */
    static String withAnalytics(org.signpost.content.Analytics analytics) {
        String out = POLICY;
        if (!analytics.scriptOrigins().isEmpty()) out = out.replace("script-src 'self'", "script-src 'self' " + String.join(" ", analytics.scriptOrigins()));
        if (!analytics.connectOrigins().isEmpty()) out += "; connect-src 'self' " + String.join(" ", analytics.connectOrigins());
        return out;
    }

    /**
     * The cache rules, files by exact path; media by top-level folder (one rule for all the videos
     * in /media/, as Cloudflare reads only 100 rules) when that folder holds no CSS, JavaScript or page.
     */
    static List<Lifetime> lifetimes(AssetUrls assets, Collection<String> pageUrls) {
        TreeMap<String, Lifetime> files = new TreeMap<>();
        files.put(EmbedPages.SCRIPT, new Lifetime(EmbedPages.SCRIPT, false, EMBED_SCRIPT));
        TreeMap<String, List<String>> media = new TreeMap<>();
        Set<String> shared = new TreeSet<>(ENGINE_FOLDERS);
        for (String url : pageUrls) shared.add(top(url));
        for (String path : new TreeSet<>(assets.published().keySet())) {
            if (!SAFE_PATH.matcher(path).matches()) {
                shared.add(top(path)); // a name a rule could not carry safely keeps the site-wide no-cache
            } else if (path.equals(EmbedPages.SCRIPT)) {
                shared.add(top(path));
            } else if (assets.fingerprinted(path)) {
                String hashed = assets.published().get(path);
                files.put(hashed, new Lifetime(hashed, false, IMMUTABLE));
                files.put(path, new Lifetime(path, false, PLAIN_NAME));
                shared.add(top(path));
            } else if (path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".mjs")) {
                files.put(path, new Lifetime(path, false, PLAIN_NAME));
                shared.add(top(path));
            } else {
                media.computeIfAbsent(top(path), k -> new ArrayList<>()).add(path);
            }
        }
        List<Lifetime> out = new ArrayList<>();
        media.forEach((folder, paths) -> {
            boolean whole = !folder.isEmpty() && !shared.contains(folder);
            if (whole) out.add(new Lifetime("/" + folder + "/", true, MEDIA));
            else for (String p : paths) files.put(p, new Lifetime(p, false, MEDIA));
        });
        out.addAll(files.values());
        return List.copyOf(out);
    }

    /** A path's top-level folder ("media" for /media/a.mp4), or "" for a file at the top. */
    private static String top(String path) {
        int slash = path.indexOf('/', 1);
        return slash < 0 ? "" : path.substring(1, slash);
    }

    String framedPolicy() {
        return policy + "; frame-ancestors 'self' " + String.join(" ", origins);
    }

    String ownPolicy() {
        return policy + "; frame-ancestors 'self'";
    }

    /**
     * Netlify and Cloudflare Pages apply every rule that matches and comma-join a header set twice,
     * which for a CSP means two policies, both enforced: /embed/* detaches the site-wide ones first.
     */
    public String netlify() {
        StringBuilder out = new StringBuilder();
        out.append("# Written by Signpost. Every rule that matches a path applies; /embed/* detaches the site-wide\n")
           .append("# policy (\"! Content-Security-Policy\"), else its frames would be refused by both, and each cache\n")
           .append("# rule detaches the site-wide Cache-Control. Cloudflare Pages reads the first 100 rules.\n");
        out.append("/*\n  Content-Security-Policy: ").append(ownPolicy()).append("\n  X-Frame-Options: SAMEORIGIN\n")
           .append("  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n")
           .append("  Cache-Control: ").append(REVALIDATE).append("\n\n");
        out.append(EmbedPages.PREFIX).append("/*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ")
           .append(framedPolicy()).append("\n\n");
        for (String path : OPEN_PATHS) out.append(path).append("\n  Access-Control-Allow-Origin: *\n\n");
        for (Lifetime l : lifetimes) {
            out.append(l.path()).append(l.folder() ? "*" : "").append("\n  ! Cache-Control\n  Cache-Control: ").append(l.cacheControl()).append("\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The same for nginx: add_header in a location replaces the server's, so each location repeats what it keeps. */
    public String nginx() {
        StringBuilder out = new StringBuilder();
        out.append("# Written by Signpost: include this file inside the server block that serves the site.\n");
        out.append(common(ownPolicy(), true, "", REVALIDATE)).append('\n');
        out.append("location ").append(EmbedPages.PREFIX).append("/ {\n").append(common(framedPolicy(), false, "    ", REVALIDATE)).append("}\n");
        for (String path : OPEN_PATHS) {
            out.append("location ").append(path, 0, path.length() - 1).append(" {\n").append(common(ownPolicy(), true, "    ", REVALIDATE))
               .append(ANY_ORIGIN).append("}\n");
        }
        for (Lifetime l : lifetimes) {
            // An exact location is chosen over the open folder it is in, so it repeats that folder's header.
            boolean open = OPEN_PATHS.stream().anyMatch(p -> l.path().startsWith(p.substring(0, p.length() - 1)));
            out.append("location ").append(l.folder() ? "" : "= ").append(l.path()).append(" {\n")
               .append(common(ownPolicy(), true, "    ", l.cacheControl())).append(open ? ANY_ORIGIN : "").append("}\n");
        }
        return out.toString();
    }

    private static final String ANY_ORIGIN = "    add_header Access-Control-Allow-Origin \"*\" always;\n";

    private static String common(String policy, boolean sameOrigin, String indent, String cacheControl) {
        return indent + "add_header Content-Security-Policy \"" + policy + "\" always;\n"
                + (sameOrigin ? indent + "add_header X-Frame-Options SAMEORIGIN always;\n" : "")
                + indent + "add_header X-Content-Type-Options nosniff always;\n"
                + indent + "add_header Referrer-Policy strict-origin-when-cross-origin always;\n"
                + indent + "add_header Cache-Control \"" + cacheControl + "\" always;\n";
    }
}
