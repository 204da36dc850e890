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

    public String clean(String bodyHtml) {
        Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
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
