package org.signpost.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Items of dated types (types.yml {@code when: {start, end}}): events. Which are coming up, and
 * the order items of any type are listed in (types.yml {@code sort}).
 */
public final class Events {
    private Events() {}

    /** When the item starts, or null when its type is not dated or it has no start. */
    public static LocalDateTime start(Item item) {
        return item.type().dated() ? item.dateTime(item.type().roles().start()) : null;
    }

    /** When the item ends: its end, else its start. */
    public static LocalDateTime end(Item item) {
        LocalDateTime end = item.type().roles().end() == null ? null : item.dateTime(item.type().roles().end());
        return end != null ? end : start(item);
    }

    /** The events among {@code items} that have not finished by {@code today}, soonest first. */
    public static List<Item> comingUp(Collection<Item> items, LocalDate today) {
        return items.stream().filter(i -> start(i) != null && !i.closedOn(today))
                .sorted(Comparator.comparing(Events::start).thenComparing(Item::url)).toList();
    }

    /**
     * The events on an item's page: those that name it ({@code named}), and, when its type has
     * {@code coming_up_by}, those sharing a value of that field with it; unfinished, soonest first.
     */
    public static List<Item> comingUpFor(Item item, Collection<Item> named, Site site, LocalDate today) {
        String field = item.type().roles().comingUpBy();
        // By identity: an item's hash reads every field and its body, and there is one instance per item.
        java.util.Set<Item> events = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        events.addAll(named);
        if (field != null && !item.list(field).isEmpty()) {
            for (ContentType t : site.schema().types()) {
                if (!t.dated()) continue;
                for (Item e : site.ofType(t.name())) if (e.list(field).stream().anyMatch(item.list(field)::contains)) events.add(e);
            }
        }
        return comingUp(events, today);
    }

    /** The order a type's listing shows its items in: by its {@code sort} fields, missing values last, then as given. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<Item> order(ContentType type) {
        return order(type.roles().sort());
    }

    /** Items by these fields, ascending, missing values last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<Item> order(List<String> fields) {
        Comparator<Item> order = (a, b) -> 0;
        for (String field : fields) {
            Comparator<Item> byField = Comparator.comparing(i -> (Comparable) sortKey(i.fields().get(field)),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            order = order.thenComparing(byField);
        }
        return order;
    }

    private static Comparable<?> sortKey(Object value) {
        if (value instanceof String s) return s.toLowerCase(java.util.Locale.UK);
        return value instanceof Comparable<?> c ? c : null;
    }
}
