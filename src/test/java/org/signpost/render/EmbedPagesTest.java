package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Item;

/** Every embeddable page of the demo site has an embed version, an oEmbed response and the "Embed this" snippets. */
class EmbedPagesTest {
    static Map<String, byte[]> files;
    static Build build;

    @BeforeAll
    static void buildDemo() throws Exception {
        build = new Build(TestSites.fylde(), TestSites.TODAY);
        files = build.renderAll();
        assertNotNull(files, "the demo builds");
    }

    static Document page(String url) {
        byte[] bytes = files.get(url.substring(1) + "index.html");
        assertNotNull(bytes, "no page at " + url);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://careers.example.org" + url);
    }

    /** Every item, every listing, a filtered list (a taxonomy term) and search. */
    static List<String> embeddable() {
        List<String> urls = new ArrayList<>(build.site().items().stream().map(Item::url).toList());
        urls.addAll(List.of("/careers/", "/apprenticeships/", "/routes/engineering-manufacturing/", "/levels/3/", "/search/"));
        return urls;
    }

    @Test
    void everyEmbeddablePageHasAnEmbedVersionWithMinimalChrome() {
        for (String url : embeddable()) {
            Document embed = page("/embed" + url);
            assertEquals("noindex", embed.selectFirst("meta[name=robots]").attr("content"), url);
            assertNotNull(embed.selectFirst("meta[name=responsive-embedded-sizing]"), url);
            assertEquals("_top", embed.selectFirst("base").attr("target"), url);
            String frameScript = embed.selectFirst("script[src][defer]").attr("src");
            assertTrue(frameScript.matches("/_signpost/js/embed-frame\\.[0-9a-f]{8}\\.js"), url + ": the script is fingerprinted: " + frameScript);
            assertNotNull(files.get(frameScript.substring(1)), frameScript);
            assertEquals(url, embed.selectFirst(".embed-header a.embed-full").attr("href"), url);
            assertTrue(embed.select(".site-header, .site-footer, nav[aria-label=Breadcrumb], .embed-this").isEmpty(), url + " has the full site's chrome");
            assertEquals("https://careers.example.org" + url, embed.selectFirst("link[rel=canonical]").attr("href"), "the full page is canonical");
        }
    }

    @Test
    void theFullPagesKeepTheirChromeAndGainThePanel() {
        for (String url : embeddable()) {
            Document full = page(url);
            assertNotNull(full.selectFirst(".site-header"), url);
            assertNotNull(full.selectFirst("main details.embed-this"), url);
            assertTrue(full.selectFirst("#embed-this-script").text().contains("data-signpost=\"" + url + "\""), url);
            assertTrue(full.selectFirst("#embed-this-iframe").text().contains("src=\"https://careers.example.org/embed" + url + "?school=URN\""), url);
        }
        assertTrue(page("/").select(".embed-this").isEmpty(), "home is not a page to embed");
    }

    @Test
    void oEmbedDiscoveryLeadsToAResponseWithTheSpecsRequiredFields() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String url : embeddable()) {
            Element link = page(url).selectFirst("head link[rel=alternate][type=application/json+oembed]");
            assertNotNull(link, url + " has no oEmbed discovery link");
            String href = link.attr("href");
            assertTrue(href.startsWith("https://careers.example.org/"), href);
            byte[] body = files.get(href.substring("https://careers.example.org/".length()));
            assertNotNull(body, "discovery names a file the build did not write: " + href);
            JsonNode o = json.readTree(body);
            assertEquals("1.0", o.path("version").asText(), href);
            assertEquals("rich", o.path("type").asText(), href);
            for (String field : List.of("html", "title", "provider_name", "provider_url")) assertFalse(o.path(field).asText().isBlank(), field + " in " + href);
            assertTrue(o.path("width").isInt() && o.path("width").asInt() > 0, href);
            assertTrue(o.path("height").isInt() && o.path("height").asInt() > 0, href);
            Document html = Jsoup.parseBodyFragment(o.path("html").asText());
            Element frame = html.selectFirst("iframe");
            assertEquals("https://careers.example.org/embed" + url, frame.attr("src"), href);
            assertTrue(frame.attr("title").endsWith(", from Fylde Coast Careers"), href);
            assertEquals("https://careers.example.org" + url, html.selectFirst("blockquote a").attr("href"), "WordPress's fallback link");
        }
    }

    @Test
    void noPageHasAnInlineScript() {
        files.forEach((file, bytes) -> {
            if (!file.endsWith(".html")) return;
            for (Element s : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("script")) {
                assertTrue(s.hasAttr("src") || s.attr("type").equals("application/ld+json"), file + ": inline script " + s);
            }
        });
    }

    @Test
    void theEmbedScriptsArePublished() {
        for (String f : List.of("js/embed.js", "_signpost/js/embed-frame.js", "_signpost/js/embed-this.js")) assertNotNull(files.get(f), f);
    }
}
