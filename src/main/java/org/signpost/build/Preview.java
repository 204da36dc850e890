package org.signpost.build;

import org.signpost.content.Addresses;
import org.signpost.content.SiteConfig;

/**
 * What a preview changes about a site, from the command line: another address ({@code --base-url},
 * for a preview deploy) and drafts published too ({@code --drafts}). The published site uses neither.
 *
 * @param baseUrl the address to build for instead of signpost.yml's, or null
 */
public record Preview(String baseUrl, boolean drafts) {
    public static final Preview NONE = new Preview(null, false);

    public Preview {
        if (baseUrl != null) {
            String problem = Addresses.siteAddress(baseUrl);
            if (problem != null) throw new IllegalArgumentException(Addresses.cannotBe("--base-url", baseUrl, problem));
            if (baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    SiteConfig apply(SiteConfig config) {
        return baseUrl == null ? config : config.withBaseUrl(baseUrl);
    }
}
