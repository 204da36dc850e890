package org.signpost.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What must never be in a built page, whatever content said: event-handler attributes,
 * script URLs, scripts other than the site's own, frames, objects, base and refresh elements,
 * style attributes, and anything that loads from another host. One finding a line.
 */
public final class InjectionScan {
    /** Scripts the engine and the demo templates write themselves, by plain or fingerprinted name (search.3f2a9c1b.js). */
    private static final Pattern OWN_SCRIPT = Pattern.compile("(/_signpost)?/js/[a-z-]+(\\.[0-9a-f]{8})?\\.js");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "data",
            "background", "srcset", "cite", "longdesc", "ping", "manifest");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "base", "applet", "form",
            "math", "portal", "style", "link[rel=import]");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|livescript|data:(?!image/(png|gif|jpeg|webp)))[:\\s]?.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A slug no file should have, as a hostile file name or slug field would give it. */
    public static final String HOSTILE_SLUG = "a\"><img src=x onerror=alert(1)><svg onload=alert(2)> x";

    private InjectionScan() {}

    /** Findings in a fragment of HTML (inline SVG included), read as a browser would. */
    public static List<String> findings(String html, String where) {
        return findings(org.jsoup.Jsoup.parseBodyFragment(html), where);
    }

    /** Findings in a document; {@code where} names it in each line. */
    public static List<String> findings(Document doc, String where) {
        List<String> out = new ArrayList<>();
        HtmlSanitizer hosts = new HtmlSanitizer();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) out.add(where + ": event handler " + name + " on <" + tag + ">");
                if (name.equals("style")) out.add(where + ": style attribute on <" + tag + ">");
                if (URL_ATTRIBUTES.contains(name) && SCRIPT_URL.matcher(squash(a.getValue())).matches()) {
                    out.add(where + ": script URL in " + name + " on <" + tag + ">: " + a.getValue());
                }
            }
            if (tag.equals("script") && !isOwnScript(e)) out.add(where + ": <script> " + abbreviate(e.outerHtml()));
            if (tag.equals("meta") && e.hasAttr("http-equiv")) out.add(where + ": <meta http-equiv=" + e.attr("http-equiv") + ">");
            for (String url : HtmlSanitizer.mediaUrls(e)) {
                if (hosts.foreignHost(url).isPresent()) out.add(where + ": <" + tag + "> loads from another host: " + url);
            }
        }
        for (String selector : FORBIDDEN) {
            for (Element e : doc.select(selector)) if (!isOwn(e)) out.add(where + ": <" + e.normalName() + "> " + abbreviate(e.outerHtml()));
        }
        return out;
    }

    /** A browser ignores control characters and whitespace inside a scheme: "java\tscript:" still runs. */
    private static String squash(String url) {
        return url.replaceAll("[\\x00-\\x20\\x7f]", "");
    }

    private static boolean isOwnScript(Element e) {
        return e.attr("type").equals("application/ld+json") && !e.hasAttr("src")
                || (e.attr("type").equals("module") || !e.hasAttr("type") && e.hasAttr("defer")) // embed-frame.js is classic, for WordPress's sandbox
                        && OWN_SCRIPT.matcher(e.attr("src")).matches() && e.data().isEmpty();
    }

    /** The search forms the templates write (GET to /search/), and the embed page's base that opens links in the top window. */
    private static boolean isOwn(Element e) {
        return e.normalName().equals("form") && e.attr("action").equals("/search/") && e.attr("method").equals("get")
                || e.normalName().equals("base") && e.attributesSize() == 1 && e.attr("target").equals("_top");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 100 ? one.substring(0, 97) + "..." : one;
    }
}
