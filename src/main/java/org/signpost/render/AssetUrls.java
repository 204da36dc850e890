package org.signpost.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.Suggestions;

/**
 * Where each published asset is: its path as the site's assets/ (or the engine) names it, to the
 * path it is published at. CSS and JavaScript are published under a content-hashed name as well
 * as their own ({@code /css/site.css} at {@code /css/site.3f2a9c1b.css}); other files keep theirs.
 * Templates ask for an address with {@code ${asset("/css/site.css")}}, which records the asset in
 * the page's {@link Deps}, so the page is rendered again when the asset's hash changes.
 */
public record AssetUrls(Map<String, String> published) {
    public static final AssetUrls NONE = new AssetUrls(Map.of());
    /** What a page that depends on every asset (the headers files) records. */
    static final String ALL = "*";

    public AssetUrls {
        published = Map.copyOf(published);
    }

    /** Whether the asset is published under a content-hashed name. */
    public boolean fingerprinted(String path) {
        String to = published.get(path);
        return to != null && !to.equals(path);
    }

    /** The asset paths whose published address differs between {@code before} and this (an asset that came or went too), with {@link #ALL} when any does. */
    public Set<String> changedSince(AssetUrls before) {
        Set<String> changed = new HashSet<>();
        Set<String> paths = new HashSet<>(published.keySet());
        paths.addAll(before.published.keySet());
        for (String p : paths) if (!java.util.Objects.equals(published.get(p), before.published.get(p))) changed.add(p);
        if (!changed.isEmpty()) changed.add(ALL);
        return changed;
    }

    /** The address to write for {@code path}; an unknown path is a template error that says what there is. */
    String url(String path, Deps deps) throws TemplateModelException {
        deps.asset(path); // even when missing: the page must be rendered again once it exists
        String to = published.get(path);
        if (to != null) return to;
        String hint = path.startsWith("/") ? "" : " Asset paths start with '/', as in asset(\"/css/site.css\").";
        String near = path.length() > 200 ? "" : Suggestions.didYouMean(path, published.keySet());
        throw new TemplateModelException("asset(\"" + path + "\"): there is no such file in assets/" + (near.isEmpty() ? "." : near) + hint);
    }

    /** The template function {@code asset("/path")}, recording what it is asked for in {@code deps}. */
    TemplateMethodModelEx function(Deps deps) {
        return (List args) -> {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
                throw new TemplateModelException("asset takes one path, as in asset(\"/css/site.css\")");
            }
            return url(s.getAsString(), deps);
        };
    }
}
