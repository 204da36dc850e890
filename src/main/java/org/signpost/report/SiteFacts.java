package org.signpost.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.build.Build;
import org.signpost.content.Item;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.SiteFolders;
import org.signpost.lmi.LmiData;
import org.signpost.lmi.LmiTable;
import org.signpost.routemap.RoutesIn;

/**
 * What the report takes from the site when it is given one: school names, school holidays,
 * labels, which route pages are technical or academic, search suggestions and freshness.
 * {@link #none()} is the report from the events alone.
 */
final class SiteFacts {
    /** A school holiday from signpost.yml, both days included. */
    record Holiday(String name, LocalDate from, LocalDate to) {}

    /** A page past its review date. */
    record Overdue(String title, String url, LocalDate reviewBy) {}

    /** Whether a page is about a technical route, an academic one, or neither. */
    enum RouteKind { TECHNICAL, ACADEMIC, UNKNOWN, NOT_A_ROUTE }

    private final Site site;
    private final Suggester suggester;
    private final LmiData lmi;
    final Map<String, String> schools;
    final List<Holiday> holidays;

    private SiteFacts(Site site, Suggester suggester, LmiData lmi, Map<String, String> schools, List<Holiday> holidays) {
        this.site = site;
        this.suggester = suggester;
        this.lmi = lmi;
        this.schools = schools;
        this.holidays = holidays;
    }

    static SiteFacts none() {
        return new SiteFacts(null, null, LmiData.empty(), Map.of(), List.of());
    }

    /** Checks the site as {@code signpost check} does; a site with errors is refused with its problems. */
    static SiteFacts load(SiteFolders siteDir, LocalDate today, Problems problems) {
        Build build = new Build(siteDir, today).check();
        problems.addAll(build.problems().sorted());
        if (build.site() == null || build.problems().hasErrors()) return null;
        Site site = build.site();
        Map<String, Object> raw = site.config().raw();
        Map<String, String> schools = new LinkedHashMap<>();
        if (raw.get("schools") instanceof List<?> list) for (Object o : list) {
            if (o instanceof Map<?, ?> m) schools.put(String.valueOf(m.get("urn")), String.valueOf(m.get("name")));
        }
        List<Holiday> holidays = new ArrayList<>();
        if (raw.get("analytics") instanceof Map<?, ?> a && a.get("school_holidays") instanceof List<?> list) for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("from") instanceof LocalDate from && m.get("to") instanceof LocalDate to) {
                String name = String.valueOf(m.get("name"));
                if (to.isBefore(from)) {
                    problems.error("signpost.yml", org.signpost.content.Position.START,
                            "analytics.school_holidays: '" + name + "' ends on " + to + ", before it starts on " + from);
                    return null;
                }
                holidays.add(new Holiday(name, from, to));
            }
        }
        holidays.sort(Comparator.comparing(Holiday::from));
        LmiData lmi = LmiData.load(siteDir, new Problems());
        return new SiteFacts(site, new Suggester(build.searchIndex(), site.items()), lmi, schools, holidays);
    }

    String siteName() {
        return site == null ? "Signpost" : site.config().name();
    }

    boolean hasSite() {
        return site != null;
    }

    /** Route balance: apprenticeships and pathways by kind; without a site only apprenticeships can be told apart. */
    RouteKind routeKind(String path, String contentTypeSeen) {
        if (site == null) {
            return switch (contentTypeSeen == null ? "" : contentTypeSeen) {
                case "apprenticeship" -> RouteKind.TECHNICAL;
                case "pathway" -> RouteKind.UNKNOWN;
                default -> RouteKind.NOT_A_ROUTE;
            };
        }
        Optional<Item> item = site.atUrl(path);
        if (item.isEmpty()) return RouteKind.NOT_A_ROUTE;
        return switch (item.get().type().name()) {
            case "apprenticeship" -> RouteKind.TECHNICAL;
            case "pathway" -> RoutesIn.academic(item.get()) ? RouteKind.ACADEMIC : RouteKind.TECHNICAL;
            default -> RouteKind.NOT_A_ROUTE;
        };
    }

    String contentTypeLabel(String type) {
        if (type.isEmpty()) return "Other pages (no content type)";
        if (site == null) return type;
        return site.schema().type(type).map(t -> t.plural()).orElse(type);
    }

    String routeLabel(String route) {
        if (site == null) return route;
        String label = site.schema().labelOf("routes", route);
        return label == null || label.isEmpty() ? route : label;
    }

    String videoTitle(String slug) {
        if (site == null) return slug;
        return site.get("video", slug).map(Item::title).orElse(slug + " (no longer on the site)");
    }

    /** A suggestion for a zero-result query, or "x" (not available) without a site. */
    String suggestion(String query) {
        return suggester == null ? null : suggester.suggest(query);
    }

    List<Overdue> overdue(LocalDate today) {
        if (site == null) return List.of();
        return site.items().stream().filter(i -> i.date("review_by") != null && i.date("review_by").isBefore(today))
                .map(i -> new Overdue(i.title(), i.url(), i.date("review_by")))
                .sorted(Comparator.comparing(Overdue::reviewBy).thenComparing(Overdue::url)).toList();
    }

    List<LmiTable> lmiTables() {
        List<LmiTable> tables = new ArrayList<>();
        for (String name : List.of("employment-by-sector", "growth-by-sector", "pay-by-soc", "vacancies-by-month", "jobs-by-town"))
            lmi.table(name).ifPresent(tables::add);
        tables.sort(Comparator.comparing(LmiTable::asOf).thenComparing(LmiTable::name));
        return tables;
    }
}
