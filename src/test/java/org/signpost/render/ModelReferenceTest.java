package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.ContentType;
import org.signpost.content.ModelReference;
import org.signpost.content.Schema;

/** The template model reference (model.yml) names exactly what templates see on the demo site. */
class ModelReferenceTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void everyNameATemplateSeesIsDocumented() {
        Build build = new Build(TestSites.fylde(), TestSites.TODAY).check();
        Schema schema = build.site().schema();
        Set<String> undocumented = new TreeSet<>();
        Set<String> siteSeen = new TreeSet<>(), pageSeen = new TreeSet<>();
        for (Page page : build.pages()) {
            Map<String, Object> model = page.model();
            siteSeen.addAll(((Map<String, Object>) model.get("site")).keySet());
            if (model.get("page") instanceof Map<?, ?> meta) meta.keySet().forEach(k -> pageSeen.add((String) k));
            if (model.get("type") instanceof Map<?, ?> type) {
                for (Object k : type.keySet()) if (!ModelReference.section("type").containsKey(k)) undocumented.add("type." + k);
            }
            if (model.get("item") instanceof Map<?, ?> item) {
                ContentType type = schema.type((String) item.get("type")).orElseThrow();
                for (Object k : item.keySet()) if (!documented(schema, type, (String) k)) undocumented.add(type.name() + " item." + k);
            }
        }
        assertEquals(Set.of(), undocumented, "names templates see that model.yml does not describe");
        assertEquals(ModelReference.section("site").keySet(), siteSeen);
        assertEquals(ModelReference.section("page").keySet(), pageSeen);
    }

    private static boolean documented(Schema schema, ContentType type, String key) {
        if (ModelReference.section("item").containsKey(key) || ModelReference.section("full").containsKey(key)) return true;
        for (String field : schema.fieldsOf(type).keySet()) {
            for (String ending : new String[] {"", "_label", "_labels", "_item", "_items"}) if (key.equals(field + ending)) return true;
        }
        return false;
    }

    @Test
    void reservedNamesIncludeThePageUrl() {
        assertTrue(ModelReference.reservedNames().contains("url"));
        assertTrue(ModelReference.reservedEndings().contains("_item"));
    }
}
