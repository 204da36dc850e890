package org.signpost.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.ContentType;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.content.Taxonomy;

/**
 * Version 1 of the lists a school's page reads through embed.js (data-signpost-list): one static
 * JSON file per listed type at /api/v1/FOLDER.json, holding its open items in listing order, and
 * a JSON Schema beside it. Closed vacancies and finished events are left out, so they drop out
 * at the next build. Fields are only ever added within a version; a change that breaks readers
 * gets /api/v2/.
 */
public final class ApiLists {
    public static final String DIR = "/api/v1/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Site site;
    private final LocalDate today;

    public ApiLists(Site site, LocalDate today) {
        this.site = site;
        this.today = today;
    }

    public static String listUrl(ContentType type) {
        return DIR + type.folder() + ".json";
    }

    /** The list's JSON: what it is, the day it was built for, and its open items. */
    String list(ContentType type, Deps deps) {
        deps.type(type.name()); // any field of one of its items changing touches its type: other types' lists stay as they are
        List<Map<String, Object>> items = new ArrayList<>();
        for (Item i : new Listing(type, today).order(site.ofType(type.name()))) {
            if (i.closedOn(today)) continue;
            deps.item(i.url());
            items.add(entry(i));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", 1);
        out.put("type", type.name());
        out.put("label", type.plural());
        out.put("as_of", today.toString());
        out.put("items", items);
        return write(out);
    }

    private Map<String, Object> entry(Item i) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("url", i.url());
        e.put("title", i.title());
        e.put("summary", i.summary());
        for (Taxonomy t : site.schema().taxonomies()) {
            List<String> values = values(i.fields().get(t.field()));
            if (!values.isEmpty()) e.put(t.name(), values);
        }
        if (i.closes() != null) e.put("closes", i.closes().toString());
        e.put("sample", i.sample());
        return e;
    }

    private static List<String> values(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(v));
    }

    /** The JSON Schema (draft 2020-12) every list of this version follows. */
    String schema(ContentType type) {
        Map<String, Object> strings = obj("type", "array", "items", obj("type", "string"));
        Map<String, Object> itemProps = new LinkedHashMap<>();
        itemProps.put("url", obj("type", "string", "pattern", "^/([a-z0-9-]+/)*$"));
        itemProps.put("title", obj("type", "string"));
        itemProps.put("summary", obj("type", "string"));
        for (Taxonomy t : site.schema().taxonomies()) itemProps.put(t.name(), strings);
        itemProps.put("closes", obj("type", "string", "format", "date"));
        itemProps.put("sample", obj("type", "boolean"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "object");
        item.put("required", List.of("url", "title", "summary", "sample"));
        item.put("properties", itemProps);
        item.put("additionalProperties", false);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("version", obj("const", 1));
        props.put("type", obj("const", type.name()));
        props.put("label", obj("type", "string"));
        props.put("as_of", obj("type", "string", "format", "date"));
        props.put("items", obj("type", "array", "items", item));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", site.config().absolute(DIR + type.folder() + ".schema.json"));
        s.put("title", site.config().name() + ": " + type.plural() + ", version 1");
        s.put("type", "object");
        s.put("required", List.of("version", "type", "label", "as_of", "items"));
        s.put("properties", props);
        s.put("additionalProperties", false);
        return write(s);
    }

    /** A JSON object whose keys keep their order (Map.of's order changes between runs, and the output must not). */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
