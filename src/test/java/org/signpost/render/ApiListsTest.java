package org.signpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.build.Build;
import org.signpost.content.Item;

/** The /api/v1 lists of the demo site: valid against their schemas, and only what is still open. */
class ApiListsTest {
    static Map<String, byte[]> files;
    static Build build;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void buildDemo() throws Exception {
        build = new Build(TestSites.fylde(), TestSites.TODAY);
        files = build.renderAll();
        assertNotNull(files);
    }

    static JsonNode read(String file) throws Exception {
        byte[] b = files.get(file);
        assertNotNull(b, file);
        return JSON.readTree(b);
    }

    @Test
    void everyListValidatesAgainstItsSchema() throws Exception {
        for (String type : List.of("careers", "pathways", "apprenticeships", "employers", "videos", "events")) {
            JsonNode list = read("api/v1/" + type + ".json");
            JsonNode schema = read("api/v1/" + type + ".schema.json");
            assertEquals(List.of(), Schemas.errors(schema, list, "$"), type);
            assertTrue(list.path("items").size() > 0, type);
        }
    }

    @Test
    void theCheckerFindsAnInvalidList() throws Exception {
        ObjectNode list = (ObjectNode) read("api/v1/careers.json");
        ((ObjectNode) list.path("items").get(0)).remove("title");
        ((ObjectNode) list.path("items").get(1)).put("url", "//evil.example/");
        list.put("version", 2);
        assertEquals(3, Schemas.errors(read("api/v1/careers.schema.json"), list, "$").size());
    }

    @Test
    void closedVacanciesAndFinishedEventsDropOut() throws Exception {
        for (String type : List.of("apprenticeship", "event")) {
            List<Item> all = build.site().ofType(type);
            Set<String> listed = StreamSupport.stream(read("api/v1/" + all.get(0).type().folder() + ".json").path("items").spliterator(), false)
                    .map(i -> i.path("url").asText()).collect(Collectors.toSet());
            for (Item i : all) assertEquals(!i.closedOn(TestSites.TODAY), listed.contains(i.url()), i.url());
        }
        assertTrue(build.site().ofType("apprenticeship").stream().anyMatch(i -> i.closedOn(TestSites.TODAY)), "the demo has closed vacancies to drop");
    }

    /** The parts of JSON Schema the lists' schemas use: type, const, required, properties, additionalProperties, items, pattern, format date. */
    static final class Schemas {
        static List<String> errors(JsonNode schema, JsonNode value, String at) {
            List<String> out = new ArrayList<>();
            if (schema.has("const") && !schema.get("const").equals(value)) out.add(at + ": must be " + schema.get("const"));
            String type = schema.path("type").asText("");
            boolean typeOk = switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "boolean" -> value.isBoolean();
                case "integer" -> value.isIntegralNumber();
                default -> true;
            };
            if (!typeOk) {
                out.add(at + ": must be " + type);
                return out;
            }
            if (value.isTextual() && schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                out.add(at + ": does not match " + schema.get("pattern"));
            }
            if (value.isTextual() && "date".equals(schema.path("format").asText()) && !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) out.add(at + ": not a date");
            if (value.isObject()) {
                for (JsonNode r : schema.path("required")) if (!value.has(r.asText())) out.add(at + ": missing " + r.asText());
                for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                    String n = names.next();
                    JsonNode p = schema.path("properties").get(n);
                    if (p != null) out.addAll(errors(p, value.get(n), at + "." + n));
                    else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) out.add(at + ": unexpected " + n);
                }
            }
            if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) out.addAll(errors(schema.get("items"), value.get(i), at + "[" + i + "]"));
            }
            return out;
        }
    }
}
