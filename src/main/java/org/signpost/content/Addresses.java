package org.signpost.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * What a link or address in the sources may be. Each check returns null when the value is
 * fine, or what it must be instead ("be a full https:// address ..."), for a problem message.
 */
public final class Addresses {
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private static final String BACKSLASH = "not contain '\\'; use '/'";

    private Addresses() {}

    /**
     * A link field: an https:// address with a host, a path on this site starting with exactly
     * one '/', or a mailto: address. Nothing a browser would read as another host: //x, /\x.
     */
    public static String link(String value) {
        String controls = controls(value);
        if (controls != null) return controls;
        if (value.length() > 1 && value.charAt(0) == '/' && (value.charAt(1) == '/' || value.charAt(1) == '\\')) {
            return "be a path on this site starting with a single '/' (a browser reads '" + value.substring(0, 2) + "' as another site)";
        }
        if (value.indexOf('\\') >= 0) return BACKSLASH;
        if (value.startsWith("/")) {
            return parses(value) ? null : "be a path on this site like /careers/electrician/; this one is not a valid path";
        }
        if (value.startsWith("mailto:")) {
            return value.length() > 7 && parses(value) ? null : "be a full email link like mailto:name@example.org";
        }
        if (value.regionMatches(true, 0, "http://", 0, 7)) return "use https://, not http://";
        if (value.regionMatches(true, 0, "https://", 0, 8)) {
            return hostOf(value) != null ? null : "be a full https:// address with a site name, like https://example.org/apply";
        }
        return "be a full https:// address or a path on this site starting with /";
    }

    /** The site's own address (base_url): absolute http(s), with a host, and nothing after the path. */
    public static String siteAddress(String value) {
        String unsafe = unsafeCharacters(value);
        if (unsafe != null) return unsafe;
        boolean web = value.startsWith("https://") || value.startsWith("http://");
        URI uri = web ? parse(value) : null;
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "be the site's full address, like https://careers.example.org";
        }
        return null;
    }

    /** A problem message: "'apply_url' cannot be '//x'; it must be ..." for a {@code problem} a check returned. */
    public static String cannotBe(String field, String value, String problem) {
        return "'" + field + "' cannot be '" + value + "'; it must " + problem;
    }

    /** A host name such as media.example.org: no scheme, no path, no port. */
    public static String host(String value) {
        return HOST.matcher(value).matches() ? null : "be a host name like media.example.org (no https://, no path)";
    }

    /** A file under assets/ named by its site path (/media/video.mp4): no '..', no backslashes. */
    public static String assetPath(String value) {
        String unsafe = unsafeCharacters(value);
        if (unsafe != null) return unsafe;
        if (!value.startsWith("/") || value.startsWith("//") || value.indexOf('\\') >= 0
                || ("/" + value + "/").contains("/../") || ("/" + value + "/").contains("/./")) {
            return "be a path of a file under assets/, starting with a single '/', like /media/video.mp4";
        }
        return null;
    }

    private static String unsafeCharacters(String value) {
        String controls = controls(value);
        if (controls != null) return controls;
        return value.indexOf('\\') >= 0 ? BACKSLASH : null;
    }

    private static String controls(String value) {
        if (value.isEmpty()) return "not be empty";
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return "not contain spaces or control characters; write a space as %20";
            }
        }
        return null;
    }

    private static String hostOf(String value) {
        URI uri = parse(value);
        return uri == null || uri.getRawUserInfo() != null ? null : uri.getHost();
    }

    private static boolean parses(String value) {
        return parse(value) != null;
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
