package org.signpost.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signpost.content.Item;
import org.signpost.content.Problems;
import org.signpost.content.Site;

/**
 * Renders planned pages through their templates, in parallel, and replaces each
 * {@code <signpost-embed>} placeholder with the embedded item's partial template
 * (templates/embed/&lt;kind&gt;.ftlh).
 */
public final class PageRenderer {
    private static final Pattern EMBED = Pattern.compile("<signpost-embed kind=\"([a-z0-9-]+)\" slug=\"([a-z0-9-]+)\"></signpost-embed>");

    private final Templates templates;
    private final Site site;
    private final ItemViews views;
    private final AssetUrls assets;

    public PageRenderer(Templates templates, Site site, ItemViews views, AssetUrls assets) {
        this.templates = templates;
        this.site = site;
        this.views = views;
        this.assets = assets;
    }

    /** Renders every page; returns output file to bytes. Template errors become problems. */
    public Map<String, byte[]> renderAll(List<Page> pages, Problems problems) {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        renderAll(pages, problems, out::put);
        return out;
    }

    /** Renders every page in parallel, handing each file to {@code sink} as soon as it is ready. */
    public void renderAll(List<Page> pages, Problems problems, java.util.function.BiConsumer<String, byte[]> sink) {
        pages.parallelStream().forEach(p -> render(p, problems).ifPresent(bytes -> sink.accept(p.file(), bytes)));
    }

    /**
     * Builds the page's model and renders it; every template name FreeMarker looks up meanwhile
     * (includes, imports, embeds, in whatever syntax) is added to the page's {@link Deps}, as is
     * every asset its templates ask the address of with {@code asset("/css/site.css")}.
     */
    public Optional<byte[]> render(Page page, Problems problems) {
        java.util.Set<String> read = new java.util.TreeSet<>();
        templates.recordReads(read);
        try {
            Map<String, Object> model = new java.util.HashMap<>(page.model());
            model.put("asset", assets.function(page.deps()));
            String html = templates.render(page.template(), model);
            if (page.template().endsWith(".ftlh")) html = expandEmbeds(html, page, model);
            return Optional.of(html.getBytes(StandardCharsets.UTF_8));
        } catch (Templates.TemplateProblem e) {
            problems.add(e.problem);
            return Optional.empty();
        } finally {
            templates.recordReads(null);
            read.add(page.template());
            page.deps().templates(read);
        }
    }

    private String expandEmbeds(String html, Page page, Map<String, Object> pageModel) throws Templates.TemplateProblem {
        if (!html.contains("<signpost-embed")) return html;
        Matcher m = EMBED.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 4096);
        while (m.find()) {
            String kind = m.group(1);
            Optional<Item> target = site.find(m.group(2), List.of(kind));
            String replacement = "";
            if (target.isPresent()) {
                Map<String, Object> model = new LinkedHashMap<>(pageModel);
                model.put("embedded", views.full(target.get(), "", page.deps()));
                replacement = templates.render("embed/" + kind + ".ftlh", model);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
