package org.signpost.render;

import java.util.Map;
import org.signpost.content.Item;

/**
 * Extra values a full item view gets from stages beyond Markdown: a route map's SVG, a sector's
 * charts. Implementations record what they read in the page's {@link Deps}.
 */
@FunctionalInterface
public interface ItemExtras {
    ItemExtras NONE = (item, deps) -> Map.of();

    Map<String, Object> forItem(Item item, Deps deps);

    /** Both sets of extras, this one's first. */
    default ItemExtras and(ItemExtras other) {
        return (item, deps) -> {
            Map<String, Object> all = new java.util.LinkedHashMap<>(forItem(item, deps));
            all.putAll(other.forItem(item, deps));
            return all;
        };
    }
}
