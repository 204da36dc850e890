package org.signpost.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.ContentType;
import org.signpost.content.FieldSpec;
import org.signpost.content.Item;
import org.signpost.content.Site;

/**
 * schema.org structured data for an item page: the item as its type (Occupation,
 * EducationalOccupationalProgram, JobPosting, Organization, VideoObject, Article) and a
 * BreadcrumbList. Serialised by Jackson and made safe to sit inside a script element.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {}

    /** A breadcrumb: what it is called and its site path. */
    public record Crumb(String title, String url) {}

    public static String forItem(Item item, Site site, List<Crumb> crumbs, LocalDate today) {
        return forItem(item, site, crumbs, today, url -> {});
    }

    /** @param quotes told the URL of each other item whose title the description quotes (a vacancy's employer), so serve knows the page reads it */
    public static String forItem(Item item, Site site, List<Crumb> crumbs, LocalDate today, java.util.function.Consumer<String> quotes) {
        Map<String, Object> main = describe(item, site, quotes);
        // A closed vacancy is no longer a job to apply for: search engines must drop its JobPosting.
        if (main.get("@type").equals("JobPosting") && item.closedOn(today)) main = webPage(item, site);
        return serialise(List.of(main, breadcrumbs(crumbs, site)));
    }

    private static Map<String, Object> webPage(Item item, Site site) {
        Map<String, Object> o = named("WebPage", item.title());
        o.put("description", item.summary());
        o.put("url", site.config().absolute(item.url()));
        return o;
    }

    public static String forPage(String type, String name, String url, List<Crumb> crumbs, Site site) {
        Map<String, Object> page = obj(type);
        page.put("name", name);
        page.put("url", site.config().absolute(url));
        return serialise(List.of(page, breadcrumbs(crumbs, site)));
    }

    /** Whether an item's JSON-LD quotes its Markdown body: a video's transcript does; a one-off build lets the others' bodies go once they are HTML. */
    public static boolean readsBody(Item item) {
        return typeOf(item).equals("VideoObject");
    }

    /** Its type's schema.org type, or the one a field of the item picks (types.yml schema_org.by). */
    private static String typeOf(Item item) {
        ContentType.Roles roles = item.type().roles();
        String type = item.type().schemaOrg();
        return roles.schemaOrgField() == null ? type : roles.schemaOrgBy().getOrDefault(item.string(roles.schemaOrgField()), type);
    }

    private static Map<String, Object> describe(Item item, Site site, java.util.function.Consumer<String> quotes) {
        ContentType.Roles roles = item.type().roles();
        String type = typeOf(item);
        Map<String, Object> o = obj(type);
        String titleKey = type.equals("Article") ? "headline" : type.equals("JobPosting") ? "title" : "name";
        o.put(titleKey, item.title());
        o.put("description", item.summary());
        o.put("url", site.config().absolute(item.url()));
        // The type's own property mapping (types.yml schema_org.properties) applies to its main schema.org type.
        if (type.equals(item.type().schemaOrg())) roles.schemaOrgProperties().forEach((property, field) -> putIfPresent(o, property, value(item, property, field, site, quotes)));
        switch (type) {
            case "Occupation" -> occupation(item, o);
            case "EducationalOccupationalProgram" -> program(item, o);
            case "JobPosting" -> jobPosting(item, site, o);
            case "Organization" -> organization(item, o);
            case "VideoObject" -> video(item, site, o);
            case "Event" -> event(item, site, o);
            default -> article(item, site, o);
        }
        return o;
    }

    private static void occupation(Item item, Map<String, Object> o) {
        putIfPresent(o, "occupationalCategory", item.string("soc").isEmpty() ? null : "SOC 2020 " + item.string("soc"));
        putIfPresent(o, "skills", item.list("skills").isEmpty() ? null : String.join(", ", item.list("skills").stream().map(String::valueOf).toList()));
        if (item.number("salary_starter") != null || item.number("salary_experienced") != null) {
            Map<String, Object> pay = obj("MonetaryAmountDistribution");
            pay.put("name", "typical salary");
            pay.put("currency", "GBP");
            pay.put("duration", "P1Y");
            putIfPresent(pay, "minValue", item.number("salary_starter"));
            putIfPresent(pay, "maxValue", item.number("salary_experienced"));
            o.put("estimatedSalary", pay);
        }
        o.put("occupationLocation", area(item));
    }

    private static void program(Item item, Map<String, Object> o) {
        putIfPresent(o, "provider", item.string("provider").isEmpty() ? null : named("Organization", item.string("provider")));
        putIfPresent(o, "educationalCredentialAwarded", item.number("level") == null ? null : "Level " + item.number("level"));
        putIfPresent(o, "occupationalCategory", item.string("standard"));
    }

    private static void jobPosting(Item item, Site site, Map<String, Object> o) {
        o.put("employmentType", "FULL_TIME");
        Map<String, Object> address = obj("PostalAddress");
        address.put("addressLocality", item.string("location").isEmpty() ? site.config().locality() : item.string("location"));
        address.put("addressCountry", "GB");
        Map<String, Object> place = obj("Place");
        place.put("address", address);
        o.put("jobLocation", place);
        putIfPresent(o, "directApply", item.string("apply_url").isEmpty() ? null : Boolean.FALSE);
    }

    private static void event(Item item, Site site, Map<String, Object> o) {
        String mode = item.string("mode");
        o.put("eventAttendanceMode", "https://schema.org/" + switch (mode) {
            case "virtual" -> "OnlineEventAttendanceMode";
            case "hybrid" -> "MixedEventAttendanceMode";
            default -> "OfflineEventAttendanceMode";
        });
        o.put("eventStatus", "https://schema.org/EventScheduled");
        List<Object> locations = new ArrayList<>();
        if (!mode.equals("virtual")) {
            Map<String, Object> address = obj("PostalAddress");
            address.put("addressLocality", item.string("place").isEmpty() ? site.config().locality() : item.string("place"));
            address.put("addressCountry", "GB");
            Map<String, Object> place = named("Place", item.string("place").isEmpty() ? site.config().locality() : item.string("place"));
            place.put("address", address);
            locations.add(place);
        }
        if (!mode.equals("in-person")) {
            Map<String, Object> online = obj("VirtualLocation");
            online.put("url", site.config().absoluteLink(item.string("book_url").isEmpty() ? item.url() : item.string("book_url")));
            locations.add(online);
        }
        o.put("location", locations.size() == 1 ? locations.get(0) : locations);
        if (!o.containsKey("organizer")) o.put("organizer", named("Organization", item.string("provider").isEmpty() ? site.config().name() : item.string("provider")));
        if (item.string("cost").equalsIgnoreCase("free")) o.put("isAccessibleForFree", true);
    }

    /** A field's value as JSON-LD: dates in ISO 8601, UK times with their offset, pay as an amount, a referenced item as a named, linked thing. */
    private static Object value(Item item, String property, String field, Site site, java.util.function.Consumer<String> quotes) {
        Object v = item.fields().get(field);
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof String text && property.equals("baseSalary")) return Wage.amount(text);
        if (v instanceof java.time.LocalDateTime t) return t.atZone(java.time.ZoneId.of("Europe/London")).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        FieldSpec spec = site.schema().fieldsOf(item.type()).get(field);
        if (v instanceof String slug && spec != null && spec.kind() == FieldSpec.Kind.REF) {
            return site.find(slug, spec.to()).map(target -> {
                quotes.accept(target.url());
                Map<String, Object> thing = named(target.type().schemaOrg(), target.title());
                thing.put("url", site.config().absolute(target.url()));
                return (Object) thing;
            }).orElse(null);
        }
        return v;
    }

    private static void organization(Item item, Map<String, Object> o) {
        List<Object> places = new ArrayList<>();
        for (Object town : item.list("locations")) {
            Map<String, Object> address = obj("PostalAddress");
            address.put("addressLocality", town);
            address.put("addressCountry", "GB");
            places.add(address);
        }
        putIfPresent(o, "address", places);
    }

    private static void video(Item item, Site site, Map<String, Object> o) {
        putIfPresent(o, "duration", isoDuration(item.string("duration")));
        putIfPresent(o, "thumbnailUrl", item.string("poster").isEmpty() ? null : site.config().absolute(item.string("poster")));
        String src = item.string("src");
        switch (item.string("source")) {
            case "youtube" -> o.put("embedUrl", "https://www.youtube-nocookie.com/embed/" + src);
            case "vimeo" -> o.put("embedUrl", "https://player.vimeo.com/video/" + src + "?dnt=1");
            default -> o.put("contentUrl", site.config().absolute(src));
        }
        o.put("transcript", item.body().replaceAll("[*#_>`]", "").strip());
    }

    private static void article(Item item, Site site, Map<String, Object> o) {
        putIfPresent(o, "datePublished", iso(item.date("date")));
        putIfPresent(o, "dateModified", iso(item.lastChanged()));
        o.put("publisher", named("Organization", site.config().name()));
    }

    private static Map<String, Object> breadcrumbs(List<Crumb> crumbs, Site site) {
        Map<String, Object> list = obj("BreadcrumbList");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> e = obj("ListItem");
            e.put("position", i + 1);
            e.put("name", crumbs.get(i).title());
            e.put("item", site.config().absolute(crumbs.get(i).url()));
            items.add(e);
        }
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> area(Item item) {
        List<Object> localities = item.list("locality");
        Map<String, Object> a = named("AdministrativeArea", localities.isEmpty() ? "England" : String.join(", ", localities.stream().map(String::valueOf).toList()));
        return a;
    }

    private static Map<String, Object> obj(String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", type);
        return o;
    }

    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> o = obj(type);
        o.put("name", name);
        return o;
    }

    private static void putIfPresent(Map<String, Object> o, String key, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty()) || (value instanceof List<?> l && l.isEmpty())) return;
        o.put(key, value);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** "3:05" to "PT3M5S". */
    static String isoDuration(String minutesSeconds) {
        String[] parts = minutesSeconds.split(":");
        if (parts.length != 2) return null;
        return "PT" + Integer.parseInt(parts[0]) + "M" + Integer.parseInt(parts[1]) + "S";
    }

    private static String serialise(List<Object> graph) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        try {
            // "<" and ">" as escapes, so no value can close the script element it sits in.
            return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
