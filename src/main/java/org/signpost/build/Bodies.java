package org.signpost.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.signpost.content.Item;
import org.signpost.content.Problem;
import org.signpost.content.Problems;
import org.signpost.markdown.HeldText;
import org.signpost.markdown.MarkdownRenderer;
import org.signpost.markdown.MarkdownResult;

/**
 * The Markdown stage: each item's body as cleaned HTML with its anchors and links. A body is
 * rendered again only when its item changed or the ids its page template uses changed (bodies
 * avoid those), so serve re-renders only the Markdown an edit touched.
 */
final class Bodies {
    private record Entry(Item item, Set<String> templateIds, MarkdownResult result, List<Problem> problems, List<Problem> checks) {}

    /** Bodies by item URL, the problems rendering them found, and what the checks of each item on its own found. */
    record Result(Map<String, MarkdownResult> byUrl, List<Problem> problems, List<Problem> checks) {}

    private final MarkdownRenderer markdown;
    private final Function<Item, Set<String>> templateIds;
    private final BiConsumer<Item, Problems> itemChecks;
    /** Bodies the hub's other areas rendered, with the media hosts this site allows (null: a site of its own). */
    private final BodyCache shared;
    private final List<String> mediaHosts;
    private Map<String, Entry> byPath = Map.of();

    /** @param itemChecks the checks that read one item and nothing else, run with its body */
    Bodies(MarkdownRenderer markdown, Function<Item, Set<String>> templateIds, BiConsumer<Item, Problems> itemChecks) {
        this(markdown, templateIds, itemChecks, null, List.of());
    }

    /** @param shared bodies another area of the same hub rendered, or null */
    Bodies(MarkdownRenderer markdown, Function<Item, Set<String>> templateIds, BiConsumer<Item, Problems> itemChecks, BodyCache shared, List<String> mediaHosts) {
        this.markdown = markdown;
        this.templateIds = templateIds;
        this.itemChecks = itemChecks;
        this.shared = shared;
        this.mediaHosts = mediaHosts;
    }

    /** Lets go of every body kept for the next run (and the item it came from): a one-off run renders each once. */
    void forget() {
        byPath = Map.of();
    }

    Result render(List<Item> items) {
        Map<String, Entry> next = new ConcurrentHashMap<>();
        boolean deflate = HeldText.deflates(items.size());
        items.parallelStream().forEach(i -> {
            Set<String> ids = templateIds.apply(i);
            Entry old = byPath.get(i.path());
            if (old != null && (old.item() == i || old.item().equals(i)) && old.templateIds().equals(ids)) {
                next.put(i.path(), old);
            } else {
                Problems checks = new Problems();
                itemChecks.accept(i, checks);
                BodyCache.Rendered r = shared == null ? rendered(i, deflate) : shared.get(i, ids, mediaHosts, deflate, () -> rendered(i, deflate));
                next.put(i.path(), new Entry(i, ids, r.result(), r.problems(), checks.sorted()));
            }
        });
        byPath = next;
        Map<String, MarkdownResult> byUrl = new HashMap<>();
        List<Problem> problems = new ArrayList<>(), checks = new ArrayList<>();
        for (Item i : items) {
            Entry e = next.get(i.path());
            byUrl.put(i.url(), e.result());
            problems.addAll(e.problems());
            checks.addAll(e.checks());
        }
        return new Result(Map.copyOf(byUrl), List.copyOf(problems), List.copyOf(checks));
    }

    private BodyCache.Rendered rendered(Item i, boolean deflate) {
        Problems problems = new Problems();
        MarkdownResult result = markdown.render(i, problems);
        return new BodyCache.Rendered(deflate ? result.deflated() : result, problems.sorted());
    }
}
