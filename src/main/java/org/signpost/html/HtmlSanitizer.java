package org.signpost.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML that Markdown produces, raw HTML in content included, with a Jsoup allow-list:
 * text structure, tables, footnotes, images and our embed placeholders stay; scripts, styles,
 * event handlers and iframes go.
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

    private final Cleaner cleaner = new Cleaner(SAFELIST);

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
