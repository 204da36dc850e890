package org.signpost.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.CompactMap;
import org.signpost.content.Events;
import org.signpost.content.FieldSpec;
import org.signpost.content.Item;
import org.signpost.content.Schema;
import org.signpost.content.Site;

/**
 * Turns items into the maps templates see. A brief view is enough for lists and links; a full
 * view adds the body and the items it names and is named by. Every item read is recorded in
 * the page's {@link Deps}: a brief one as brief, since it shows only the item's own fields.
 */
public final class ItemViews {
    /** The iCalendar file of an event, in its page's folder. */
    public static final String CALENDAR_FILE = "event.ics";
    /** Events an item's page shows under "Coming up": the soonest few, as on the home page, however many a busy area has (the rest are on /events/). */
    static final int COMING_UP = 6;

    private final Site site;
    private final Schema schema;
    private final LocalDate today;
    private final Map<FieldSpec, java.util.Optional<String>> vocabularies = new java.util.concurrent.ConcurrentHashMap<>();

    private final ItemExtras extras;

    public ItemViews(Site site, LocalDate today, ItemExtras extras) {
        this.site = site;
        this.extras = extras;
        this.schema = site.schema();
        this.today = today;
    }

    /**
     * An item's fields as a template sees them, built when a template first reads the view: a page
     * then depends on an item only if it shows something of it (the A to Z shows only titles).
     */
    public Map<String, Object> brief(Item item, Deps deps) {
        return new LazyView(() -> {
            deps.brief(item.url());
            return briefNow(item);
        });
    }

    /**
     * An item's brief view, built once per item and shared (read-only) by every page that shows
     * it: a listing page shows 50, and at 10,000 items building them again for each page was a
     * tenth of a build. Keyed by URL and checked by identity, since an edit swaps in a new item.
     */
    private Map<String, Object> briefNow(Item item) {
        Brief b = briefs.get(item.url());
        if (b == null || b.item != item) {
            b = new Brief(item, CompactMap.copyOf(briefOf(item)));
            briefs.put(item.url(), b);
        }
        return b.view;
    }

    private record Brief(Item item, Map<String, Object> view) {}

    /** Lets the shared brief views go once the pages are rendered: 100 MB at 50,000 items, and the search index needs the room. */
    public void forgetBriefs() {
        briefs.clear();
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Brief> briefs = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Object> briefOf(Item item) {
        Map<String, Object> v = new LinkedHashMap<>();
        Map<String, FieldSpec> specs = schema.fieldsOf(item.type());
        item.fields().forEach((k, value) -> {
            v.put(k, convert(value));
            FieldSpec spec = specs.get(k);
            String vocabulary = vocabularyOf(spec);
            if (vocabulary != null) {
                if (value instanceof List<?> l) v.put(k + "_labels", l.stream().map(x -> schema.labelOf(vocabulary, String.valueOf(x))).toList());
                else v.put(k + "_label", schema.labelOf(vocabulary, String.valueOf(value)));
            }
        });
        v.put("title", item.title());
        v.put("summary", item.summary());
        v.put("url", item.url());
        v.put("slug", item.slug());
        v.put("type", item.type().name());
        v.put("type_label", item.type().label());
        v.put("sample", item.sample());
        v.put("closed", item.closedOn(today));
        if (item.type().dated()) v.put("calendar_url", item.url() + CALENDAR_FILE);
        v.put("facts", facts(item));
        return v;
    }

    /** The fields its type shows on cards (types.yml {@code facts}) that it has, each {@code label} and {@code value}. */
    private static List<Map<String, Object>> facts(Item item) {
        List<Map<String, Object>> out = new ArrayList<>();
        item.type().roles().facts().forEach((field, label) -> {
            Object value = item.fields().get(field);
            if (value != null) out.add(Map.of("label", label, "value", convert(value)));
        });
        return out;
    }

    /** A brief view plus the body HTML, resolved references and the items that refer to this one. */
    public Map<String, Object> full(Item item, String bodyHtml, Deps deps) {
        deps.item(item.url());
        Map<String, Object> v = new LinkedHashMap<>(briefNow(item));
        v.put("body", bodyHtml);
        schema.fieldsOf(item.type()).forEach((name, spec) -> {
            if (spec.kind() == FieldSpec.Kind.REF && item.fields().get(name) instanceof String slug) {
                site.find(slug, spec.to()).ifPresent(t -> v.put(name + "_item", brief(t, deps)));
            } else if (spec.kind() == FieldSpec.Kind.LIST && spec.of().kind() == FieldSpec.Kind.REF) {
                List<Map<String, Object>> targets = new ArrayList<>();
                for (Object slug : item.list(name)) site.find(String.valueOf(slug), spec.of().to()).ifPresent(t -> targets.add(brief(t, deps)));
                v.put(name + "_items", targets);
            }
        });
        Map<String, Map<String, Object>> refs = new LinkedHashMap<>();
        for (var r : item.references()) site.find(r.slug(), r.types()).ifPresent(t -> refs.putIfAbsent(r.slug(), brief(t, deps)));
        v.put("refs", refs);
        Map<String, List<Map<String, Object>>> referencedBy = new LinkedHashMap<>();
        for (Item other : site.referencing(item)) {
            referencedBy.computeIfAbsent(other.type().name(), k -> new ArrayList<>()).add(brief(other, deps));
        }
        v.put("referenced_by", referencedBy);
        if (item.type().roles().comingUpBy() != null) schema.types().stream().filter(t -> t.dated()).forEach(t -> deps.type(t.name()));
        List<Item> comingUp = Events.comingUpFor(item, site.referencing(item), site, today);
        v.put("coming_up", comingUp.stream().limit(COMING_UP).map(i -> brief(i, deps)).toList());
        v.put("coming_up_count", comingUp.size());
        v.putAll(extras.forItem(item, deps));
        return v;
    }

    private String vocabularyOf(FieldSpec spec) {
        return spec == null ? null : vocabularies.computeIfAbsent(spec, this::findVocabulary).orElse(null);
    }

    private java.util.Optional<String> findVocabulary(FieldSpec spec) {
        return java.util.Optional.ofNullable(vocabularyLookup(spec));
    }

    private String vocabularyLookup(FieldSpec spec) {
        FieldSpec s = spec.kind() == FieldSpec.Kind.LIST && spec.of() != null ? spec.of() : spec;
        if (s.valuesFrom() != null) return s.valuesFrom();
        return schema.taxonomies().stream().filter(t -> t.field().equals(spec.name())).map(t -> t.vocabulary()).findFirst().orElse(null);
    }

    private static Object convert(Object value) {
        if (value instanceof LocalDate d) return new Day(d);
        if (value instanceof java.time.LocalDateTime t) return new Moment(t);
        if (value instanceof List<?> l) return l.stream().map(ItemViews::convert).toList();
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), convert(x)));
            return out;
        }
        return value;
    }
}
