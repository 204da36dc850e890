package org.signpost.routemap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.signpost.content.Item;
import org.signpost.content.Reference;
import org.signpost.content.Site;
import org.signpost.render.Deps;
import org.signpost.render.ItemExtras;

/** Gives each route map its SVG and its text version, made once per build however many pages show it. */
public final class RouteMaps implements ItemExtras {
    private final Site site;
    private final Map<String, Map<String, Object>> rendered = new ConcurrentHashMap<>();

    public RouteMaps(Site site) {
        this.site = site;
    }

    @Override
    public Map<String, Object> forItem(Item item, Deps deps) {
        if (!item.type().name().equals("routemap")) return Map.of();
        for (Reference r : item.references()) site.find(r.slug(), r.types()).ifPresent(t -> deps.item(t.url()));
        return rendered.computeIfAbsent(item.url(), u -> {
            RouteMap map = RouteMap.of(item);
            return Map.of("svg", RouteMapSvg.render(map, site), "steps", RouteMapSteps.render(map, site), "steps_id", RouteMapSteps.headingId(map));
        });
    }
}
