package org.signpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page-weight budget: HTML, CSS and JS a page loads, gzipped, at most 40 KB for each page type. */
class PageWeightIT {
    static final int BUDGET = 40 * 1024;

    @Test
    void everyPageTypeIsWithinBudget() throws IOException {
        Path out = DemoSite.output();
        Map<String, Integer> weights = new TreeMap<>();
        List<String> over = new ArrayList<>();
        for (var e : DemoSiteBrowserIT.ONE_OF_EACH.entrySet()) {
            int total = weight(out, e.getValue());
            weights.put(e.getKey(), total);
            if (total > BUDGET) over.add(e.getKey() + " " + e.getValue() + ": " + total + " bytes");
        }
        System.out.println("Page weight, gzipped HTML+CSS+JS bytes: " + weights);
        assertEquals(List.of(), over);
    }

    /** Gzipped bytes of the page and of each stylesheet and script it loads. */
    static int weight(Path out, String url) throws IOException {
        String page = url.replaceFirst("\\?.*", "");
        Path html = out.resolve(page.endsWith("/") ? page.substring(1) + "index.html" : page.substring(1));
        Document doc = Jsoup.parse(html, "UTF-8");
        Set<Path> files = new LinkedHashSet<>();
        files.add(html);
        for (Element el : doc.select("link[rel=stylesheet][href], script[src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            files.add(out.resolve(ref.substring(1)));
        }
        // Modules the page's modules import, e.g. search-page.js imports search.js.
        for (Path f : List.copyOf(files)) {
            if (!f.toString().endsWith(".js")) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("import [^;]*?from '(\\./[^']+)'").matcher(Files.readString(f));
            while (m.find()) files.add(f.resolveSibling(m.group(1).substring(2)));
        }
        int total = 0;
        for (Path f : files) total += gzipped(Files.readAllBytes(f));
        return total;
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(bytes);
        }
        return b.size();
    }
}
