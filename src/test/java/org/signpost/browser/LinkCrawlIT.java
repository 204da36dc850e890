package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every internal link, anchor and asset on every page of the built demo site resolves. */
class LinkCrawlIT {
    /** What a crawl of a built site found: the broken references, the kinds of reference followed, and the #fragment links checked. */
    private record Crawl(List<String> broken, Set<String> kinds, int anchors) {}

    @Test
    void noInternalLinkOrAssetIsBroken() throws IOException {
        Crawl crawl = crawl(DemoSite.output(), DemoSite.pages());
        // Every kind of reference the demo uses was followed, and fragment links were held to their anchors.
        assertEquals(new java.util.TreeSet<>(List.of("a[href]", "img[src]", "link[href]", "script[src]", "source[src]", "track[src]", "video[poster]")), crawl.kinds());
        assertTrue(crawl.anchors() > 0, "no link with a #fragment was checked");
        assertEquals(List.of(), crawl.broken());
    }

    @Test
    void noInternalLinkOrAssetIsBrokenInTheSecondArea() throws IOException {
        Path out = DemoSite.stoke();
        Crawl crawl = crawl(out, DemoSite.pages(out));
        assertTrue(crawl.kinds().containsAll(List.of("a[href]", "link[href]", "script[src]", "source[src]", "track[src]")), crawl.kinds().toString());
        assertEquals(List.of(), crawl.broken());
    }

    private static Crawl crawl(Path out, List<String> sitePaths) throws IOException {
        Map<String, Document> pages = new HashMap<>();
        for (String page : sitePaths) pages.put(page, Jsoup.parse(out.resolve(file(page)), "UTF-8"));
        List<String> broken = new ArrayList<>();
        Set<String> kinds = new java.util.TreeSet<>();
        int anchors = 0;
        for (var e : pages.entrySet()) {
            for (Element el : e.getValue().select("a[href], link[href], script[src], img[src], video[poster], source[src], track[src]")) {
                String attr = el.hasAttr("href") ? "href" : el.hasAttr("src") ? "src" : "poster";
                String ref = el.attr(attr);
                URI uri = URI.create(e.getKey()).resolve(ref);
                if (uri.getScheme() != null || ref.isEmpty()) continue;
                kinds.add(el.tagName() + "[" + attr + "]");
                String path = uri.getPath();
                Path target = out.resolve(file(path));
                if (!Files.isRegularFile(target)) {
                    broken.add(e.getKey() + ": " + ref);
                } else if (uri.getFragment() != null && path.endsWith("/") || path.endsWith(".html") && uri.getFragment() != null) {
                    anchors++;
                    Document doc = pages.get(path);
                    Set<String> ids = doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
                    if (!ids.contains(uri.getFragment())) broken.add(e.getKey() + ": " + ref + " (no such anchor)");
                }
            }
        }
        return new Crawl(broken, kinds, anchors);
    }

    private static String file(String sitePath) {
        String p = sitePath.substring(1);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
