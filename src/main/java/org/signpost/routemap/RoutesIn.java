package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.render.Deps;
import org.signpost.render.ItemExtras;

/**
 * The routes into a career, side by side: every pathway whose leads_to names it and every
 * apprenticeship standard whose careers name it, with pay while learning, cost, length, level,
 * entry requirements and where each leads. Technical and academic routes sit in one table on
 * equal terms. Its check warns when a career has no technical route, or no academic one
 * although it is a graduate-level job (at level 6 or 7 on its route map).
 */
public final class RoutesIn implements ItemExtras {
    static final Set<String> ACADEMIC = Set.of("sixth-form", "degree", "foundation-year");

    private final Site site;

    public RoutesIn(Site site) {
        this.site = site;
    }

    @Override
    public Map<String, Object> forItem(Item item, Deps deps) {
        if (!item.type().name().equals("career")) return Map.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item route : routes(item)) {
            deps.item(route.url());
            rows.add(row(route));
        }
        rows.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (Long) r.get("level")).thenComparing(r -> (String) r.get("title")));
        return rows.isEmpty() ? Map.of() : Map.of("compare_routes", rows);
    }

    /** Pathways and apprenticeship standards that lead to the career (vacancies come and go, so they are listed elsewhere). */
    List<Item> routes(Item career) {
        List<Item> routes = new ArrayList<>();
        for (Item other : site.referencing(career)) {
            boolean pathway = other.type().name().equals("pathway") && other.list("leads_to").contains(career.slug());
            boolean standard = other.type().name().equals("apprenticeship") && "standard".equals(other.fields().get("kind"));
            if (pathway || standard) routes.add(other);
        }
        return routes;
    }

    /** Sixth form, degree and foundation-year pathways are academic; every other pathway and apprenticeship is technical. */
    public static boolean academic(Item route) {
        return route.type().name().equals("pathway") && ACADEMIC.contains(route.string("kind"));
    }

    private Map<String, Object> row(Item route) {
        boolean apprenticeship = route.type().name().equals("apprenticeship");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", route.title());
        r.put("url", route.url());
        r.put("kind", academic(route) ? "Academic" : "Technical");
        r.put("level", route.number("level") == null ? 0L : route.number("level"));
        r.put("pay", apprenticeship ? (route.string("wage").isEmpty() ? "Yes, a wage: at least the apprentice minimum" : "Yes: " + route.string("wage"))
                : orDash(route.string("pay_while_learning")));
        r.put("cost", apprenticeship ? "Nothing: the training is paid for" : orDash(route.string("cost")));
        r.put("duration", orDash(route.string("duration")));
        r.put("entry", apprenticeship ? "Set by each employer" : orDash(route.string("entry_requirements")));
        List<String> leads = new ArrayList<>();
        for (Object slug : route.list(apprenticeship ? "careers" : "leads_to")) {
            site.find(String.valueOf(slug), List.of("career", "pathway", "apprenticeship")).ifPresent(t -> leads.add(t.title()));
        }
        r.put("leads_to", String.join(", ", leads));
        return r;
    }

    /**
     * Warns about these careers whose routes are one-sided, each on its own file: what one is told depends on it, the routes
     * that name it and the route maps, so after a field edit serve checks only the careers it can move.
     */
    public static void check(Site site, java.util.Collection<Item> careers, Problems problems) {
        RoutesIn routesIn = new RoutesIn(site);
        java.util.Set<String> graduate = new java.util.HashSet<>();
        for (Item map : site.ofType("routemap")) {
            for (RouteMap.Node n : RouteMap.of(map).nodes()) if (n.ref() != null && n.rank() >= RouteMap.LEVELS.indexOf("6")) graduate.add(n.ref());
        }
        for (Item career : careers) {
            List<Item> routes = routesIn.routes(career);
            boolean technical = routes.stream().anyMatch(r -> !academic(r))
                    || site.referencing(career).stream().anyMatch(r -> r.type().name().equals("apprenticeship"));
            if (!technical) {
                problems.warning(career.path(), Position.START, "no technical route (apprenticeship, T Level or college course) leads to this career; name it in one's leads_to or careers");
            }
            if (graduate.contains(career.slug()) && routes.stream().noneMatch(RoutesIn::academic)) {
                problems.warning(career.path(), Position.START, "this is a graduate-level job on its route map, but no academic pathway (sixth form, degree) leads here; name it in one's leads_to");
            }
        }
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "Not given" : s;
    }
}
