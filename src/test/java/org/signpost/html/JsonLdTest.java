package org.signpost.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Item;

class JsonLdTest {
    @TempDir
    Path tmp;

    @Test
    void valuesCannotCloseTheScriptElementAndStillReadBack() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Build build = new Build(site, TestSites.TODAY).check();
        Item electrician = build.site().get("career", "electrician").orElseThrow();
        String json = JsonLd.forItem(electrician, build.site(), List.of(new JsonLd.Crumb("Home", "/"), new JsonLd.Crumb("Electrician</script><script>", "/careers/electrician/")));
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains("&"), json);
        JsonNode graph = new ObjectMapper().readTree(json).get("@graph");
        assertEquals("Occupation", graph.get(0).get("@type").asText());
        assertEquals("Electricians fit & test wiring in <homes> and businesses.", graph.get(0).get("description").asText());
        assertEquals(25000, graph.get(0).get("estimatedSalary").get("minValue").asInt());
        assertEquals("Electrician</script><script>", graph.get(1).get("itemListElement").get(1).get("name").asText());
    }

    @Test
    void eachTypeHasItsSchemaOrgType() throws Exception {
        Path site = TestSites.fixtureCopy(tmp);
        Build build = new Build(site, TestSites.TODAY).check();
        ObjectMapper m = new ObjectMapper();
        String[][] expected = {{"career", "electrician", "Occupation"}, {"pathway", "t-level-construction", "EducationalOccupationalProgram"},
                {"apprenticeship", "electrical-apprentice", "JobPosting"}, {"employer", "acme-power", "Organization"},
                {"video", "day-with-an-electrician", "VideoObject"}, {"guide", "t-levels", "Article"}};
        for (String[] e : expected) {
            Item item = build.site().get(e[0], e[1]).orElseThrow();
            JsonNode main = m.readTree(JsonLd.forItem(item, build.site(), List.of())).get("@graph").get(0);
            assertEquals(e[2], main.get("@type").asText(), e[1]);
        }
        JsonNode video = m.readTree(JsonLd.forItem(build.site().get("video", "day-with-an-electrician").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals("PT0M30S", video.get("duration").asText());
        assertTrue(video.get("transcript").asText().contains("I fit wiring in new houses."));
        JsonNode job = m.readTree(JsonLd.forItem(build.site().get("apprenticeship", "electrical-apprentice").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals("2027-01-31", job.get("validThrough").asText());
        assertEquals("Acme Power", job.get("hiringOrganization").get("name").asText());
    }

    @Test
    void anEventIsASchemaOrgEventWithItsTimesPlaceAndOrganiser() throws Exception {
        Build build = new Build(TestSites.root(), TestSites.TODAY).check();
        ObjectMapper m = new ObjectMapper();
        JsonNode visit = m.readTree(JsonLd.forItem(build.site().get("event", "workplace-visit-wyre-estuary-logistics").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals("Event", visit.get("@type").asText());
        assertEquals("2027-03-17T10:00:00Z", visit.get("startDate").asText());
        assertEquals("https://schema.org/OfflineEventAttendanceMode", visit.get("eventAttendanceMode").asText());
        assertEquals("https://schema.org/EventScheduled", visit.get("eventStatus").asText());
        assertEquals("Place", visit.get("location").get("@type").asText());
        assertEquals("Organization", visit.get("organizer").get("@type").asText());
        assertFalse(visit.has("headline"), "no Article properties");
        JsonNode summer = m.readTree(JsonLd.forItem(build.site().get("event", "health-careers-taster-day").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals("2027-06-23T09:30:00+01:00", summer.get("startDate").asText());
        JsonNode online = m.readTree(JsonLd.forItem(build.site().get("event", "virtual-visit-sandcastle-software").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals("VirtualLocation", online.get("location").get("@type").asText());
        JsonNode hybrid = m.readTree(JsonLd.forItem(build.site().get("event", "supported-internship-open-morning").orElseThrow(), build.site(), List.of())).get("@graph").get(0);
        assertEquals(2, hybrid.get("location").size());
    }
}
