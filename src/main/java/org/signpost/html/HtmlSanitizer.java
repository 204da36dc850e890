package org.signpost.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML that Markdown produces, raw HTML in content included, with a Jsoup allow-list:
 * text structure, tables, footnotes, images and our embed placeholders stay; scripts, styles,
 * event handlers and iframes go. As a second line of defence behind {@code check}, any
 * address that would load media from a host not in {@code media_hosts} is removed too.
 */
public final class HtmlSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("signpost-embed", "abbr", "details", "summary", "figure", "figcaption", "hr", "section", "aside")
            .addAttributes("signpost-embed", "kind", "slug")
            .addAttributes(":all", "id", "class", "lang", "title")
            .addAttributes("th", "align", "scope").addAttributes("td", "align")
            .addAttributes("a", "rel", "hreflang")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);
    /** Relative links survive cleaning only when a base is given; this one never reaches the output. */
    private static final String BASE = "https://signpost.invalid/";

    private static final String BASE_HOST = "signpost.invalid";
    /** Attributes that make a browser fetch something as the page loads. */
    public static final List<String> MEDIA_ATTRIBUTES = List.of("src", "srcset", "poster", "data", "background", "href", "style");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private final Cleaner cleaner = new Cleaner(SAFELIST);
    private final Set<String> mediaHosts;

    /** A cleaner that lets media load from no other host. */
    public HtmlSanitizer() {
        this(Set.of());
    }

    /** @param mediaHosts hosts that images and media may load from ({@code media_hosts} in signpost.yml) */
    public HtmlSanitizer(Set<String> mediaHosts) {
        this.mediaHosts = mediaHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The other host an address loads from, if it names one that is not in {@code media_hosts}:
     * {@code https://tracker.example/p.gif} and {@code //tracker.example/p.gif} do, {@code /media/p.gif} does not.
     */
    public Optional<String> foreignHost(String url) {
        String host;
        try {
            host = URI.create(BASE).resolve(new URI(url.strip().replace(" ", "%20"))).getHost();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return Optional.of(url.strip());
        }
        if (host == null || host.equals(BASE_HOST)) return Optional.empty();
        host = host.toLowerCase(Locale.ROOT);
        return mediaHosts.contains(host) ? Optional.empty() : Optional.of(host);
    }

    /** Every address an element loads as the page loads: src, srcset candidates, poster, object data, and CSS url(). */
    public static List<String> mediaUrls(Element e) {
        List<String> urls = new ArrayList<>();
        for (String name : MEDIA_ATTRIBUTES) urls.addAll(urlsIn(e, name));
        return urls;
    }

    /** An SVG image, or a stylesheet, icon or preload: elements whose href the browser fetches (a canonical link's it does not). */
    private static boolean loadsHref(Element e) {
        return e.normalName().equals("image") || e.normalName().equals("link")
                && e.attr("rel").toLowerCase(Locale.ROOT).matches(".*\\b(stylesheet|icon|preload|prefetch|modulepreload|import|manifest)\\b.*");
    }

    /** The addresses one attribute of an element loads; a link's href loads nothing, a stylesheet's does. */
    private static List<String> urlsIn(Element e, String name) {
        if (!e.hasAttr(name) || name.equals("href") && !loadsHref(e)) return List.of();
        List<String> urls = new ArrayList<>();
        String value = e.attr(name);
        if (name.equals("style")) {
            Matcher css = CSS_URL.matcher(value);
            while (css.find()) urls.add(css.group(1));
        } else if (name.equals("srcset")) {
            for (String candidate : value.split(",")) if (!candidate.isBlank()) urls.add(candidate.strip().split("\\s+")[0]);
        } else {
            urls.add(value);
        }
        return urls;
    }

    /** A link or image address that needs no cleaning: site paths, anchors, and web, mail and phone links. */
    public static boolean isSafeUrl(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:") || u.startsWith("tel:")) return true;
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /** The cleaned body as a document, for callers that also want to read it (anchors, say). */
    public Document cleanDocument(String bodyHtml) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(bodyHtml, BASE));
        clean.outputSettings().prettyPrint(false);
        for (Element e : clean.body().getAllElements()) {
            for (String name : MEDIA_ATTRIBUTES) {
                if (urlsIn(e, name).stream().anyMatch(u -> foreignHost(u).isPresent())) e.removeAttr(name);
            }
        }
        return clean;
    }

    /**
     * Whether a raw HTML fragment from content keeps all its elements and attributes when cleaned.
     * Inline HTML arrives one tag at a time, so this compares what survives rather than asking
     * for a well-formed document.
     */
    public boolean isAllowed(String fragment) {
        Document dirty = Jsoup.parseBodyFragment(fragment, BASE);
        return weight(dirty) == weight(cleaner.clean(dirty));
    }

    private static int weight(Document doc) {
        int n = 0;
        for (var e : doc.body().getAllElements()) n += 1 + e.attributesSize();
        return n;
    }
}
