package org.signpost.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One output page of the plan: its URL and template are known at once; the model its template
 * sees is built only when asked for (when the page is rendered), so check and serve learn every
 * URL without building any model. Building the model records what it read in {@link #deps()}.
 * URLs ending in "/" are written as index.html in that folder.
 * <p>
 * A page and the versions {@link #derived derived} from it (an item's full page and its embed
 * version) are one family: they build their model from the same source and record what they
 * read in the same {@link Deps}, so rendered {@link #together} they build it once.
 */
public final class Page {
    private final String url;
    private final String template;
    private final List<String> shows;
    private final Source source;
    private final UnaryOperator<Map<String, Object>> adjust;

    /** The model a family builds from, and what building it and rendering the family read. */
    private static final class Source {
        private final Function<Deps, Map<String, Object>> build;
        private final Deps deps = new Deps();
        private boolean holding;
        private Map<String, Object> held;

        Source(Function<Deps, Map<String, Object>> build) {
            this.build = build;
        }

        Map<String, Object> model() {
            if (held != null) return held;
            Map<String, Object> model = build.apply(deps);
            if (holding) held = model;
            return model;
        }
    }

    public Page(String url, String template, Function<Deps, Map<String, Object>> model) {
        this(url, template, List.of(), model);
    }

    /**
     * @param shows what the plan already knows the page will list (item URLs in order, counts),
     *              so serve re-renders a listing page when an edit moves items across pages
     *              whatever the sort order, without building its model
     */
    public Page(String url, String template, List<String> shows, Function<Deps, Map<String, Object>> model) {
        this(url, template, shows, new Source(model), UnaryOperator.identity());
    }

    private Page(String url, String template, List<String> shows, Source source, UnaryOperator<Map<String, Object>> adjust) {
        this.url = url;
        this.template = template;
        this.shows = shows;
        this.source = source;
        this.adjust = adjust;
    }

    /**
     * Another page at {@code url} built from this one's model, changed by {@code adjust} (which
     * must copy what it changes: the family shares the model); of the same family, so an embed
     * version needs no planning of its own.
     */
    public Page derived(String url, String template, UnaryOperator<Map<String, Object>> adjust) {
        UnaryOperator<Map<String, Object>> mine = this.adjust;
        return new Page(url, template, shows, source, m -> adjust.apply(mine.apply(m)));
    }

    /** The same object for every page of a family. */
    public Object family() {
        return source;
    }

    /**
     * Runs {@code work}, which renders pages of one family on this thread, building their shared
     * model at most once; the model is let go afterwards.
     */
    public static <T> T together(List<Page> family, Supplier<T> work) {
        Source source = family.get(0).source;
        for (Page p : family) if (p.source != source) throw new IllegalArgumentException("not one family: " + p.url + " and " + family.get(0).url);
        source.holding = true;
        try {
            return work.get();
        } finally {
            source.holding = false;
            source.held = null;
        }
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

    /** Builds the model (afresh, unless the family is rendered {@link #together}), recording its inputs. */
    public Map<String, Object> model() {
        return adjust.apply(source.model());
    }

    /** What the family's model and templates read so far. */
    public Deps deps() {
        return source.deps;
    }

    /** The file this page is written to, relative to output/. */
    public String file() {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }
}
