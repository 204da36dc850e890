package org.signpost.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signpost.content.SiteConfig;

/**
 * The embed page kind. Any planned page can be embedded: its embed version at /embed/PATH uses
 * the same template and model with {@code page.embed} set, so the layout draws only the site's
 * name and a link to the full page. Beside it is its oEmbed JSON (for WordPress, which discovers
 * it from the link every such page carries), and the full page gets the "Embed this" snippets.
 */
public final class EmbedPages {
    public static final String PREFIX = "/embed";
    public static final String OEMBED_FILE = "oembed.json";
    /** The stable address schools paste once: it must never move. */
    public static final String SCRIPT = "/js/embed.js";
    /** The plain iframe's fixed height: most of a phone screen, so it scrolls inside when scripts are stripped. */
    static final int HEIGHT = 600;
    static final int WIDTH = 640;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SiteConfig config;

    public EmbedPages(SiteConfig config) {
        this.config = config;
    }

    public static String embedUrl(String fullUrl) {
        return PREFIX + fullUrl;
    }

    public static String oembedUrl(String fullUrl) {
        return embedUrl(fullUrl) + OEMBED_FILE;
    }

    /** The full page, with its oEmbed discovery link and the snippets a school pastes. */
    public Page full(Page page) {
        return page.derived(page.url(), page.template(), m -> withPage(m, p -> {
            p.put("oembed", config.absolute(oembedUrl(page.url())));
            p.put("embed_this", snippets(page.url(), (String) p.get("title")));
        }));
    }

    /** The page as it shows inside a school's site: minimal chrome, never indexed. */
    public Page embed(Page page) {
        return page.derived(embedUrl(page.url()), page.template(), m -> withPage(m, p -> {
            p.put("embed", Map.of("url", embedUrl(page.url())));
            p.put("oembed", config.absolute(oembedUrl(page.url())));
            p.put("noindex", true);
        }));
    }

    /** The page's oEmbed response (spec 1.0, type rich), pre-generated since the site is static. */
    public Page oembed(Page page) {
        return page.derived(oembedUrl(page.url()), "_text.ftl", m -> oembedModel(m.get("site"), page.url(), (String) pageOf(m).get("title")));
    }

    /** The same for a page whose title is known without building its model (an item's). */
    public Page oembed(String url, Object siteModel, java.util.function.Function<Deps, String> title) {
        return new Page(oembedUrl(url), "_text.ftl", deps -> oembedModel(siteModel, url, title.apply(deps)));
    }

    private Map<String, Object> oembedModel(Object siteModel, String url, String title) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("site", siteModel);
        out.put("text", oembedJson(url, title));
        return out;
    }

    String oembedJson(String url, String title) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("title", title);
        o.put("provider_name", config.name());
        o.put("provider_url", config.absolute("/"));
        o.put("width", WIDTH);
        o.put("height", HEIGHT);
        // WordPress keeps the blockquote as the fallback and reveals the frame on its first message.
        o.put("html", "<blockquote class=\"wp-embedded-content\"><a href=\"" + attr(config.absolute(url)) + "\">" + text(title) + "</a></blockquote>"
                + iframe(url, title, ""));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script snippet and the plain iframe, for the "Embed this" panel; URN is the school's to fill in. */
    Map<String, String> snippets(String url, String title) {
        String script = "<div data-signpost=\"" + attr(url) + "\" data-school=\"URN\"><a href=\"" + attr(config.absolute(url)) + "\">"
                + text(title) + "</a></div>\n<script src=\"" + attr(config.absolute(SCRIPT)) + "\" async></script>";
        return Map.of("script", script, "iframe", iframe(url, title, "?school=URN"));
    }

    private String iframe(String url, String title, String query) {
        return "<iframe src=\"" + attr(config.absolute(embedUrl(url)) + query) + "\" title=\"" + attr(frameTitle(title))
                + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" loading=\"lazy\""
                + " style=\"width:100%;border:0;frame-sizing:content-height\"></iframe>";
    }

    String frameTitle(String title) {
        return title + ", from " + config.name();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageOf(Map<String, Object> model) {
        return (Map<String, Object>) model.get("page");
    }

    /** A copy of the model whose page map is a copy changed by {@code change}: models may be shared. */
    private static Map<String, Object> withPage(Map<String, Object> model, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> m = new LinkedHashMap<>(model);
        Map<String, Object> p = new LinkedHashMap<>(pageOf(model));
        change.accept(p);
        m.put("page", p);
        return m;
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
