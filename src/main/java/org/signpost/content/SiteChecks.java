package org.signpost.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need every item at once: duplicate URLs, references between items, dates
 * that have passed, and the rules particular to one type (a video needs its transcript).
 * Only {@link #item} reads a body, so serve re-runs just that after a body edit.
 */
public final class SiteChecks {
    /** Whether a file is at this path under assets/ (in an area's folder or the shared one). */
    private final java.util.function.Predicate<String> asset;
    private final LocalDate today;

    public SiteChecks(Path assetsDir, LocalDate today) {
        this(SiteFolders.of(assetsDir.toAbsolutePath().normalize().getParent()), assetsDir.getFileName().toString(), today);
    }

    public SiteChecks(SiteFolders folders, String assetsFolder, LocalDate today) {
        this.asset = relative -> folders.hasFile(assetsFolder, relative);
        this.today = today;
    }

    /**
     * The checks of each item's own front matter against the site: what it names exists, its
     * dates, its files. Each problem is reported on the item checked, and depends on the others
     * only through their addresses, so after an edit that keeps every address serve checks just
     * the edited items again and keeps the rest.
     */
    public void each(Collection<Item> items, Site site, Problems problems) {
        for (Item item : items) {
            references(item, site, problems);
            freshness(item, problems);
            assetRules(item, problems);
        }
    }

    /**
     * The checks of one item on its own, body included: a body that is a transcript is required,
     * and a published item holds none of the scaffold's placeholder text. The Markdown stage runs
     * them with each body, so an edit re-checks only the items it changed.
     */
    public static void item(Item item, Scaffold scaffold, Problems problems) {
        if ("transcript".equals(item.type().roles().searchBodyAs()) && item.body().isBlank()) {
            problems.error(item.path(), new Position(item.bodyLine(), 1), item.type().name() + " has no transcript; write the full transcript as the page body");
        }
        unfinished(item, scaffold, problems);
    }

    /** A published item must not still hold the text {@code signpost new} left for its editor. */
    private static void unfinished(Item item, Scaffold scaffold, Problems problems) {
        if (item.draft()) return;
        for (String field : scaffold.placeholdersIn(item)) {
            Position at = field.equals("body") ? new Position(item.bodyLine() + scaffold.placeholderLineInBody(item), 1) : item.at(field);
            problems.error(item.path(), at, ("body".equals(field) ? "the body" : "'" + field + "'")
                    + " still holds the placeholder text from 'signpost new'; write it, or keep 'status: draft' until it is ready");
        }
    }

    /** Items that share a URL: a file named for its URL owns it; one that takes the URL with an explicit slug: is the duplicate. */
    public void duplicates(Collection<Item> all, Problems problems) {
        Map<String, List<Item>> byUrl = new HashMap<>(all.size() * 2);
        for (Item item : all) byUrl.computeIfAbsent(item.url(), u -> new java.util.ArrayList<>(1)).add(item);
        for (List<Item> same : byUrl.values()) {
            if (same.size() < 2) continue; // sorted only where there is a clash: serve runs this after every field edit
            same.sort(java.util.Comparator.comparing((Item i) -> i.fields().containsKey("slug")).thenComparing(Item::path));
            Item first = same.get(0);
            for (Item item : same.subList(1, same.size())) {
                problems.error(item.path(), item.positions().containsKey("slug") ? item.at("slug") : Position.START,
                        "duplicate URL " + item.url() + ": " + first.path() + " has the same slug");
            }
        }
    }

    private static void references(Item item, Site site, Problems problems) {
        for (Reference r : item.references()) {
            if (site.find(r.slug(), r.types()).isPresent() || site.isReserved(r.slug(), r.types())) continue;
            List<String> candidates = r.types().stream().flatMap(t -> site.ofType(t).stream()).map(Item::slug).toList();
            problems.error(item.path(), r.at(), "'" + r.field() + "' refers to " + String.join(" or ", r.types())
                    + " '" + r.slug() + "', which does not exist" + Suggestions.didYouMean(r.slug(), candidates));
        }
    }

    private void freshness(Item item, Problems problems) {
        LocalDate reviewBy = item.date("review_by");
        if (reviewBy != null && reviewBy.isBefore(today)) {
            problems.warning(item.path(), item.at("review_by"), "review_by date " + reviewBy + " has passed; check the page and set a new date");
        }
        String closesOn = item.type().roles().closesOn();
        if (item.type().roles().closedWarning() != null && item.closedOn(today)) {
            problems.warning(item.path(), item.at(closesOn), closesOn + " " + item.closes() + " has passed; " + item.type().roles().closedWarning());
        }
    }

    /** Asset fields (per the type's roles) name files that exist. */
    private void assetRules(Item item, Problems problems) {
        item.type().roles().assets().forEach((field, when) -> {
            boolean applies = when.entrySet().stream().allMatch(w -> w.getValue().equals(String.valueOf(item.fields().get(w.getKey()))));
            if (applies) assetExists(item, field, problems);
        });
    }

    private void assetExists(Item item, String field, Problems problems) {
        String value = item.string(field);
        if (value.isEmpty()) return;
        String problem = Addresses.assetPath(value);
        if (problem != null) {
            problems.error(item.path(), item.at(field), Addresses.cannotBe(field, value, problem));
            return;
        }
        if (!asset.test(value.substring(1))) {
            problems.error(item.path(), item.at(field), "'" + field + "' file " + value + " does not exist in assets/");
        }
    }
}
