package org.signpost.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The site origins whose pages may send events. A beacon needs no CORS preflight, so the browser
 * does not stop another site's page from posting here: the collector checks {@code Origin} and
 * {@code Referer} itself. An embed page inside WordPress's sandbox has an opaque origin and sends
 * {@code Origin: null}; that is accepted when its {@code Referer} is one of the site's pages. Chromium
 * sends no Referer from there at all, so {@link #sandboxed} names that case for the collector,
 * which then takes only embed events (see {@code CollectHandler}).
 */
final class AllowedOrigins {
    private final Set<String> origins;

    AllowedOrigins(Collection<String> addresses) {
        Set<String> set = new LinkedHashSet<>();
        for (String a : addresses) {
            String o = origin(a);
            if (o == null) throw new IllegalArgumentException("'" + a + "' is not a site's address; write it like https://careers.example.org");
            set.add(o);
        }
        if (set.isEmpty()) throw new IllegalArgumentException("no site address to accept events from");
        origins = Set.copyOf(set);
    }

    Set<String> origins() {
        return origins;
    }

    /** An opaque origin that names no page: what a sandboxed frame (WordPress's oEmbed) sends from Chromium. */
    static boolean sandboxed(String origin, String referer) {
        return "null".equals(origin) && referer == null;
    }

    /** Null when a request with these headers (either may be null) comes from the site; otherwise why not. */
    String refusal(String origin, String referer) {
        if (origin != null && !origin.equals("null")) {
            return allowed(origin) ? null : "events are accepted only from the site's own pages, not from " + shown(origin);
        }
        if (referer == null) {
            return origin == null ? "the request names no Origin or Referer, so it cannot be from the site's pages"
                    : "Origin is null and there is no Referer, so the request cannot be shown to come from the site's pages";
        }
        return allowed(referer) ? null : "events are accepted only from the site's own pages, not from " + shown(referer);
    }

    private boolean allowed(String address) {
        String o = origin(address);
        return o != null && origins.contains(o); // Set.of's contains throws on null
    }

    /** scheme://host[:port] in lower case without a default port, or null for anything that is not an http(s) address. */
    static String origin(String address) {
        try {
            URI u = new URI(address.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getRawUserInfo() != null) return null;
            int port = u.getPort();
            boolean standard = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** At most the origin of what was sent, so a refusal does not echo a page's path or a payload. */
    private static String shown(String address) {
        String o = origin(address);
        return o != null ? o : "an address that cannot be read";
    }
}
