package org.signpost.content;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code analytics} part of signpost.yml: who counts, and the addresses the page's script may
 * contact. Each provider takes only the keys it uses, so a key meant for another provider is an
 * error rather than silently ignored. Every address ends up in a CSP header and a page attribute,
 * so it is held to a narrow shape: https, a lower-case host, and a plain path.
 *
 * @param endpoint signpost: where beacons go; goatcounter: its count address; else null
 * @param script   the third-party provider's script; null for none and signpost
 * @param site     plausible's domain, umami's website id or matomo's site id; else null
 */
public record Analytics(String provider, String endpoint, String script, String site) {
    public static final Analytics NONE = new Analytics("none", null, null, null);
    public static final String DEFAULT_ENDPOINT = "/collect";
    public static final List<String> THIRD_PARTY = List.of("plausible", "goatcounter", "umami", "matomo");

    private static final Pattern HTTPS = Pattern.compile("https://[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?(/[A-Za-z0-9._~/%-]*)?");
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9._~-]+/?)*");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,98}[a-z0-9])?");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SITE_ID = Pattern.compile("[1-9][0-9]{0,9}");

    /** Which of endpoint, script and site each provider takes. */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "none", Set.of(), "signpost", Set.of("endpoint"), "plausible", Set.of("script", "site"),
            "goatcounter", Set.of("script", "endpoint"), "umami", Set.of("script", "site"), "matomo", Set.of("script", "site"));

    /** True when the site counts anything: the page gets the script. */
    public boolean on() {
        return !"none".equals(provider);
    }

    /** Reads the already type-checked {@code analytics} group, reporting what a provider needs or refuses at its line. */
    static Analytics read(Map<String, Object> raw, String baseUrl, String file, Yaml.Tree tree, Problems problems) {
        // A provider that failed its own check was reported already; its companions are not checked against a guess.
        if (!raw.containsKey("provider") && tree.positions().containsKey("analytics.provider")) return NONE;
        String provider = String.valueOf(raw.getOrDefault("provider", "none"));
        Position at = tree.at("analytics.provider", tree.at("analytics", Position.START));
        boolean ok = true;
        for (String key : List.of("endpoint", "script", "site")) {
            if (raw.containsKey(key) && !KEYS.get(provider).contains(key)) {
                problems.error(file, tree.at("analytics." + key, at), "'analytics." + key + "' is not used with provider '" + provider + "'"
                        + (provider.equals("none") ? "; set 'analytics.provider' too" : "; remove it"));
                ok = false;
            }
        }
        Set<String> used = KEYS.get(provider); // a key the provider does not use was reported above, and is not checked further
        String endpoint = used.contains("endpoint") ? str(raw.get("endpoint")) : null;
        String script = used.contains("script") ? str(raw.get("script")) : null, site = used.contains("site") ? str(raw.get("site")) : null;
        if (THIRD_PARTY.contains(provider) && script == null) {
            problems.error(file, at, "provider '" + provider + "' needs 'analytics.script': the https:// address of its script on your instance, e.g. "
                    + example(provider));
            ok = false;
        }
        if (script != null && !HTTPS.matcher(script).matches()) {
            ok = bad(problems, file, tree.at("analytics.script", at), "script", script, "a full https:// address like " + example(provider));
        } else if ("matomo".equals(provider) && script != null && !script.endsWith(".js")) {
            ok = bad(problems, file, tree.at("analytics.script", at), "script", script, "the address of matomo.js, like " + example(provider));
        }
        if (endpoint != null) {
            boolean path = "signpost".equals(provider) && PATH.matcher(endpoint).matches();
            if (!path && !HTTPS.matcher(endpoint).matches()) {
                ok = bad(problems, file, tree.at("analytics.endpoint", at), "endpoint", endpoint, "signpost".equals(provider)
                        ? "a path on this site like /collect, or a full https:// address" : "a full https:// address like https://stats.example.org/count");
            }
        }
        if ("signpost".equals(provider) && endpoint == null) endpoint = DEFAULT_ENDPOINT;
        if ("goatcounter".equals(provider) && endpoint == null && script != null && HTTPS.matcher(script).matches()) endpoint = originOf(script) + "/count";
        if ("plausible".equals(provider) && site == null) site = URI.create(baseUrl).getHost();
        Pattern siteShape = switch (provider) {
            case "plausible" -> DOMAIN;
            case "umami" -> UUID;
            case "matomo" -> SITE_ID;
            default -> null;
        };
        if (siteShape != null && site == null) {
            problems.error(file, at, "provider '" + provider + "' needs 'analytics.site': " + siteHelp(provider));
            ok = false;
        } else if (siteShape != null && !siteShape.matcher(site).matches()) {
            ok = bad(problems, file, tree.at("analytics.site", at), "site", site, siteHelp(provider));
        }
        return ok ? new Analytics(provider, endpoint, script, site) : NONE;
    }

    /** Origins the page's scripts come from besides the site's own: the provider's script. */
    public Set<String> scriptOrigins() {
        Set<String> out = new LinkedHashSet<>();
        if (script != null) out.add(originOf(script));
        return out;
    }

    /** Origins the page sends events to besides its own: an absolute endpoint, the provider's instance. */
    public Set<String> connectOrigins() {
        Set<String> out = new LinkedHashSet<>(scriptOrigins());
        if (endpoint != null && endpoint.startsWith("https://")) out.add(originOf(endpoint));
        return out;
    }

    static String originOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    private static boolean bad(Problems problems, String file, Position at, String key, String value, String must) {
        problems.error(file, at, "'analytics." + key + "' cannot be '" + value + "'; it must be " + must);
        return false;
    }

    private static String example(String provider) {
        return switch (provider) {
            case "plausible" -> "https://plausible.example.org/js/script.manual.js";
            case "goatcounter" -> "https://stats.example.org/count.js";
            case "umami" -> "https://umami.example.org/script.js";
            default -> "https://matomo.example.org/matomo.js";
        };
    }

    private static String siteHelp(String provider) {
        return switch (provider) {
            case "plausible" -> "the site's domain as Plausible knows it, like careers.example.org";
            case "umami" -> "the website id Umami gives, like 4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b";
            default -> "the site id Matomo gives, a whole number like 3";
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
