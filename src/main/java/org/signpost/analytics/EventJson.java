package org.signpost.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A stored event as one line of NDJSON: the wire fields plus {@code day}. It is the collector's
 * export format and one of the report's inputs, so a school or hub can keep and move its data.
 */
public final class EventJson {

    private static final ObjectMapper JSON = EventReader.JSON;

    private EventJson() {}

    /** One line, fields in a fixed order and nulls left out, so equal events give equal bytes. */
    public static String write(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("day", e.day().toString());
        o.put("type", e.type());
        o.put("path", e.path());
        put(o, "school", e.school());
        put(o, "campaign", e.campaign());
        if (e.embed()) o.put("embed", true);
        put(o, "content_type", e.contentType());
        put(o, "route", e.route());
        put(o, "level", e.level());
        put(o, "locality", e.locality());
        if (e.sample() != null) o.put("sample", e.sample());
        if (e.entry() != null) o.put("entry", e.entry());
        put(o, "query", e.query());
        if (e.results() != null) o.put("results", e.results());
        put(o, "filters", e.filters());
        if (e.rank() != null) o.put("rank", e.rank());
        put(o, "target", e.target());
        put(o, "video", e.video());
        put(o, "milestone", e.milestone());
        put(o, "player", e.player());
        put(o, "kind", e.kind());
        put(o, "step", e.step());
        return o.toString();
    }

    /** Reads one exported line, checked exactly as the collector checks an event. */
    public static Event read(String line) throws EventReader.Invalid {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new EventReader.Invalid("the line is not valid JSON");
        }
        if (!(node instanceof ObjectNode o)) throw new EventReader.Invalid("the line must be a JSON object");
        JsonNode day = o.remove("day");
        if (day == null || !day.isTextual()) throw new EventReader.Invalid("'day' is missing");
        try {
            return EventReader.read(o, LocalDate.parse(day.textValue()));
        } catch (DateTimeParseException e) {
            throw new EventReader.Invalid("'day' must be a date like 2026-12-02");
        }
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) o.put(name, value);
    }
}
