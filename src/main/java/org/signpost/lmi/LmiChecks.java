package org.signpost.lmi;

import java.util.Set;
import java.util.stream.Collectors;
import org.signpost.content.Item;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.Suggestions;

/** A sector's lmi key must name rows in the LMI tables, or its page would show no figures. */
public final class LmiChecks {
    private LmiChecks() {}

    public static void run(Site site, LmiData data, Problems problems) {
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
}
