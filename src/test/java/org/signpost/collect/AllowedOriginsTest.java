package org.signpost.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowedOriginsTest {
    private final AllowedOrigins site = new AllowedOrigins(List.of("https://Careers.Example.org/", "http://localhost:8080"));

    @Test
    void baseUrlsBecomeOriginsWithoutPathOrDefaultPort() {
        assertEquals(Set.of("https://careers.example.org", "http://localhost:8080"), site.origins());
        assertEquals("https://a.example", AllowedOrigins.origin("https://a.example:443/x/?q#f"));
    }

    @ParameterizedTest(name = "Origin {0}, Referer {1}")
    @CsvSource(nullValues = "-", value = {
            "https://careers.example.org,      -",
            "https://careers.example.org:443,  -",
            "http://localhost:8080,            -",
            "null,                             https://careers.example.org/embed/careers/vet/",
            "-,                                https://careers.example.org/careers/",
    })
    void fromTheSite(String origin, String referer) {
        assertNull(site.refusal(origin, referer));
    }

    @ParameterizedTest(name = "Origin {0}, Referer {1}")
    @CsvSource(nullValues = "-", value = {
            "https://evil.example,                      https://careers.example.org/, not from https://evil.example",
            "https://careers.example.org.evil.example,  -,                            not from https://careers.example.org.evil.example",
            "http://careers.example.org,                -,                            not from http://careers.example.org",
            "http://localhost:8081,                     -,                            not from http://localhost:8081",
            "null,                                      -,                            Origin is null and there is no Referer",
            "null,                                      https://evil.example/a?b=c,   not from https://evil.example",
            "null,                                      not a url,                    an address that cannot be read",
            "-,                                         -,                            names no Origin or Referer",
            "-,                                         https://user@careers.example.org/, an address that cannot be read",
    })
    void fromElsewhere(String origin, String referer, String reason) {
        String refusal = site.refusal(origin, referer);
        assertTrue(refusal != null && refusal.contains(reason), refusal);
    }

    @Test
    void anAddressThatIsNotASitesIsRefusedAtStart() {
        for (String bad : List.of("null", "careers.example.org", "ftp://x.example", "https://")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AllowedOrigins(List.of(bad)));
            assertTrue(e.getMessage().contains("is not a site's address"), e.getMessage());
        }
    }
}
