package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;

class SchemaTest {
    private final Schema schema = Schema.load(Map.of("blackpool", "Blackpool"));

    @Test
    void everyContentTypeTheIssueNamesIsDefined() {
        assertEquals(List.of("career", "pathway", "apprenticeship", "employer", "video", "routemap", "sector", "guide", "event", "page"),
                List.copyOf(schema.typeNames()));
        for (String common : List.of("summary", "audience", "locality", "gatsby", "review_by", "sample")) {
            assertTrue(schema.common().containsKey(common), common);
        }
    }

    @Test
    void thereAreFifteenOccupationalRoutes() {
        assertEquals(15, schema.vocabulary("routes").size());
    }

    @Test
    void localitiesComeFromTheSiteConfiguration() {
        FieldSpec locality = schema.common().get("locality").of();
        assertEquals(List.of("blackpool"), List.copyOf(schema.allowedValues(locality)));
    }

    @Test
    void theReadmeFieldReferenceIsGeneratedFromTheSchema() throws Exception {
        String readme = Files.readString(TestSites.root().resolve("README.md"));
        String reference = FieldReference.markdown(Schema.load(Map.of()));
        assertTrue(readme.contains(reference), "README.md's field reference is out of date: run ./signpost schema and paste it in");
    }

    @Test
    void noBuiltInFieldUsesANameTheTemplateModelReserves() {
        for (ContentType type : schema.types()) {
            for (String field : type.fields().keySet()) {
                assertEquals(null, Schema.reservedReason(field, null), type.name() + "." + field);
            }
        }
    }

    @Test
    void everyBuiltInRoleNamesAFieldOfItsType() {
        for (ContentType type : schema.types()) {
            for (String field : Schema.roleFields(type)) assertTrue(schema.fieldsOf(type).containsKey(field), type.name() + ": " + field);
        }
    }

    @Test
    void everyBuiltInTypeSaysWhatSearchIndexesAndNamesOnlyItsOwnTextFields() {
        for (ContentType type : schema.types()) {
            assertTrue(type.roles().searchDetails() != null, type.name() + " has no search.details");
            for (var list : java.util.List.of(type.roles().searchTitles(), type.roles().searchKeywords(), type.roles().searchDetails())) {
                for (String field : list) assertTrue(type.fields().containsKey(field) && type.fields().get(field).searchable(), type.name() + ": " + field);
            }
        }
        for (ContentType type : schema.types()) {
            for (var e : type.fields().entrySet()) {
                boolean named = type.roles().searchTitles().contains(e.getKey()) || type.roles().searchDetails().contains(e.getKey());
                // Left out on purpose: file paths (videos' src, captions, poster) and data keys (a sector's lmi).
                if (e.getValue().searchable() && !named) assertTrue(java.util.Set.of("src", "captions", "poster", "lmi").contains(e.getKey()), type.name() + "." + e.getKey() + " is text but not searched");
            }
        }
    }

    @Test
    void aSiteSchemaAddsTypesAndLeavesOthersOut(@org.junit.jupiter.api.io.TempDir Path site) throws Exception {
        Files.writeString(site.resolve("types.yml"), """
                omit: [event, routemap]
                types:
                  podcast:
                    folder: podcasts
                    label: Podcast
                    plural: Podcasts
                    description: "Short audio stories about work."
                    nav: {order: 8}
                    fields:
                      minutes: {kind: int, required: true}
                """);
        Problems problems = new Problems();
        Schema own = Schema.load(site, Map.of(), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(own.type("event").isEmpty());
        assertTrue(own.type("routemap").isEmpty());
        ContentType podcast = own.type("podcast").orElseThrow();
        assertEquals("Short audio stories about work.", podcast.roles().description());
        assertEquals("podcast", own.navigation().get(own.navigation().size() - 1).name());
        assertTrue(own.fieldsOf(podcast).containsKey("minutes"));
    }

    @Test
    void theReadmeTemplateModelReferenceIsGeneratedFromTheSchema() throws Exception {
        String readme = Files.readString(TestSites.root().resolve("README.md"));
        assertTrue(readme.contains(ModelReference.markdown()), "README.md's template model reference is out of date: run ./signpost schema --model and paste it in");
    }
}
