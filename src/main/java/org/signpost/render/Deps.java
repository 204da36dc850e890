package org.signpost.render;

import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs one output page read: item URLs, whole collections ("type:career",
 * "taxonomy:route") and "site" for everything. serve uses them to re-render only the pages an
 * edit affects.
 */
public final class Deps {
    public static final String ALL_ITEMS = "site";

    private final Set<String> keys = new TreeSet<>();

    public Deps item(String url) {
        keys.add(url);
        return this;
    }

    public Deps type(String type) {
        keys.add("type:" + type);
        return this;
    }

    public Deps taxonomy(String name) {
        keys.add("taxonomy:" + name);
        return this;
    }

    public Deps everything() {
        keys.add(ALL_ITEMS);
        return this;
    }

    public Set<String> keys() {
        return keys;
    }
}
