package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactMapTest {
    private static Map<String, Object> source(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    @Test
    void keepsInsertionOrderAndEveryValue() {
        Map<String, Object> from = source("title", "Electrician", "salary", 25_000L, "audience", List.of("young-people"), "blank", null);
        Map<String, Object> copy = CompactMap.copyOf(from);
        assertEquals(List.of("title", "salary", "audience", "blank"), new ArrayList<>(copy.keySet()));
        assertEquals(new ArrayList<>(from.values()), new ArrayList<>(copy.values()));
        assertEquals("Electrician", copy.get("title"));
        assertEquals(25_000L, copy.get("salary"));
        assertNull(copy.get("blank"));
        assertTrue(copy.containsKey("blank"));
        assertFalse(copy.containsKey("summary"));
        assertNull(copy.get("summary"));
        assertEquals(4, copy.size());
    }

    @Test
    void equalsAndHashesLikeTheMapItCopied() {
        Map<String, Object> from = source("a", 1, "b", "two");
        Map<String, Object> copy = CompactMap.copyOf(from);
        assertEquals(from, copy);
        assertEquals(copy, from);
        assertEquals(from.hashCode(), copy.hashCode());
        assertEquals(from.toString(), copy.toString());
    }

    @Test
    void mapsWithTheSameKeysKeepTheirOwnValues() {
        Map<String, Object> one = CompactMap.copyOf(source("title", "One", "slug", "one"));
        Map<String, Object> two = CompactMap.copyOf(source("title", "Two", "slug", "two"));
        Map<String, Object> reordered = CompactMap.copyOf(source("slug", "three", "title", "Three"));
        assertEquals("One", one.get("title"));
        assertEquals("two", two.get("slug"));
        assertEquals(List.of("slug", "title"), new ArrayList<>(reordered.keySet()));
        assertEquals("Three", reordered.get("title"));
    }

    @Test
    void cannotBeChangedAndIsNotCopiedTwice() {
        Map<String, Object> copy = CompactMap.copyOf(source("a", 1));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("b", 2));
        assertThrows(UnsupportedOperationException.class, () -> copy.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue(3));
        assertSame(copy, CompactMap.copyOf(copy));
        assertEquals(Map.of(), CompactMap.copyOf(Map.of()));
    }
}
