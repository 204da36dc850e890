package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics settings a valid signpost.yml gives; the refusals are in sites/invalid/analytics-*. */
class AnalyticsTest {
    @TempDir
    Path dir;

    private Analytics read(String analytics) throws IOException {
        Files.writeString(dir.resolve(SiteConfig.FILE), "name: Site\nbase_url: https://careers.example.org\n" + analytics);
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(dir, problems).orElseThrow();
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
        return config.analytics();
    }

    @Test
    void withoutTheKeyNothingCountsAndNoOriginIsAdded() throws IOException {
        Analytics a = read("");
        assertEquals(Analytics.NONE, a);
        assertFalse(a.on());
        assertEquals(Set.of(), a.connectOrigins());
    }

    @Test
    void ourCollectorDefaultsToCollectOnThisSite() throws IOException {
        Analytics a = read("analytics:\n  provider: signpost\n");
        assertEquals(new Analytics("signpost", "/collect", null, null), a);
        assertEquals(Set.of(), a.connectOrigins(), "the site's own origin needs no CSP addition");
        Analytics elsewhere = read("analytics:\n  provider: signpost\n  endpoint: https://collect.example.org:8443/collect\n");
        assertEquals(Set.of("https://collect.example.org:8443"), elsewhere.connectOrigins());
        assertEquals(Set.of(), elsewhere.scriptOrigins());
    }

    @Test
    void plausibleDefaultsToTheSitesOwnDomain() throws IOException {
        Analytics a = read("analytics:\n  provider: plausible\n  script: https://plausible.example.org/js/script.manual.js\n");
        assertEquals(new Analytics("plausible", null, "https://plausible.example.org/js/script.manual.js", "careers.example.org"), a);
        assertEquals(Set.of("https://plausible.example.org"), a.scriptOrigins());
        assertEquals(Set.of("https://plausible.example.org"), a.connectOrigins());
    }

    @Test
    void goatCounterCountsAtItsScriptsOriginUnlessTold() throws IOException {
        assertEquals("https://stats.example.org/count",
                read("analytics:\n  provider: goatcounter\n  script: https://stats.example.org/count.js\n").endpoint());
        Analytics hosted = read("analytics:\n  provider: goatcounter\n  script: https://gc.example.net/count.js\n  endpoint: https://site.example.com/count\n");
        assertEquals(Set.of("https://gc.example.net", "https://site.example.com"), hosted.connectOrigins());
    }

    @Test
    void umamiAndMatomoTakeTheirSiteIds() throws IOException {
        assertEquals("4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b", read("analytics:\n  provider: umami\n  script: https://umami.example.org/script.js\n"
                + "  site: 4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b\n").site());
        Analytics m = read("analytics:\n  provider: matomo\n  script: https://matomo.example.org/matomo.js\n  site: \"3\"\n");
        assertEquals("3", m.site());
        assertTrue(m.on());
    }
}
