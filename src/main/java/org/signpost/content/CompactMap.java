package org.signpost.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable map in insertion order, held as an array of values beside a key list shared by
 * every map with the same keys: items of one type mostly have the same fields, so a map costs
 * little more than its values. An item's fields and its brief view are such maps; as
 * LinkedHashMaps they were 120 MB at 50,000 items, an entry object per field.
 */
public final class CompactMap<V> extends AbstractMap<String, V> {
    /** Past this many key lists, new ones are not shared: a site's items have far fewer shapes. */
    private static final int MAX_SHARED = 4096;
    private static final Map<List<String>, Keys> SHARED = new ConcurrentHashMap<>();

    /** Keys in order, and where each is. */
    private record Keys(String[] names, Map<String, Integer> at) {
        static Keys of(List<String> names) {
            Map<String, Integer> at = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) at.put(names.get(i), i);
            return new Keys(names.toArray(String[]::new), at);
        }
    }

    private final Keys keys;
    private final Object[] values;

    private CompactMap(Keys keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** An immutable copy of {@code map}, in its iteration order; its values may be null. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof CompactMap<?> c) return (Map<String, V>) c;
        List<String> names = List.copyOf(map.keySet());
        Keys keys = SHARED.get(names);
        if (keys == null) {
            keys = Keys.of(names);
            if (SHARED.size() < MAX_SHARED) keys = SHARED.computeIfAbsent(names, n -> Keys.of(n));
        }
        Object[] values = new Object[names.size()];
        int i = 0;
        for (Object v : map.values()) values[i++] = v;
        return new CompactMap<>(keys, values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Integer i = keys.at().get(key);
        return i == null ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.at().containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= values.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.names()[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
