package org.signpost.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One output page of the plan: its URL and template are known at once; the model its template
 * sees is built only when asked for (when the page is rendered), so check and serve learn every
 * URL without building any model. Building the model records what it read in {@link #deps()}.
 * URLs ending in "/" are written as index.html in that folder.
 */
public final class Page {
    private final String url;
    private final String template;
    private final Function<Deps, Map<String, Object>> model;
    private final Deps deps = new Deps();
    private final List<String> shows;

    public Page(String url, String template, Function<Deps, Map<String, Object>> model) {
        this(url, template, List.of(), model);
    }

    /**
     * @param shows what the plan already knows the page will list (item URLs in order, counts),
     *              so serve re-renders a listing page when an edit moves items across pages
     *              whatever the sort order, without building its model
     */
    public Page(String url, String template, List<String> shows, Function<Deps, Map<String, Object>> model) {
        this.url = url;
        this.template = template;
        this.shows = shows;
        this.model = model;
    }

    /**
     * Another page at {@code url} built from this one's model, changed by {@code adjust}: the
     * same template and the same recorded inputs, so an embed version needs no planning of its own.
     */
    public Page derived(String url, String template, java.util.function.UnaryOperator<Map<String, Object>> adjust) {
        return new Page(url, template, shows, deps -> adjust.apply(model.apply(deps)));
    }

    public List<String> shows() {
        return shows;
    }

    public String url() {
        return url;
    }

    public String template() {
        return template;
    }

    /** Builds the model (each call builds it afresh), recording its inputs. */
    public Map<String, Object> model() {
        return model.apply(deps);
    }

    /** What the model and the templates read so far. */
    public Deps deps() {
        return deps;
    }

    /** The file this page is written to, relative to output/. */
    public String file() {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }
}
