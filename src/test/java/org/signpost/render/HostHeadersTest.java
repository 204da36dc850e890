package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.signpost.content.SiteConfig;

/** The _headers file read the way Cloudflare Pages reads it, and the nginx snippet's locations. */
class HostHeadersTest {
    static SiteConfig config(List<String> origins) {
        return new SiteConfig("Site", "", "https://careers.example.org", "en-GB", "", Map.of(), "Site", 50, "none", origins, "~~~~~~", 50,
                List.of(), Map.of());
    }

    record Rule(Pattern path, Map<String, String> set, Set<String> detach) {}

    /** Cloudflare Pages' rules: a line at the margin is a path (* a splat), indented lines are headers or "! Name" detaches. */
    static List<Rule> parse(String file) {
        List<Rule> rules = new ArrayList<>();
        for (String line : file.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!Character.isWhitespace(line.charAt(0))) {
                rules.add(new Rule(Pattern.compile(Pattern.quote(line.trim()).replace("*", "\\E.*\\Q")), new LinkedHashMap<>(), new LinkedHashSet<>()));
                continue;
            }
            Rule r = rules.get(rules.size() - 1);
            String h = line.trim();
            if (h.startsWith("!")) r.detach().add(h.substring(1).trim().toLowerCase());
            else r.set().merge(h.substring(0, h.indexOf(':')).trim().toLowerCase(), h.substring(h.indexOf(':') + 1).trim(), (a, b) -> a + ", " + b);
        }
        return rules;
    }

    /** Every matching rule applies; a header set by several is comma-joined, unless another matching rule detaches it. */
    static Map<String, String> headersFor(List<Rule> rules, String path) {
        List<Rule> matching = rules.stream().filter(r -> r.path().matcher(path).matches()).toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule r : matching) {
            r.set().forEach((name, value) -> {
                boolean detached = matching.stream().anyMatch(o -> o != r && o.detach().contains(name));
                if (!detached) out.merge(name, value, (a, b) -> a + ", " + b);
            });
        }
        return out;
    }

    @Test
    void embedPagesMayBeFramedByTheAllowedOriginsAndNothingElseMayBe() {
        List<Rule> rules = parse(new HostHeaders(config(List.of("https://*.sch.uk", "https://www.example-academy.org.uk"))).netlify());
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
        List<Rule> rules = parse(new HostHeaders(config(List.of())).netlify());
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
        assertEquals(5, blocks.length - 1, "locations: embed, the three open paths, embed.js");
        for (int i = 1; i < blocks.length; i++) assertTrue(blocks[i].contains("add_header Content-Security-Policy"), blocks[i]);
        String embed = blocks[1];
        assertTrue(embed.startsWith("/embed/ {") && embed.contains("frame-ancestors 'self' https://*.sch.uk\" always;"), embed);
        assertFalse(embed.contains("X-Frame-Options"), embed);
    }
}
