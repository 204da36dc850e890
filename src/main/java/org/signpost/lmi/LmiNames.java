package org.signpost.lmi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.signpost.content.Item;
import org.signpost.content.Site;

/**
 * The name a reader sees for a key in an LMI table. A sector key is named by the sector page
 * whose {@code lmi} is that key ("Catering and hospitality", not "catering-hospitality"); any
 * key may be named under {@code names:} in the table's .yml; a town is written as it is in the
 * table ("Poulton-le-Fylde"). Keys are never turned into words by guessing.
 */
final class LmiNames {
    private final Map<String, String> sectors = new HashMap<>();

    LmiNames(Site site) {
        for (Item sector : site.ofType("sector")) {
            String key = sector.string("lmi");
            if (!key.isEmpty()) sectors.putIfAbsent(key, sector.title());
        }
    }

    String of(LmiTable table, String column, String key) {
        return find(table, column, key).orElse(key);
    }

    /** The name, or empty when a sector key has none (check warns; the key is shown as it is). */
    Optional<String> find(LmiTable table, String column, String key) {
        if (table.names().containsKey(key)) return Optional.of(table.names().get(key));
        if (column.equals("sector")) return Optional.ofNullable(sectors.get(key));
        return Optional.of(key);
    }
}
