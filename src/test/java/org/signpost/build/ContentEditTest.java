package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.content.Item;
import org.signpost.content.Reservation;

class ContentEditTest {
    private final List<Item> items = TestSite.fixture().site().items();
    private final ContentFiles.Result before = result(items);

    @Test
    void aBodyEditKeepsTheSiteModel() {
        ContentEdit edit = edit("/careers/plumber/", i -> copy(i, i.fields(), i.body() + "\nMore.\n"));
        assertEquals(ContentEdit.Scope.BODIES, edit.scope());
        assertEquals(Set.of("content/careers/plumber.md"), edit.changed());
    }

    @Test
    void savingWithoutAChangeChangesNothing() {
        ContentEdit edit = edit("/careers/plumber/", i -> copy(i, i.fields(), i.body()));
        assertEquals(ContentEdit.Scope.BODIES, edit.scope());
        assertEquals(Set.of(), edit.changed());
    }

    @Test
    void aFieldEditKeepsTheUrls() {
        ContentEdit edit = edit("/careers/plumber/", i -> copy(i, with(i.fields(), "summary", "Fix pipes."), i.body()));
        assertEquals(ContentEdit.Scope.FIELDS, edit.scope());
        assertEquals(Set.of("content/careers/plumber.md"), edit.changed());
    }

    @Test
    void draftingAnItemRenamingOneOrLosingOneChangesTheShape() {
        assertEquals(ContentEdit.Scope.SHAPE, edit("/careers/plumber/", i -> copy(i, with(i.fields(), "status", "draft"), i.body())).scope());
        assertEquals(ContentEdit.Scope.SHAPE, edit("/careers/plumber/", i -> new Item(i.type(), "gas-engineer", "/careers/gas-engineer/", i.path(),
                i.fields(), i.positions(), i.body(), i.bodyLine(), i.references())).scope());
        assertEquals(ContentEdit.Scope.SHAPE, ContentEdit.between(before, result(items.subList(1, items.size()))).scope());
        ContentFiles.Result broken = new ContentFiles.Result(items, List.of(new Reservation("career", "x", "/careers/x/", "content/careers/x.md")), List.of());
        assertEquals(ContentEdit.Scope.SHAPE, ContentEdit.between(before, broken).scope());
    }

    private ContentEdit edit(String url, UnaryOperator<Item> change) {
        return ContentEdit.between(before, result(items.stream().map(i -> i.url().equals(url) ? change.apply(i) : i).toList()));
    }

    private static ContentFiles.Result result(List<Item> items) {
        return new ContentFiles.Result(items, List.of(), List.of());
    }

    private static Item copy(Item i, Map<String, Object> fields, String body) {
        return new Item(i.type(), i.slug(), i.url(), i.path(), fields, i.positions(), body, i.bodyLine(), i.references());
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return copy;
    }
}
