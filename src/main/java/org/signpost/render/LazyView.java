package org.signpost.render;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A map built on first use. Each page's model is built and rendered on one thread, so it
 * needs no lock; FreeMarker reads a map through its adapter, key by key, so a view that no
 * template reads is never built. The map built may be shared by other pages, so a page that
 * adds a key (the feed adds each entry's absolute URL) gets its own copy first.
 */
final class LazyView extends AbstractMap<String, Object> {
    private final Supplier<Map<String, Object>> build;
    private Map<String, Object> view;
    private boolean own;

    LazyView(Supplier<Map<String, Object>> build) {
        this.build = build;
    }

    private Map<String, Object> view() {
        if (view == null) view = build.get();
        return view;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return view().entrySet();
    }

    @Override
    public Object get(Object key) {
        return view().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view().containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        if (!own) {
            view = new java.util.LinkedHashMap<>(view());
            own = true;
        }
        return view.put(key, value);
    }

    @Override
    public int size() {
        return view().size();
    }
}
