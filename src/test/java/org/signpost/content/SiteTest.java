package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;

class SiteTest {
    @Test
    void aSiteWithNewBodiesAndSummariesIndexesExactlyAsANewlyBuiltOne() {
        Site site = TestSite.fixture().site();
        // Items that other items name, that carry taxonomy values, and that are listed by type.
        List<Item> edited = new ArrayList<>();
        for (String url : List.of("/careers/electrician/", "/employers/acme-power/", "/sectors/construction/")) {
            Item i = site.atUrl(url).orElseThrow();
            edited.add(new Item(i.type(), i.slug(), i.url(), i.path(), with(i, "summary", "A new summary."), i.positions(),
                    i.body() + "\n\nA new paragraph.\n", i.bodyLine(), i.references()));
        }
        Site swapped = site.withEdited(edited).orElseThrow();
        List<Item> all = new ArrayList<>(site.items().stream().map(i -> edited.stream().filter(e -> e.path().equals(i.path())).findFirst().orElse(i)).toList());
        Site rebuilt = new Site(site.config(), site.schema(), all);

        assertNotEquals(site.items(), swapped.items(), "the edited bodies are in the new site");
        assertEquals(rebuilt.items(), swapped.items());
        for (ContentType t : site.schema().types()) {
            assertEquals(rebuilt.ofType(t.name()), swapped.ofType(t.name()), t.name());
            for (Item i : rebuilt.ofType(t.name())) assertEquals(rebuilt.get(t.name(), i.slug()), swapped.get(t.name(), i.slug()));
        }
        for (Taxonomy t : site.schema().taxonomies()) assertEquals(rebuilt.taxonomy(t.name()), swapped.taxonomy(t.name()), t.name());
        for (Item i : rebuilt.items()) {
            assertEquals(rebuilt.referencing(i), swapped.referencing(i), i.url());
            assertEquals(rebuilt.atUrl(i.url()), swapped.atUrl(i.url()));
        }
    }

    @Test
    void anEditCopiesOnlyTheListsThatHoldTheEditedItem() {
        Site site = TestSite.fixture().site();
        Item plumber = site.atUrl("/careers/plumber/").orElseThrow(), guide = site.atUrl("/guides/t-levels/").orElseThrow();
        Item edited = new Item(plumber.type(), plumber.slug(), plumber.url(), plumber.path(), with(plumber, "summary", "A new summary."), plumber.positions(),
                plumber.body(), plumber.bodyLine(), plumber.references());
        List<Item> guides = site.ofType("guide"), careers = site.ofType("career"); // sorted on first use, as serve's first build does
        Site swapped = site.withEdited(List.of(edited)).orElseThrow();
        org.junit.jupiter.api.Assertions.assertSame(guides, swapped.ofType("guide"), "no career is a guide");
        org.junit.jupiter.api.Assertions.assertNotSame(careers, swapped.ofType("career"));
        org.junit.jupiter.api.Assertions.assertSame(edited, swapped.ofType("career").stream().filter(i -> i.url().equals(plumber.url())).findFirst().orElseThrow());
        org.junit.jupiter.api.Assertions.assertSame(site.referencing(guide), swapped.referencing(guide));
    }

    @Test
    void anEditToATitleOrATaxonomyValueNeedsANewSite() {
        Site site = TestSite.fixture().site();
        Item i = site.atUrl("/careers/electrician/").orElseThrow();
        for (var change : List.of(with(i, "title", "Electrical fitter"), with(i, "route", List.of("digital")))) {
            Item edited = new Item(i.type(), i.slug(), i.url(), i.path(), change, i.positions(), i.body(), i.bodyLine(), i.references());
            assertEquals(java.util.Optional.empty(), site.withEdited(List.of(edited)), change.toString());
        }
    }

    private static java.util.Map<String, Object> with(Item i, String field, Object value) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(i.fields());
        fields.put(field, value);
        return fields;
    }
}
