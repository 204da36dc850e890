package org.signpost.build;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.signpost.content.Item;

/**
 * How the content changed since the last run, which decides what later stages may keep. A
 * body edit keeps every URL, field and reference, so the site model, its checks and the plan
 * stay as they were; a field edit keeps every URL, so links are checked only where bodies
 * changed; anything else (an item added, removed, renamed or retyped) starts those stages afresh.
 *
 * @param changed the paths of the items that differ, in any way
 */
record ContentEdit(Scope scope, Set<String> changed) {
    enum Scope {
        /** Only bodies changed (or nothing did). */
        BODIES,
        /** Front matter changed too, but every file is still the same item at the same URL. */
        FIELDS,
        /** Items or URLs came, went or moved. */
        SHAPE
    }

    static final ContentEdit ANYTHING = new ContentEdit(Scope.SHAPE, Set.of());

    static ContentEdit between(ContentFiles.Result before, ContentFiles.Result after) {
        if (!before.reserved().equals(after.reserved()) || before.items().size() != after.items().size()) return ANYTHING;
        Set<String> changed = new HashSet<>();
        boolean fields = false;
        List<Item> a = before.items(), b = after.items();
        for (int n = 0; n < a.size(); n++) {
            Item old = a.get(n), now = b.get(n);
            if (old == now) continue; // a file the edit did not touch keeps its parse
            if (!sameAddress(old, now)) return ANYTHING;
            if (!sameHeader(old, now)) fields = true;
            else if (old.body().equals(now.body())) continue;
            changed.add(now.path());
        }
        return new ContentEdit(fields ? Scope.FIELDS : Scope.BODIES, Set.copyOf(changed));
    }

    /** The same file as the same item at the same URL, and whether it is published. */
    private static boolean sameAddress(Item a, Item b) {
        return a.path().equals(b.path()) && a.url().equals(b.url()) && a.slug().equals(b.slug()) && a.type() == b.type()
                && a.draft() == b.draft();
    }

    /** Everything but the body: fields, where they are in the file, and what they name. */
    private static boolean sameHeader(Item a, Item b) {
        return a.fields().equals(b.fields()) && a.positions().equals(b.positions()) && a.bodyLine() == b.bodyLine()
                && Objects.equals(a.references(), b.references());
    }
}
