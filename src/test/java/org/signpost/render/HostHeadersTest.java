package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.HeadersFile;
import org.signpost.content.SiteConfig;

/** The _headers file read the way Cloudflare Pages reads it ({@link HeadersFile}), and the nginx snippet's locations. */
class HostHeadersTest {
    static SiteConfig config(List<String> origins) {
        return new SiteConfig("Site", "", "https://careers.example.org", "en-GB", "", Map.of(), "Site", 50, org.signpost.content.Analytics.NONE, origins, "~~~~~~", 50,
                List.of(), Map.of());
    }

    static HeadersFile parse(String file) {
        return new HeadersFile(file);
    }

    static Map<String, String> headersFor(HeadersFile rules, String path) {
        return rules.headersFor(path);
    }

    @Test
    void embedPagesMayBeFramedByTheAllowedOriginsAndNothingElseMayBe() {
        HeadersFile rules = parse(new HostHeaders(config(List.of("https://*.sch.uk", "https://www.example-academy.org.uk"))).netlify());
        Map<String, String> embed = headersFor(rules, "/embed/careers/electrician/");
        String csp = embed.get("content-security-policy");
        assertFalse(csp.contains(","), "one policy, not two comma-joined: " + csp);
        assertTrue(csp.endsWith("frame-ancestors 'self' https://*.sch.uk https://www.example-academy.org.uk"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertNull(embed.get("x-frame-options"), "X-Frame-Options would block every school");
        for (String path : List.of("/", "/careers/electrician/", "/search/", "/embedded/")) {
            Map<String, String> h = headersFor(rules, path);
            assertEquals("script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'", h.get("content-security-policy"), path);
            assertEquals("SAMEORIGIN", h.get("x-frame-options"), path);
        }
    }

    static SiteConfig withAnalytics(org.signpost.content.Analytics analytics) {
        return new SiteConfig("Site", "", "https://careers.example.org", "en-GB", "", Map.of(), "Site", 50, analytics, List.of(), "~~~~~~", 50,
                List.of(), Map.of());
    }

    @Test
    void aCollectorOnThisSiteAddsNothingToThePolicy() {
        HostHeaders none = new HostHeaders(config(List.of()));
        HostHeaders ours = new HostHeaders(withAnalytics(new org.signpost.content.Analytics("signpost", "/collect", null, null)));
        assertEquals(none.netlify(), ours.netlify());
        assertEquals(none.nginx(), ours.nginx());
    }

    @Test
    void aProvidersOriginIsAllowedForItsScriptAndItsEventsOnEveryPage() {
        HostHeaders h = new HostHeaders(withAnalytics(new org.signpost.content.Analytics("plausible", null,
                "https://plausible.example.org/js/script.manual.js", "careers.example.org")));
        HeadersFile rules = parse(h.netlify());
        for (String path : List.of("/", "/embed/careers/electrician/")) {
            String csp = headersFor(rules, path).get("content-security-policy");
            assertTrue(csp.startsWith("script-src 'self' https://plausible.example.org; object-src 'none'; base-uri 'self'; "
                    + "connect-src 'self' https://plausible.example.org; frame-ancestors 'self'"), csp);
        }
        assertTrue(h.nginx().contains("script-src 'self' https://plausible.example.org;"), h.nginx());
        String collector = new HostHeaders(withAnalytics(new org.signpost.content.Analytics("signpost", "https://collect.example.org/collect", null, null))).netlify();
        assertTrue(collector.contains("script-src 'self'; object-src 'none'; base-uri 'self'; connect-src 'self' https://collect.example.org; frame-ancestors"), collector);
    }

    @Test
    void withoutTheDetachBothPoliciesWouldApplyAndBlockSchools() {
        String file = new HostHeaders(config(List.of())).netlify().replace("  ! Content-Security-Policy\n", "");
        assertTrue(headersFor(parse(file), "/embed/careers/electrician/").get("content-security-policy").contains("frame-ancestors 'self', "),
                "the test's reading of _headers comma-joins, as Cloudflare does");
    }

    @Test
    void byDefaultEverySchoolMayEmbed() {
        String csp = headersFor(parse(new HostHeaders(config(List.of())).netlify()), "/embed/levels/3/").get("content-security-policy");
        assertTrue(csp.endsWith("frame-ancestors 'self' https:"), csp);
    }

    @Test
    void whatAnEmbedPageFetchesAnswersAnyOriginAndEmbedJsIsShortLived() {
        HeadersFile rules = parse(new HostHeaders(config(List.of())).netlify());
        for (String path : List.of("/search/meta.json", "/api/v1/careers.json", "/_signpost/js/embed-frame.js", "/_signpost/js/search.js")) {
            assertEquals("*", headersFor(rules, path).get("access-control-allow-origin"), path);
        }
        assertNull(headersFor(rules, "/careers/electrician/").get("access-control-allow-origin"));
        assertEquals("public, max-age=3600", headersFor(rules, "/js/embed.js").get("cache-control"));
    }

    @Test
    void everyNginxLocationRepeatsThePolicyItKeeps() {
        String nginx = new HostHeaders(config(List.of("https://*.sch.uk"))).nginx();
        String[] blocks = nginx.split("location ");
        assertTrue(blocks[0].contains("frame-ancestors 'self'\" always;"), "server-wide policy");
        assertEquals(5, blocks.length - 1, "locations with no assets: embed, the three open paths, embed.js");
        for (int i = 1; i < blocks.length; i++) assertTrue(blocks[i].contains("add_header Content-Security-Policy"), blocks[i]);
        String embed = blocks[1];
        assertTrue(embed.startsWith("/embed/ {") && embed.contains("frame-ancestors 'self' https://*.sch.uk\" always;"), embed);
        assertFalse(embed.contains("X-Frame-Options"), embed);
    }

    /** A site with a fingerprinted stylesheet and engine script, embed.js, videos in /media/ and a picture in a folder pages live in. */
    static HostHeaders withAssets(List<String> origins) {
        AssetUrls assets = new AssetUrls(Map.of("/css/site.css", "/css/site.3f2a9c1b.css", "/_signpost/js/search.js", "/_signpost/js/search.0a1b2c3d.js",
                "/js/embed.js", "/js/embed.js", "/media/a.mp4", "/media/a.mp4", "/media/a.en.vtt", "/media/a.en.vtt",
                "/careers/plumber.jpg", "/careers/plumber.jpg", "/odd/a\nb.png", "/odd/a\nb.png", "/favicon.ico", "/favicon.ico"));
        return new HostHeaders(config(origins), assets, List.of("/", "/careers/", "/careers/plumber/"));
    }

    @Test
    void hashedFilesAreKeptForAYearPlainNamesBrieflyMediaForADayAndPagesAreRevalidated() {
        HeadersFile rules = parse(withAssets(List.of()).netlify());
        Map<String, List<String>> pathsByLifetime = Map.of(
                "public, max-age=31536000, immutable", List.of("/css/site.3f2a9c1b.css", "/_signpost/js/search.0a1b2c3d.js"),
                "public, max-age=300", List.of("/css/site.css", "/_signpost/js/search.js"),
                "public, max-age=3600", List.of("/js/embed.js"),
                "public, max-age=86400", List.of("/media/a.mp4", "/media/a.en.vtt", "/favicon.ico", "/careers/plumber.jpg"),
                "no-cache", List.of("/", "/careers/plumber/", "/embed/careers/plumber/", "/search/meta.json", "/odd/a%0Ab.png"));
        pathsByLifetime.forEach((cache, paths) -> paths.forEach(path -> assertEquals(cache, headersFor(rules, path).get("cache-control"), path)));
        assertEquals("*", headersFor(rules, "/_signpost/js/search.0a1b2c3d.js").get("access-control-allow-origin"), "embed pages load it from a sandbox");
        String file = withAssets(List.of()).netlify();
        assertFalse(file.contains("/careers/*"), "a folder pages live in gets no media lifetime: " + file);
        assertFalse(file.contains("a\nb"), "a name that would break the file gets no rule: " + file);
    }

    @Test
    void withoutTheDetachTheCacheRulesWouldBeCommaJoinedWithTheSiteWideOne() {
        String file = withAssets(List.of()).netlify().replace("  ! Cache-Control\n", "");
        assertEquals("no-cache, public, max-age=31536000, immutable", headersFor(parse(file), "/css/site.3f2a9c1b.css").get("cache-control"),
                "the test's reading of _headers comma-joins, as Cloudflare does");
    }

    @Test
    void everyNginxLocationSetsOneCacheLifetimeAndHashedEngineScriptsStillAnswerAnyOrigin() {
        String nginx = withAssets(List.of("https://*.sch.uk")).nginx();
        String[] blocks = nginx.split("location ");
        assertTrue(blocks[0].contains("add_header Cache-Control \"no-cache\" always;"), "pages: " + blocks[0]);
        Map<String, String> byLocation = new java.util.LinkedHashMap<>();
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            assertEquals(2, block.split("add_header Cache-Control", -1).length, "one lifetime: " + block);
            assertTrue(block.contains("add_header Content-Security-Policy"), block);
            byLocation.put(block.substring(0, block.indexOf(" {")), block);
        }
        assertTrue(byLocation.get("= /css/site.3f2a9c1b.css").contains("\"public, max-age=31536000, immutable\""));
        assertTrue(byLocation.get("= /css/site.css").contains("\"public, max-age=300\""));
        assertTrue(byLocation.get("= /js/embed.js").contains("\"public, max-age=3600\""));
        assertTrue(byLocation.get("/media/").contains("\"public, max-age=86400\""));
        String engine = byLocation.get("= /_signpost/js/search.0a1b2c3d.js");
        assertTrue(engine.contains("immutable") && engine.contains("Access-Control-Allow-Origin \"*\""), engine);
        assertFalse(byLocation.get("= /css/site.css").contains("Access-Control-Allow-Origin"));
        assertFalse(nginx.contains("a\nb"), nginx);
    }
}
