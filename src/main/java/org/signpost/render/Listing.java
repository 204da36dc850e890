package org.signpost.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.signpost.content.ContentType;
import org.signpost.content.Events;
import org.signpost.content.Item;

/**
 * The order a type's listing shows its items in, and its sections (types.yml {@code groups}):
 * open items section by section, each in its own sort order, then closed ones. Without groups
 * the listing is one section in the type's sort order.
 */
final class Listing {
    private final ContentType type;
    private final LocalDate today;

    Listing(ContentType type, LocalDate today) {
        this.type = type;
        this.today = today;
    }

    ContentType type() {
        return type;
    }

    /** Every item in listing order: open ones section by section, then closed ones. */
    List<Item> order(Collection<Item> items) {
        List<Item> sorted = items.stream().sorted(Events.order(type)).toList();
        List<Item> out = new ArrayList<>();
        ContentType.Groups groups = type.roles().groups();
        if (groups != null) {
            for (ContentType.Group g : groups.values()) {
                Comparator<Item> within = g.sort().isEmpty() ? (a, b) -> 0 : Events.order(g.sort());
                sorted.stream().filter(i -> !i.closedOn(today) && groups.of(i.fields().get(groups.by())) == g).sorted(within).forEach(out::add);
            }
        }
        // By identity, in a set: List.contains would compare whole items, once per item (quadratic).
        java.util.Set<Item> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        grouped.addAll(out);
        for (Item i : sorted) if (!i.closedOn(today) && !grouped.contains(i)) out.add(i);
        for (Item i : sorted) if (i.closedOn(today)) out.add(i);
        return out;
    }

    /** How many items the listing calls open: the open ones of counted sections, or every open one when none is counted. */
    int openCount(Collection<Item> items) {
        ContentType.Groups groups = type.roles().groups();
        boolean anyCounted = groups != null && groups.values().stream().anyMatch(ContentType.Group::counted);
        return (int) items.stream().filter(i -> !i.closedOn(today))
                .filter(i -> !anyCounted || counted(groups.of(i.fields().get(groups.by())))).count();
    }

    private static boolean counted(ContentType.Group g) {
        return g != null && g.counted();
    }

    /** The open items of one page of the listing, as sections: each {@code heading} (absent for items in no section), {@code note}, {@code items}. */
    List<Map<String, Object>> sections(List<Item> page, Function<Item, Map<String, Object>> view) {
        Map<ContentType.Group, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        List<Map<String, Object>> rest = new ArrayList<>();
        ContentType.Groups groups = type.roles().groups();
        for (Item i : page) {
            if (i.closedOn(today)) continue;
            ContentType.Group g = groups == null ? null : groups.of(i.fields().get(groups.by()));
            if (g == null) rest.add(view.apply(i));
            else bySection.computeIfAbsent(g, k -> new ArrayList<>()).add(view.apply(i));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        bySection.forEach((g, list) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("heading", g.heading());
            if (g.note() != null) s.put("note", g.note());
            s.put("items", list);
            out.add(s);
        });
        if (!rest.isEmpty()) out.add(new LinkedHashMap<>(Map.of("items", rest)));
        return out;
    }
}
