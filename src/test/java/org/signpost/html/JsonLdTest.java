package org.signpost.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Item;
import org.signpost.content.Site;

class JsonLdTest {
    final Site site = TestSite.fixture().site();

    @Test
    void valuesCannotCloseTheScriptElementAndStillReadBack() throws Exception {
        Item electrician = site.get("career", "electrician").orElseThrow();
        String json = JsonLd.forItem(electrician, site, List.of(new JsonLd.Crumb("Home", "/"), new JsonLd.Crumb("Electrician</script><script>", "/careers/electrician/")), TestSites.TODAY);
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
        ObjectMapper m = new ObjectMapper();
        String[][] expected = {{"career", "electrician", "Occupation"}, {"pathway", "t-level-construction", "EducationalOccupationalProgram"},
                {"apprenticeship", "electrical-apprentice", "JobPosting"}, {"employer", "acme-power", "Organization"},
                {"video", "day-with-an-electrician", "VideoObject"}, {"guide", "t-levels", "Article"}};
        for (String[] e : expected) {
            Item item = site.get(e[0], e[1]).orElseThrow();
            JsonNode main = m.readTree(JsonLd.forItem(item, site, List.of(), TestSites.TODAY)).get("@graph").get(0);
            assertEquals(e[2], main.get("@type").asText(), e[1]);
        }
        JsonNode video = m.readTree(JsonLd.forItem(site.get("video", "day-with-an-electrician").orElseThrow(), site, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("PT0M30S", video.get("duration").asText());
        assertTrue(video.get("transcript").asText().contains("I fit wiring in new houses."));
        JsonNode job = m.readTree(JsonLd.forItem(site.get("apprenticeship", "electrical-apprentice").orElseThrow(), site, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("2027-01-31", job.get("validThrough").asText());
        assertEquals("Acme Power", job.get("hiringOrganization").get("name").asText());
    }

    @Test
    void itSaysWhichOtherItemsItQuotesSoServeRendersTheVacancyAgainWhenItsEmployerIsRenamed() {
        List<String> quoted = new java.util.ArrayList<>();
        JsonLd.forItem(site.get("apprenticeship", "electrical-apprentice").orElseThrow(), site, List.of(), TestSites.TODAY, quoted::add);
        assertEquals(List.of("/employers/acme-power/"), quoted);
    }

    @Test
    void onlyAVideosJsonLdReadsItsBody() {
        assertTrue(JsonLd.readsBody(site.get("video", "day-with-an-electrician").orElseThrow()));
        for (String[] e : new String[][] {{"career", "electrician"}, {"guide", "t-levels"}, {"apprenticeship", "electrical-apprentice"}}) {
            assertFalse(JsonLd.readsBody(site.get(e[0], e[1]).orElseThrow()), e[1]);
        }
    }

    @Test
    void anOpenVacancyIsAJobPostingAndAClosedOneIsNot() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode job = m.readTree(JsonLd.forItem(site.get("apprenticeship", "electrical-apprentice").orElseThrow(), site, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("JobPosting", job.get("@type").asText());
        assertEquals("2027-01-31", job.get("validThrough").asText());
        assertEquals("FULL_TIME", job.get("employmentType").asText());
        assertEquals("GBP", job.get("baseSalary").get("currency").asText());
        assertEquals(8.0, job.get("baseSalary").get("value").get("value").asDouble());
        assertEquals("HOUR", job.get("baseSalary").get("value").get("unitText").asText());
        assertEquals("Organization", job.get("hiringOrganization").get("@type").asText());
        assertEquals("GB", job.get("jobLocation").get("address").get("addressCountry").asText());
        // The same vacancy the day after it closes, and the fixture's vacancy that closed in October.
        JsonNode after = m.readTree(JsonLd.forItem(site.get("apprenticeship", "electrical-apprentice").orElseThrow(), site, List.of(),
                java.time.LocalDate.of(2027, 2, 1))).get("@graph").get(0);
        assertEquals("WebPage", after.get("@type").asText());
        assertFalse(after.has("validThrough") || after.has("baseSalary") || after.has("hiringOrganization"), after.toString());
        JsonNode old = m.readTree(JsonLd.forItem(site.get("apprenticeship", "old-vacancy").orElseThrow(), site, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("WebPage", old.get("@type").asText());
    }

    @Test
    void wagesAreReadFromTheFirstAmountOrNotAtAll() {
        assertEquals("{@type=MonetaryAmount, currency=GBP, value={@type=QuantitativeValue, value=18500, unitText=YEAR}}",
                String.valueOf(Wage.amount("£18,500 a year, rising as you pass exams")));
        assertEquals("8.00", ((Map<?, ?>) Wage.amount("£8.00 an hour, plus tips").get("value")).get("value").toString());
        assertEquals(null, Wage.amount("Depends on experience"));
        assertEquals(null, Wage.amount("£500"));
    }

    @Test
    void aCareerGivesOnlyTheSalaryAndCodesItHas() throws Exception {
        Map<String, Object> common = Map.of("summary", "A career.", "audience", List.of("young-people"), "route", "construction-built-environment");
        Map<String, Object> roofer = with(with(with(common, "title", "Roofer"), "salary_experienced", 31000), "soc", "5313");
        Site made = TestSite.blank().item("careers/roofer.md", roofer).item("careers/tiler.md", with(common, "title", "Tiler")).site();
        ObjectMapper m = new ObjectMapper();
        JsonNode rooferLd = m.readTree(JsonLd.forItem(made.get("career", "roofer").orElseThrow(), made, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals(31000, rooferLd.get("estimatedSalary").get("maxValue").asInt());
        assertFalse(rooferLd.get("estimatedSalary").has("minValue"), rooferLd.toString());
        assertEquals("SOC 2020 5313", rooferLd.get("occupationalCategory").asText());
        JsonNode tilerLd = m.readTree(JsonLd.forItem(made.get("career", "tiler").orElseThrow(), made, List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertFalse(tilerLd.has("estimatedSalary") || tilerLd.has("occupationalCategory"), tilerLd.toString());
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(fields);
        out.put(key, value);
        return out;
    }

    @Test
    void anEventIsASchemaOrgEventWithItsTimesPlaceAndOrganiser() throws Exception {
        Build build = new Build(TestSites.fylde(), TestSites.TODAY).check();
        ObjectMapper m = new ObjectMapper();
        JsonNode visit = m.readTree(JsonLd.forItem(build.site().get("event", "workplace-visit-wyre-estuary-logistics").orElseThrow(), build.site(), List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("Event", visit.get("@type").asText());
        assertEquals("2027-03-17T10:00:00Z", visit.get("startDate").asText());
        assertEquals("https://schema.org/OfflineEventAttendanceMode", visit.get("eventAttendanceMode").asText());
        assertEquals("https://schema.org/EventScheduled", visit.get("eventStatus").asText());
        assertEquals("Place", visit.get("location").get("@type").asText());
        assertEquals("Organization", visit.get("organizer").get("@type").asText());
        assertFalse(visit.has("headline"), "no Article properties");
        JsonNode summer = m.readTree(JsonLd.forItem(build.site().get("event", "health-careers-taster-day").orElseThrow(), build.site(), List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("2027-06-23T09:30:00+01:00", summer.get("startDate").asText());
        JsonNode online = m.readTree(JsonLd.forItem(build.site().get("event", "virtual-visit-sandcastle-software").orElseThrow(), build.site(), List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals("VirtualLocation", online.get("location").get("@type").asText());
        JsonNode hybrid = m.readTree(JsonLd.forItem(build.site().get("event", "supported-internship-open-morning").orElseThrow(), build.site(), List.of(), TestSites.TODAY)).get("@graph").get(0);
        assertEquals(2, hybrid.get("location").size());
    }
}
