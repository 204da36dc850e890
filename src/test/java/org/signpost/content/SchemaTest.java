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
        assertEquals(List.of("career", "pathway", "apprenticeship", "employer", "video", "routemap", "sector", "guide", "page"),
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
}
