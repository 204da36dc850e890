package org.signpost.render;

import java.util.List;
import org.signpost.content.SiteConfig;

/**
 * The response headers the site needs, for the static hosts that let a site set them: a
 * Netlify/Cloudflare Pages {@code _headers} file and an nginx snippet. Only /embed/ may be framed
 * by other sites (those in {@code embed.allowed_origins}, by default any https site, since
 * schools' addresses are on every kind of domain); scripts come only from the site itself; the
 * files an embed page fetches answer any origin, because WordPress's sandbox gives it origin null.
 */
public final class HostHeaders {
    /** Any https site: academies use .org.uk, .co.uk and .com as well as .sch.uk. */
    public static final List<String> DEFAULT_ORIGINS = List.of("https:");
    /** What every page may load: its own scripts only, no plugins, no other base URL. */
    private static final String POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'";
    /** Paths an embed page fetches from inside a sandbox (module scripts and JSON are CORS requests there). */
    private static final List<String> OPEN_PATHS = List.of("/_signpost/*", "/search/*", "/api/v1/*");
    private final List<String> origins;
    private final String policy;

    public HostHeaders(SiteConfig config) {
        this.origins = config.embedOrigins().isEmpty() ? DEFAULT_ORIGINS : config.embedOrigins();
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
           .append("# policy (\"! Content-Security-Policy\"), else its frames would be refused by both.\n");
        out.append("/*\n  Content-Security-Policy: ").append(ownPolicy()).append("\n  X-Frame-Options: SAMEORIGIN\n")
           .append("  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n");
        out.append(EmbedPages.PREFIX).append("/*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ")
           .append(framedPolicy()).append("\n\n");
        for (String path : OPEN_PATHS) out.append(path).append("\n  Access-Control-Allow-Origin: *\n\n");
        out.append(EmbedPages.SCRIPT).append("\n  Cache-Control: public, max-age=3600\n");
        return out.toString();
    }

    /** The same for nginx: add_header in a location replaces the server's, so each location repeats what it keeps. */
    public String nginx() {
        StringBuilder out = new StringBuilder();
        out.append("# Written by Signpost: include this file inside the server block that serves the site.\n");
        out.append(common(ownPolicy(), true, "")).append('\n');
        out.append("location ").append(EmbedPages.PREFIX).append("/ {\n").append(common(framedPolicy(), false, "    ")).append("}\n");
        for (String path : OPEN_PATHS) {
            out.append("location ").append(path, 0, path.length() - 1).append(" {\n").append(common(ownPolicy(), true, "    "))
               .append("    add_header Access-Control-Allow-Origin \"*\" always;\n}\n");
        }
        out.append("location = ").append(EmbedPages.SCRIPT).append(" {\n").append(common(ownPolicy(), true, "    "))
           .append("    add_header Cache-Control \"public, max-age=3600\" always;\n}\n");
        return out.toString();
    }

    private static String common(String policy, boolean sameOrigin, String indent) {
        return indent + "add_header Content-Security-Policy \"" + policy + "\" always;\n"
                + (sameOrigin ? indent + "add_header X-Frame-Options SAMEORIGIN always;\n" : "")
                + indent + "add_header X-Content-Type-Options nosniff always;\n"
                + indent + "add_header Referrer-Policy strict-origin-when-cross-origin always;\n";
    }
}
