package org.signpost.lmi;

import java.util.Set;
import java.util.stream.Collectors;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.Suggestions;

/**
 * A sector's lmi key must name rows in the LMI tables, or its page would show no figures; and
 * every sector a chart draws needs a name for readers, or the chart would show its key.
 */
public final class LmiChecks {
    /** Tables whose charts draw a bar, so a label, for every sector in them. */
    private static final java.util.List<String> NAMED = java.util.List.of("employment-by-sector", "growth-by-sector");

    private LmiChecks() {}

    public static void run(Site site, LmiData data, Problems problems) {
        unnamed(site, data, problems);
        if (data.table("employment-by-sector").isEmpty()) return;
        Set<String> keys = data.table("employment-by-sector").get().rows().stream().map(r -> r.text("sector")).collect(Collectors.toSet());
        for (Item sector : site.ofType("sector")) {
            String key = sector.string("lmi");
            if (!key.isEmpty() && !keys.contains(key)) {
                problems.error(sector.path(), sector.at("lmi"), "'lmi' names '" + key + "', which has no rows in "
                        + LmiData.FOLDER + "/employment-by-sector.csv" + Suggestions.didYouMean(key, keys));
            }
        }
    }

    private static void unnamed(Site site, LmiData data, Problems problems) {
        LmiNames names = new LmiNames(site);
        for (String name : NAMED) {
            data.table(name).ifPresent(t -> {
                for (LmiTable.Row r : t.rows()) {
                    String key = r.text("sector");
                    if (names.find(t, "sector", key).isEmpty()) {
                        problems.warning(LmiData.FOLDER + "/" + name + ".csv", new Position(r.line(), 1), "sector '" + key
                                + "' has no name for readers, so its chart would show the key; add a sector page with 'lmi: " + key
                                + "', or name it under 'names:' in " + LmiData.FOLDER + "/" + name + ".yml");
                    }
                }
            });
        }
    }
}
